using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using ClaimBot.Benchmarks.Corpus;
using ClaimBot.Benchmarks.Engine;
using ClaimBot.Core.Documents;
using ClaimBot.Core.Extraction;

namespace ClaimBot.Benchmarks.SystemRun;

/// <summary>
/// <c>system --docs 1000,10000</c>: for each size, writes (or reuses) the synthetic corpus, ingests it into a fresh
/// SQLite store, times no-change and 1%-changed reloads, then starts a separate serving process (<c>probe</c>, server
/// GC like the web host) over the store. Prints a Markdown report, or one JSON document with <c>--json</c>.
/// </summary>
internal static class SystemRunner
{
    private const int ExtractionSample = 300;

    public static async Task<int> RunAsync(SystemArguments arguments)
    {
        Directory.CreateDirectory(arguments.Out);
        var results = new List<SizeResult>();
        foreach (var docs in arguments.Docs)
        {
            var corpus = CorpusFolder.Ensure(arguments.Out, docs, arguments.Seed, Log);
            var store = Path.Combine(arguments.Out, $"store-{docs}.db");
            var ingest = await IngestAsync(corpus, store, docs, arguments.Seed);
            Log($"ingest {docs}: {ingest.Claims} claims in {ingest.FullSeconds:F1} s ({ingest.MbPerSecond:F2} MB/s); probing");
            var probe = await ProbeAsync(arguments, corpus.Path, store, docs);
            results.Add(new SizeResult(docs, ingest, probe));
        }

        var machine = MachineInfo.Current();
        Console.WriteLine(arguments.Json
            ? JsonSerializer.Serialize(new { machine, arguments.Rate, arguments.Seconds, results }, SystemJson.Options)
            : ReportWriter.Markdown(machine, arguments, results));
        return 0;
    }

    private static async Task<IngestFigures> IngestAsync(CorpusFolder corpus, string store, int docs, int seed)
    {
        BenchPaths.DeleteStore(store);
        await using var engine = await EngineHost.StartAsync(corpus.Path, store, CancellationToken.None);
        Log($"ingest {docs}: full reload of {corpus.Documents} files ({corpus.Bytes / 1e6:F1} MB)");
        var phases = new PhaseClock();
        var full = await engine.ReloadAsync(CancellationToken.None, phases);
        if (!full.Succeeded)
        {
            throw new InvalidOperationException("Ingest failed: " + full.Error);
        }

        var storeBytes = new FileInfo(store).Length;
        var walBytes = File.Exists(store + "-wal") ? new FileInfo(store + "-wal").Length : 0;
        var extract = ExtractionRate(engine, corpus, docs);

        Log($"ingest {docs}: no-change reload");
        var noChange = Stopwatch.StartNew();
        await engine.ReloadAsync(CancellationToken.None);
        noChange.Stop();

        var touched = corpus.Touch(docs, seed, revision: 1);
        Log($"ingest {docs}: reload after changing {touched} files");
        var incremental = await engine.ReloadAsync(CancellationToken.None);
        corpus.Touch(docs, seed, revision: 0);
        if (incremental.Changed.Count != touched)
        {
            Log($"warning: {incremental.Changed.Count} files changed, expected {touched}");
        }

        return new IngestFigures(corpus.Documents, corpus.Bytes, full.ClaimsAfter, full.Duration.TotalSeconds,
            phases.LoopDone?.TotalSeconds ?? double.NaN, extract, storeBytes, walBytes,
            noChange.Elapsed.TotalSeconds, touched, incremental.Duration.TotalSeconds);
    }

    private static double ExtractionRate(EngineHost engine, CorpusFolder corpus, int docs)
    {
        var reader = engine.Get<SourceReader>();
        var extractor = engine.Get<ClaimExtractor>();
        var files = Enumerable.Range(0, Math.Min(docs, ExtractionSample)).Select(i => Path.Combine(corpus.Path, CorpusGenerator.FileName(i)))
            .Select(File.ReadAllBytes).ToList();
        var clock = Stopwatch.StartNew();
        foreach (var bytes in files)
        {
            var read = reader.Read("sample.txt", bytes, 10 * 1024 * 1024);
            extractor.Extract(read.Document!, read.Blocks);
        }

        return files.Sum(f => f.Length) / 1e6 / clock.Elapsed.TotalSeconds;
    }

    private static async Task<ProbeResult> ProbeAsync(SystemArguments arguments, string sources, string store, int docs)
    {
        var info = new ProcessStartInfo { RedirectStandardOutput = true, UseShellExecute = false };
        var entry = Assembly.GetEntryAssembly()!.Location;
        var host = Environment.ProcessPath!;
        info.FileName = host;
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            info.ArgumentList.Add(entry);
        }

        foreach (var arg in new[] { "probe", "--sources", sources, "--store", store, "--probe-docs", docs.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--queries", arguments.Queries.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", arguments.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--rate", arguments.Rate.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seconds", arguments.Seconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            arguments.Http ? "--http" : "--no-http" })
        {
            info.ArgumentList.Add(arg);
        }

        // claimbot runs with workstation GC (ServerGarbageCollection=false in ClaimBot.Host.csproj); the probe does too,
        // so its RSS is the host's.
        info.Environment["DOTNET_gcServer"] = "0";
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"probe exited with {process.ExitCode}");
        }

        return JsonSerializer.Deserialize<ProbeResult>(output.Trim().Split('\n')[^1], SystemJson.Options)!;
    }

    private static void Log(string message) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");
}
