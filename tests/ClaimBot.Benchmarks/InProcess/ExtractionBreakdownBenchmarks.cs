using System.Text;
using BenchmarkDotNet.Attributes;
using ClaimBot.Benchmarks.Corpus;
using ClaimBot.Benchmarks.Engine;
using ClaimBot.Core.Claims;
using ClaimBot.Core.Documents;
using ClaimBot.Core.Extraction;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Benchmarks.InProcess;

/// <summary>
/// Where extraction's time goes on one synthetic English document: reading (decode, blocks, language, metadata), the
/// search-term building of all its claims (stemming, lexicon expansion), and date finding, against the whole extraction.
/// </summary>
public class ExtractionBreakdownBenchmarks
{
    private EngineHost? _host;
    private SourceReader? _reader;
    private ClaimExtractor? _extractor;
    private SearchTerms? _terms;
    private DateNormalizer? _dates;
    private byte[] _bytes = [];
    private IReadOnlyList<Claim> _claims = [];

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(BenchPaths.Scratch, "extraction");
        _host = EngineHost.StartAsync(folder, Path.Combine(folder, "unused.db"), CancellationToken.None).GetAwaiter().GetResult();
        _reader = _host.Get<SourceReader>();
        _extractor = _host.Get<ClaimExtractor>();
        _terms = _host.Get<SearchTerms>();
        _dates = _host.Get<DateNormalizer>();
        var generator = new CorpusGenerator(new CorpusVocabulary(42, BenchPaths.LexiconsPath), 42);
        var index = Enumerable.Range(0, 100).First(i => generator.CastFor(i, 0).Language.Code == "en");
        _bytes = Encoding.UTF8.GetBytes(generator.Render(index, 0));
        _claims = ExtractClaims();
    }

    [GlobalCleanup]
    public void Cleanup() => _host?.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true)]
    public int Extract() => ExtractClaims().Count;

    [Benchmark]
    public int Read() => _reader!.Read("bench.txt", _bytes, 10 * 1024 * 1024).Blocks.Count;

    [Benchmark]
    public int TermsOfAllClaims()
    {
        var length = 0;
        foreach (var claim in _claims)
        {
            length += _terms!.For(claim.Text, claim.Language, claim.Speaker, claim.Entities, claim.Dates, claim.Numbers).Length;
        }

        return length;
    }

    [Benchmark]
    public int DatesOfAllClaims() => _claims.Sum(c => _dates!.Find(c.Text, c.Language, null).Count);

    private IReadOnlyList<Claim> ExtractClaims()
    {
        var read = _reader!.Read("bench.txt", _bytes, 10 * 1024 * 1024);
        return _extractor!.Extract(read.Document!, read.Blocks);
    }
}
