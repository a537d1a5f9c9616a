using Microsoft.Win32.SafeHandles;
using Mono.Unix.Native;

namespace ClaimBot.Core.Documents;

/// <summary>
/// Reads a source file's bytes defensively: only a regular file is read (never a FIFO, device or socket, which could
/// block or never end), the size limit is enforced while reading rather than trusted from the length, and the read
/// honours cancellation. On Unix the file is opened with O_NONBLOCK | O_NOFOLLOW and checked with fstat on the open
/// handle, so a file swapped for a FIFO or a link after the scan cannot slip through (.NET's FileStream would block in
/// open(2) on a FIFO and cannot report the file type; Mono.Unix supplies the POSIX calls).
/// </summary>
public static class SourceFileBytes
{
    private const int ChunkBytes = 64 * 1024;

    /// <summary>The file's bytes, or a one-line reason it was not read.</summary>
    public static async Task<(byte[]? Bytes, string? Error)> ReadAsync(string path, long maxBytes, CancellationToken cancellationToken)
    {
        var (handle, error) = OpenRegularFile(path);
        if (handle is null)
        {
            return (null, error);
        }

        using (handle)
        {
            var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
            await using (stream)
            {
                return await ReadBoundedAsync(stream, maxBytes, cancellationToken);
            }
        }
    }

    /// <summary>Reads at most <paramref name="maxBytes"/> from <paramref name="stream"/>; one byte more means "too large", whatever its length claimed.</summary>
    public static async Task<(byte[]? Bytes, string? Error)> ReadBoundedAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var limit = Math.Min(maxBytes, Array.MaxLength - 1L);
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        while (true)
        {
            var room = (int)Math.Min(chunk.Length, limit + 1 - buffer.Length);
            var read = await stream.ReadAsync(chunk.AsMemory(0, room), cancellationToken);
            if (read == 0)
            {
                return (buffer.ToArray(), null);
            }

            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                return (null, $"too large: more than {maxBytes} bytes, the limit (Sources:MaxFileBytes)");
            }
        }
    }

    private static (SafeFileHandle? Handle, string? Error) OpenRegularFile(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            // No FIFOs or device nodes in a Windows folder; the BCL open is safe there.
            return (File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read), null);
        }

        var fd = Syscall.open(path, OpenFlags.O_RDONLY | OpenFlags.O_NONBLOCK | OpenFlags.O_NOFOLLOW | OpenFlags.O_CLOEXEC);
        if (fd < 0)
        {
            var errno = Stdlib.GetLastError();
            return (null, errno == Errno.ELOOP ? "changed into a symbolic link while reading" : "unreadable: " + Describe(errno));
        }

        var handle = new SafeFileHandle(fd, ownsHandle: true);
        if (Syscall.fstat(fd, out var status) != 0)
        {
            var errno = Stdlib.GetLastError();
            handle.Dispose();
            return (null, "unreadable: " + Describe(errno));
        }

        var type = status.st_mode & FilePermissions.S_IFMT;
        if (type != FilePermissions.S_IFREG)
        {
            handle.Dispose();
            return (null, "not a regular file (" + TypeName(type) + "); only regular files are read");
        }

        return (handle, null);
    }

    private static string Describe(Errno errno) => errno switch
    {
        Errno.EACCES or Errno.EPERM => "permission denied",
        Errno.ENOENT => "the file disappeared",
        _ => errno.ToString(),
    };

    private static string TypeName(FilePermissions type) => type switch
    {
        FilePermissions.S_IFIFO => "a FIFO",
        FilePermissions.S_IFCHR => "a character device",
        FilePermissions.S_IFBLK => "a block device",
        FilePermissions.S_IFSOCK => "a socket",
        FilePermissions.S_IFDIR => "a folder",
        _ => "special file",
    };
}
