using System.Text;
using BenchmarkDotNet.Attributes;
using ClaimBot.Benchmarks.Corpus;
using ClaimBot.Benchmarks.Engine;
using ClaimBot.Core.Documents;
using ClaimBot.Core.Extraction;

namespace ClaimBot.Benchmarks.InProcess;

/// <summary>Reading and claim extraction of one document (what ingest does per changed file, before the store write).</summary>
public class ExtractionBenchmarks
{
    private EngineHost? _host;
    private SourceReader? _reader;
    private ClaimExtractor? _extractor;
    private byte[] _bytes = [];

    /// <summary>seed-da / seed-en: the two real seed articles; syn-en / syn-da: a synthetic document of the scale corpus.</summary>
    [Params("seed-da", "seed-en", "syn-en", "syn-da")]
    public string Document { get; set; } = "seed-da";

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(BenchPaths.Scratch, "extraction");
        _host = EngineHost.StartAsync(folder, Path.Combine(folder, "unused.db"), CancellationToken.None).GetAwaiter().GetResult();
        _reader = _host.Get<SourceReader>();
        _extractor = _host.Get<ClaimExtractor>();
        _bytes = Document switch
        {
            "seed-da" => File.ReadAllBytes(Directory.GetFiles(BenchPaths.Seeds, "000_*")[0]),
            "seed-en" => File.ReadAllBytes(Directory.GetFiles(BenchPaths.Seeds, "002_*")[0]),
            _ => Encoding.UTF8.GetBytes(Synthetic(Document[4..])),
        };
    }

    [GlobalCleanup]
    public void Cleanup() => _host?.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public int ReadAndExtract()
    {
        var read = _reader!.Read("bench.txt", _bytes, 10 * 1024 * 1024);
        return _extractor!.Extract(read.Document!, read.Blocks).Count;
    }

    private static string Synthetic(string language)
    {
        var generator = new CorpusGenerator(new CorpusVocabulary(42, BenchPaths.LexiconsPath), 42);
        for (var i = 0; ; i++)
        {
            if (generator.CastFor(i, 0).Language.Code == language)
            {
                return generator.Render(i, 0);
            }
        }
    }
}
