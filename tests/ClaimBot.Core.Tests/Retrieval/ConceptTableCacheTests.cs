using ClaimBot.Core.Retrieval;
using Microsoft.Extensions.Options;

namespace ClaimBot.Core.Tests.Retrieval;

public sealed class ConceptTableCacheTests : IDisposable
{
    private static readonly (string Word, string Language)[] Words =
        [("aftale", "da"), ("våbenhvile", "da"), ("invite", "en"), ("ceasefire", "en"), ("increase", "en"), ("avtale", "nb"), ("forhandling", "da")];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "claimbot-concept-cache-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void CompiledTables_WrittenThenRead_GiveTheSameConceptsWeightsAndStemsAsTheTextTables()
    {
        var text = Lexicon(cache: "");
        var writing = Lexicon(_folder);
        var expected = Snapshot(text);

        Assert.Equal(expected, Snapshot(writing));
        var files = Directory.GetFiles(_folder, "*.bin").Select(Path.GetFileName).ToList();
        Assert.Contains(files, f => f!.StartsWith("en.", StringComparison.Ordinal));
        Assert.Contains(files, f => f!.StartsWith("da.", StringComparison.Ordinal));
        Assert.Contains(files, f => f!.StartsWith("related.", StringComparison.Ordinal));
        var written = Directory.GetFiles(_folder, "*.bin").ToDictionary(f => f, File.GetLastWriteTimeUtc);

        var reading = Lexicon(_folder);

        Assert.Equal(expected, Snapshot(reading));
        Assert.All(written, w => Assert.Equal(w.Value, File.GetLastWriteTimeUtc(w.Key)));
    }

    [Fact]
    public void CompiledTable_Truncated_IsIgnoredAndRewritten()
    {
        var expected = Snapshot(Lexicon(_folder));
        var danish = Directory.GetFiles(_folder, "da.*.bin").Single();
        var length = new FileInfo(danish).Length;
        using (var file = File.OpenWrite(danish))
        {
            file.SetLength(length / 2);
        }

        var reread = Lexicon(_folder);

        Assert.Equal(expected, Snapshot(reread));
        Assert.Equal(length, new FileInfo(danish).Length);
    }

    [Fact]
    public void CompiledTable_OfOtherSourceBytes_IsNotRead()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "sources")).FullName;
        var table = Path.Combine(folder, "xx.tsv.gz");
        File.WriteAllBytes(table, [1, 2, 3]);
        var cache = new ConceptTableCache(Path.Combine(_folder, "compiled"));
        var before = cache.KeyOf("xx", [table]);
        Assert.True(cache.TryWrite("xx", before, new CompiledConceptTable(["02084071-n"], [("hund", [(0, 1.0)])], [(0, [0])])));

        // The next start (a cache reads each source file's bytes once) after the source changed.
        File.WriteAllBytes(table, [1, 2, 4]);
        var nextStart = new ConceptTableCache(Path.Combine(_folder, "compiled"));
        var after = nextStart.KeyOf("xx", [table]);

        Assert.NotEqual(before, after);
        Assert.Null(nextStart.TryRead("xx", after));
        var read = nextStart.TryRead("xx", before);
        Assert.NotNull(read);
        Assert.Equal(["02084071-n"], read.Names);
        Assert.Equal("hund", read.Stems.Single().Stem);
    }

    [Fact]
    public void CompiledTable_WithACountBeyondTheFile_IsNotRead()
    {
        var cache = new ConceptTableCache(_folder);
        Assert.True(cache.TryWrite("xx", "k1", new CompiledConceptTable(["02084071-n"], [("hund", [(0, 1.0)])], [(0, [0])])));
        var file = Directory.GetFiles(_folder, "xx.*.bin").Single();
        var bytes = File.ReadAllBytes(file);
        // The names' count follows the magic, the version and the key ("k1", one length byte): make it 2^30.
        BitConverter.GetBytes(1 << 30).CopyTo(bytes, 4 + 4 + 3);
        File.WriteAllBytes(file, bytes);

        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Null(cache.TryRead("xx", "k1"));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 64 << 20, "A damaged count must not be allocated.");
    }

    [Fact]
    public void CompiledTables_FolderNotWritable_StillLoadFromText()
    {
        File.WriteAllText(_folder, "a file where the folder should be");

        var lexicon = Lexicon(_folder);

        Assert.Equal(Snapshot(Lexicon(cache: "")), Snapshot(lexicon));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
        else if (File.Exists(_folder))
        {
            File.Delete(_folder);
        }
    }

    private static ConceptLexicon Lexicon(string cache)
    {
        var shipped = EngineParts.Get<IOptions<LexiconOptions>>().Value;
        return new ConceptLexicon(EngineParts.Get<TextAnalyzer>(), Options.Create(new LexiconOptions { Path = shipped.Path, CachePath = cache }));
    }

    // Every looked-up word's concepts (by data name) and weights, each concept's stems in English and Danish, and its
    // derivation and antonym links.
    private static List<string> Snapshot(ConceptLexicon lexicon)
    {
        var lines = new List<string>();
        foreach (var (word, language) in Words)
        {
            var links = lexicon.ConceptsOf(EngineParts.Stem(word, language), language);
            Assert.NotEmpty(links);
            foreach (var link in links)
            {
                lines.Add($"{word}/{language} {lexicon.Describe(link.Concept)} {link.Weight:R} en:{string.Join(',', lexicon.StemsOf(link.Concept, "en"))} da:{string.Join(',', lexicon.StemsOf(link.Concept, "da"))}"
                    + $" related:{string.Join(',', lexicon.Related(link.Concept).Select(lexicon.Describe))} opposite:{string.Join(',', lexicon.Opposites(link.Concept).Select(lexicon.Describe))}");
            }
        }

        return lines;
    }
}
