using BenchmarkDotNet.Running;
using ClaimBot.Benchmarks.Corpus;
using ClaimBot.Benchmarks.Http;
using ClaimBot.Benchmarks.InProcess;
using ClaimBot.Benchmarks.Sockets;
using ClaimBot.Benchmarks.SystemRun;

// Verbs: "system" (whole-system table), "probe" (one serving process, started by "system"), "corpus" (write the
// synthetic corpus only), "slack-load" (Slack /ask against a slow API), "socket" (Slack Socket Mode ack latency over
// the seeds); anything else goes to BenchmarkDotNet (e.g. --filter '*').
return args.FirstOrDefault() switch
{
    "system" => await SystemRunner.RunAsync(SystemArguments.Parse(args[1..])),
    "probe" => await ServingProbe.RunAsync(SystemArguments.Parse(args[1..])),
    "corpus" => CorpusCommand.Run(SystemArguments.Parse(args[1..])),
    "slack-load" => await SlackLoadBench.RunAsync(SlackLoadArguments.Parse(args[1..])),
    "socket" => await SocketAckBench.RunAsync(args[1..]),
    _ => Summaries(BenchmarkSwitcher.FromAssembly(typeof(BenchConfig).Assembly).Run(args, BenchConfig.Create())),
};

static int Summaries(IEnumerable<BenchmarkDotNet.Reports.Summary> summaries) =>
    summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
