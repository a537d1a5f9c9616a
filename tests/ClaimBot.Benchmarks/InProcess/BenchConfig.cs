using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ClaimBot.Benchmarks.Engine;

namespace ClaimBot.Benchmarks.InProcess;

/// <summary>
/// A short in-process job: no per-benchmark project rebuild (which would run under the repository's build props and
/// take minutes on two cores), 3 warm-ups and 10 measured iterations; artifacts go to the scratch folder, not the repository.
/// </summary>
internal static class BenchConfig
{
    public static IConfig Create() => DefaultConfig.Instance
        .AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(10)
            .WithId("Short"))
        .AddDiagnoser(MemoryDiagnoser.Default)
        .WithArtifactsPath(Path.Combine(BenchPaths.Scratch, "BenchmarkDotNet.Artifacts"))
        .WithOptions(ConfigOptions.JoinSummary);
}
