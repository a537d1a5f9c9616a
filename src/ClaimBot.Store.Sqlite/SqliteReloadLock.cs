using Microsoft.Extensions.Logging;

namespace ClaimBot.Store.Sqlite;

/// <summary>
/// The cross-process reload lock: a lock file next to the database held open with <see cref="FileShare.None"/>
/// (an exclusive flock on Unix, a sharing lock on Windows). The file is never deleted: deleting it would let a
/// waiter lock a fresh file while another process still holds the old one.
/// </summary>
internal sealed class SqliteReloadLock : IAsyncDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private readonly FileStream _stream;
    private readonly string _path;
    private readonly ILogger _logger;
    private int _disposed;

    private SqliteReloadLock(FileStream stream, string path, ILogger logger)
    {
        _stream = stream;
        _path = path;
        _logger = logger;
    }

    public static async Task<SqliteReloadLock> AcquireAsync(string path, ILogger logger, CancellationToken cancellationToken)
    {
        var waitingLogged = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
                SqliteStoreLog.ReloadLockAcquired(logger, path);
                return new SqliteReloadLock(stream, path, logger);
            }
            catch (IOException) when (File.Exists(path))
            {
                if (!waitingLogged)
                {
                    SqliteStoreLog.ReloadLockWaiting(logger, path);
                    waitingLogged = true;
                }
            }

            // Polled, not awaited on a handle: the holder may be another process. Real time on purpose, so a
            // fake clock in tests cannot stall a waiter.
            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await _stream.DisposeAsync();
            SqliteStoreLog.ReloadLockReleased(_logger, _path);
        }
    }
}
