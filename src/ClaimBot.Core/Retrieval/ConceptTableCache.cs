using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace ClaimBot.Core.Retrieval;

/// <summary>
/// A language's concept table (and the concept links) in compiled form: the stems as the Snowball stemmer cuts the lemmas, each with its
/// weighted concepts (concept names in the order the table first used them, so loading them interns them in the same
/// order as reading the text table would). Reading the text table stems some 150,000 lemmas and weighs every pivot's
/// English senses, over a second per large language at every start of a CLI run; the compiled form is read in a small
/// fraction of that. No library offers a compiled store for these tables, hence this small format of our own.
/// <para>
/// Files are keyed by a hash of everything the compiled content follows from: the format, the stemmer's assembly, the
/// language's text table and the English one its pivots lead to. A changed input is a new key (the old file is
/// removed); a file that cannot be read whole and valid is ignored and rewritten; a folder that cannot be written only
/// means the text tables are read each time.
/// </para>
/// </summary>
public sealed class ConceptTableCache(string folder)
{
    // Bump when ConceptLexicon's reading of the text tables (weights, spellings added) or this layout changes.
    private const int FormatVersion = 1;
    private const uint Magic = 0x54434243; // "CBCT"

    /// <summary>The folder the compiled tables are written to.</summary>
    public string Folder { get; } = folder;

    // Each source file's digest, read once per instance (a lexicon loads each table once, so a file changed later is a
    // new key at the next start): English's is part of every other language's key.
    private readonly ConcurrentDictionary<string, byte[]> _digests = new(StringComparer.Ordinal);

    /// <summary>The cache key of a table: a hash of the format, the stemmer and the source files.</summary>
    public string KeyOf(string name, IEnumerable<string> sourceFiles)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{FormatVersion}|{name}|{typeof(Lucene.Net.Tartarus.Snowball.SnowballProgram).Assembly.FullName}"));
        foreach (var file in sourceFiles)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file)));
            hash.AppendData(_digests.GetOrAdd(Path.GetFullPath(file), f => SHA256.HashData(File.ReadAllBytes(f))));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    /// <summary>Reads the compiled table <paramref name="name"/> (a language, or a link file) under <paramref name="key"/>, or null when there is none that is valid.</summary>
    public CompiledConceptTable? TryRead(string name, string key) => Read(name, key, reader =>
    {
        var names = ReadNames(reader);
        var stems = new (string Stem, (int Name, double Weight)[] Links)[Count(reader)];
        for (var i = 0; i < stems.Length; i++)
        {
            var stem = reader.ReadString();
            var links = new (int Name, double Weight)[Count(reader)];
            for (var k = 0; k < links.Length; k++)
            {
                links[k] = (Index(reader.ReadInt32(), names.Length), reader.ReadDouble());
            }

            stems[i] = (stem, links);
        }

        var byConcept = new (int Name, int[] Stems)[Count(reader)];
        for (var i = 0; i < byConcept.Length; i++)
        {
            byConcept[i] = (Index(reader.ReadInt32(), names.Length), ReadIndices(reader, stems.Length));
        }

        return new CompiledConceptTable(names, stems, byConcept);
    });

    /// <summary>Reads compiled concept links (<paramref name="name"/>: "related", "antonyms") under <paramref name="key"/>, or null.</summary>
    public CompiledConceptLinks? TryReadLinks(string name, string key) => Read(name, key, reader =>
    {
        var names = ReadNames(reader);
        var entries = new (int Name, int[] Targets)[Count(reader)];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = (Index(reader.ReadInt32(), names.Length), ReadIndices(reader, names.Length));
        }

        return new CompiledConceptLinks(names, entries);
    });

    /// <summary>Writes a compiled table (to a temporary file moved into place); false when the folder cannot be written.</summary>
    public bool TryWrite(string name, string key, CompiledConceptTable table) => Write(name, key, writer =>
    {
        WriteNames(writer, table.Names);
        writer.Write(table.Stems.Count);
        foreach (var (stem, links) in table.Stems)
        {
            writer.Write(stem);
            writer.Write(links.Length);
            foreach (var (concept, weight) in links)
            {
                writer.Write(concept);
                writer.Write(weight);
            }
        }

        writer.Write(table.ByConcept.Count);
        foreach (var (concept, stems) in table.ByConcept)
        {
            writer.Write(concept);
            WriteIndices(writer, stems);
        }
    });

    /// <summary>Writes compiled concept links; false when the folder cannot be written.</summary>
    public bool TryWriteLinks(string name, string key, CompiledConceptLinks links) => Write(name, key, writer =>
    {
        WriteNames(writer, links.Names);
        writer.Write(links.Entries.Count);
        foreach (var (concept, targets) in links.Entries)
        {
            writer.Write(concept);
            WriteIndices(writer, targets);
        }
    });

    private T? Read<T>(string name, string key, Func<BinaryReader, T> body)
        where T : class
    {
        var path = PathOf(name, key);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var reader = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 16), Encoding.UTF8);
            if (reader.ReadUInt32() != Magic || reader.ReadInt32() != FormatVersion || reader.ReadString() != key)
            {
                return null;
            }

            var result = body(reader);
            return reader.BaseStream.Position == reader.BaseStream.Length ? result : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentException or InvalidDataException)
        {
            return null;
        }
    }

    private bool Write(string name, string key, Action<BinaryWriter> body)
    {
        var path = PathOf(name, key);
        var temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Folder);
            using (var writer = new BinaryWriter(new BufferedStream(File.Create(temp), 1 << 16), Encoding.UTF8))
            {
                writer.Write(Magic);
                writer.Write(FormatVersion);
                writer.Write(key);
                body(writer);
            }

            File.Move(temp, path, overwrite: true);
            foreach (var stale in Directory.EnumerateFiles(Folder, $"{name}.*.bin").Where(f => f != path))
            {
                File.Delete(stale);
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temp);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Nothing was moved into place; a leftover temporary file is never read.
            }

            return false;
        }
    }

    private static string[] ReadNames(BinaryReader reader)
    {
        var names = new string[Count(reader)];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = reader.ReadString();
        }

        return names;
    }

    private static void WriteNames(BinaryWriter writer, IReadOnlyList<string> names)
    {
        writer.Write(names.Count);
        foreach (var name in names)
        {
            writer.Write(name);
        }
    }

    private static int[] ReadIndices(BinaryReader reader, int bound)
    {
        var indices = new int[Count(reader)];
        for (var i = 0; i < indices.Length; i++)
        {
            indices[i] = Index(reader.ReadInt32(), bound);
        }

        return indices;
    }

    private static void WriteIndices(BinaryWriter writer, IReadOnlyCollection<int> indices)
    {
        writer.Write(indices.Count);
        foreach (var index in indices)
        {
            writer.Write(index);
        }
    }

    // A count read from the file: every counted item takes at least one byte, so a count beyond the bytes left is a
    // damaged file (and is not allocated).
    private static int Count(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        return count >= 0 && count <= reader.BaseStream.Length - reader.BaseStream.Position
            ? count
            : throw new InvalidDataException($"count {count} beyond the file's remaining bytes");
    }

    private static int Index(int value, int bound) =>
        (uint)value < (uint)bound ? value : throw new InvalidDataException($"index {value} out of range 0..{bound}");

    /// <summary>The default folder: the user's cache folder (<c>$XDG_CACHE_HOME</c> or <c>~/.cache</c>; local application data on Windows).</summary>
    public static string DefaultFolder()
    {
        var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : OperatingSystem.IsWindows()
                ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "claimbot", "concepts");
    }

    private string PathOf(string language, string key) => Path.Combine(Folder, $"{language}.{key}.bin");
}

/// <summary>
/// A compiled concept table: concept names in first-use order, each stem's links as (name index, weight), and each
/// concept's stems (indices into the stems) for expansion into the table's language.
/// </summary>
public sealed record CompiledConceptTable(
    IReadOnlyList<string> Names,
    IReadOnlyList<(string Stem, (int Name, double Weight)[] Links)> Stems,
    IReadOnlyList<(int Name, int[] Stems)> ByConcept);

/// <summary>Compiled concept links (derivation or antonymy): names in first-use order, each concept's linked concepts.</summary>
public sealed record CompiledConceptLinks(IReadOnlyList<string> Names, IReadOnlyList<(int Name, int[] Targets)> Entries);
