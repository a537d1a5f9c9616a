using BenchmarkDotNet.Attributes;
using ClaimBot.Benchmarks.Engine;
using ClaimBot.Core.Answering;
using ClaimBot.Core.Claims;
using ClaimBot.Core.Judging;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Benchmarks.InProcess;

/// <summary>
/// Offline ask / check / compare on the seeds inside a running process (SQLite store on disk, engine warm), next to
/// the raw full-text query the retriever issues for the same text (same terms, same candidate limit).
/// </summary>
public class SeedAnswerBenchmarks
{
    private const int CandidateLimit = 300;
    private EngineHost? _host;
    private AskUseCase? _ask;
    private CheckUseCase? _check;
    private CompareUseCase? _compare;
    private IClaimStore? _store;
    private List<string> _askTerms = [];
    private List<string> _checkTerms = [];

    [GlobalSetup]
    public void Setup()
    {
        var sources = BenchPaths.CopySeeds("seed-answers");
        var store = Path.Combine(BenchPaths.Scratch, "seed-answers", "claims.db");
        BenchPaths.DeleteStore(store);
        _host = EngineHost.StartAsync(sources, store, CancellationToken.None).GetAwaiter().GetResult();
        var result = _host.ReloadAsync(CancellationToken.None).GetAwaiter().GetResult();
        if (!result.Succeeded || result.ClaimsAfter == 0)
        {
            throw new InvalidOperationException("Seed ingest failed: " + result.Error);
        }

        _ask = _host.Get<AskUseCase>();
        _check = _host.Get<CheckUseCase>();
        _compare = _host.Get<CompareUseCase>();
        _store = _host.Get<IClaimStore>();
        var analyzer = _host.Get<QueryAnalyzer>();
        var index = _host.Get<ClaimIndexCache>().GetAsync(CancellationToken.None).GetAwaiter().GetResult();
        var weights = _host.Get<EngineModel>().Retrieval.Expansion;
        _askTerms = SearchTermsOf(analyzer.Analyze("Who is Sergey Lavrov?", QueryKind.Question, index, weights));
        _checkTerms = SearchTermsOf(analyzer.Analyze("Iran supports a US presence at the talks.", QueryKind.Statement, index, weights));
    }

    // The store's own full-text search over the terms the engine's structured query uses: the baseline answers are compared with.
    internal static List<string> SearchTermsOf(AnalyzedQuery query) => query.Concepts.SelectMany(c => c.Terms.Select(t => t.Term)).Distinct(StringComparer.Ordinal).ToList();

    [GlobalCleanup]
    public void Cleanup() => _host?.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public Task<Answer> AskWho() => _ask!.AskAsync("Who is Sergey Lavrov?", CancellationToken.None);

    [Benchmark]
    public Task<Answer> AskDanish() => _ask!.AskAsync("Hvem er Syriens ambassadør i Rusland?", CancellationToken.None);

    [Benchmark]
    public Task<Answer> AskOutOfScope() => _ask!.AskAsync("Who won the 2018 World Cup?", CancellationToken.None);

    [Benchmark]
    public Task<FactCheck> CheckSupported() => _check!.CheckAsync("Lavrov said Russia had already invited the US.", CancellationToken.None);

    [Benchmark]
    public Task<FactCheck> CheckRefuted() => _check!.CheckAsync("Iran supports a US presence at the talks.", CancellationToken.None);

    [Benchmark]
    public Task<Comparison> CompareRussia() => _compare!.CompareAsync("Russia", CancellationToken.None);

    [Benchmark]
    public Task<IReadOnlyList<SearchHit>> RawSearchAskTerms() => _store!.SearchAsync(_askTerms, CandidateLimit, CancellationToken.None);

    [Benchmark]
    public Task<IReadOnlyList<SearchHit>> RawSearchCheckTerms() => _store!.SearchAsync(_checkTerms, CandidateLimit, CancellationToken.None);
}
