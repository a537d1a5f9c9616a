using System.Diagnostics;
using System.Text.Json;
using ClaimBot.Benchmarks.Corpus;
using ClaimBot.Benchmarks.Engine;
using ClaimBot.Benchmarks.Http;
using ClaimBot.Core.Answering;
using ClaimBot.Core.Claims;
using ClaimBot.Core.Judging;
using ClaimBot.Benchmarks.InProcess;
using ClaimBot.Core.Retrieval;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimBot.Benchmarks.SystemRun;

/// <summary>
/// <c>probe --sources DIR --store FILE --probe-docs N</c>: one fresh serving process over an existing store, as
/// <c>claimbot serve</c> would be: start-up to first answer, in-process ask/check/compare latency next to the raw
/// full-text query, a breakdown of ask, peak RSS, then the HTTP load. Prints one JSON document on stdout.
/// </summary>
internal static class ServingProbe
{
    private const int CandidateLimit = 300;
    private const int Rounds = 2;

    public static async Task<int> RunAsync(SystemArguments arguments)
    {
        var processStart = Process.GetCurrentProcess().StartTime.ToUniversalTime();
        var clock = Stopwatch.StartNew();
        var web = BenchWebApp.Build(arguments.Sources!, arguments.Store!);
        await web.App.StartAsync();
        var services = web.App.Services;
        await services.GetRequiredService<IClaimStore>().InitializeAsync(CancellationToken.None);
        var ask = services.GetRequiredService<AskUseCase>();
        await ask.AskAsync(BenchQueries.Seeds.Ask[0], CancellationToken.None);
        var startMs = clock.Elapsed.TotalMilliseconds;
        var sinceProcessStart = (DateTime.UtcNow - processStart).TotalMilliseconds;

        var generator = new CorpusGenerator(new CorpusVocabulary(arguments.Seed, BenchPaths.LexiconsPath), arguments.Seed);
        var queries = BenchQueries.Synthetic(generator, Math.Max(1, arguments.ProbeDocs), arguments.Queries);
        var check = services.GetRequiredService<CheckUseCase>();
        var compare = services.GetRequiredService<CompareUseCase>();
        var analyzer = services.GetRequiredService<QueryAnalyzer>();
        var retriever = services.GetRequiredService<ClaimRetriever>();
        var store = services.GetRequiredService<IClaimStore>();
        Log("probe: warm-up");
        foreach (var q in queries.Ask.Take(10))
        {
            await ask.AskAsync(q, CancellationToken.None);
            await check.CheckAsync(q, CancellationToken.None);
            await compare.CompareAsync(q, CancellationToken.None);
        }

        var answered = 0;
        Log($"probe: {queries.Ask.Count} ask, {queries.Check.Count} check, {queries.Compare.Count} compare x {Rounds}");
        var askStats = await LatencyStats.MeasureAsync(Repeat(queries.Ask), async q => answered += (await ask.AskAsync(q, CancellationToken.None)).Answered ? 1 : 0);
        var checkStats = await LatencyStats.MeasureAsync(Repeat(queries.Check), q => check.CheckAsync(q, CancellationToken.None));
        var compareStats = await LatencyStats.MeasureAsync(Repeat(queries.Compare), q => compare.CompareAsync(q, CancellationToken.None));

        var index = await services.GetRequiredService<ClaimIndexCache>().GetAsync(CancellationToken.None);
        var weights = services.GetRequiredService<EngineModel>().Retrieval;
        var askTerms = queries.Ask.Select(q => SeedAnswerBenchmarks.SearchTermsOf(analyzer.Analyze(q, QueryKind.Question, index, weights.Expansion))).ToList();
        var checkTerms = queries.Check.Select(q => SeedAnswerBenchmarks.SearchTermsOf(analyzer.Analyze(q, QueryKind.Statement, index, weights.Expansion))).ToList();
        var rawAsk = await LatencyStats.MeasureAsync(Repeat(askTerms), t => store.SearchAsync(t, CandidateLimit, CancellationToken.None));
        var rawCheck = await LatencyStats.MeasureAsync(Repeat(checkTerms), t => store.SearchAsync(t, CandidateLimit, CancellationToken.None));

        // Where ask's time goes, without touching the engine: analysis, retrieval (search + claim fetch + context + scoring), and the claim fetch alone.
        var analyze = await LatencyStats.MeasureAsync(queries.Ask, q => Task.FromResult(analyzer.Analyze(q, QueryKind.Question, index, weights.Expansion)));
        var analyzed = queries.Ask.Select(q => analyzer.Analyze(q, QueryKind.Question, index, weights.Expansion)).ToList();
        var retrieve = await LatencyStats.MeasureAsync(analyzed, q => Task.FromResult(retriever.Retrieve(q, index, weights)));
        var hits = new List<List<string>>();
        foreach (var terms in askTerms)
        {
            hits.Add((await store.SearchAsync(terms, CandidateLimit, CancellationToken.None)).Select(h => h.ClaimId).ToList());
        }

        var fetch = await LatencyStats.MeasureAsync(hits, ids => store.GetClaimsByIdAsync(ids, CancellationToken.None));
        var peakServing = MemoryStats.PeakRssMb();
        var heap = MemoryStats.ManagedHeapMb();

        IReadOnlyList<LoadResult> http = [];
        double? peakAfterHttp = null;
        if (arguments.Http)
        {
            http = await HttpBench.RunAsync(web, queries, arguments.Rate, arguments.Seconds, Log);
            peakAfterHttp = MemoryStats.PeakRssMb();
        }

        var result = new ProbeResult(startMs, sinceProcessStart, askStats, checkStats, compareStats, rawAsk, rawCheck, analyze, retrieve, fetch,
            (double)answered / (queries.Ask.Count * Rounds), peakServing, heap, peakAfterHttp, http);
        Console.WriteLine(JsonSerializer.Serialize(result, SystemJson.Options));
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await web.App.StopAsync(stop.Token);
        }

        web.Signer.Dispose();
        return 0;
    }

    private static IEnumerable<T> Repeat<T>(IReadOnlyList<T> items) => Enumerable.Repeat(items, Rounds).SelectMany(i => i);

    private static void Log(string message) => Console.Error.WriteLine(message);
}
