using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ClaimBot.Host.Tests.Quality;

/// <summary>
/// A quality floor in CI: the shared scorer (../shared/eval/run_eval.py, the one that measures the product) runs the
/// claimbot executable in batch mode over the seeds' development set and the multilingual news corpus, and the pass
/// rates must not fall below floors set well under today's figures (README, "Quality"): a broken engine, not noise,
/// trips them. The full suites are a benchmark command (tests/quality/run-suites.sh), not a test.
/// </summary>
public sealed partial class QualityFloorTests
{
    [QualityFact]
    public async Task RunEval_SeedsDevSet_StaysAboveTheFloor()
    {
        var (ask, check, compare) = await ScoreAsync("dev-set.json", Path.Combine(TestWorkspace.RepositoryRoot(), "seeds"));

        Assert.True(ask >= 0.6, $"seeds ask {ask:P0} is under the 60 % floor");
        Assert.True(check >= 0.6, $"seeds check {check:P0} is under the 60 % floor");
        Assert.True(compare >= 0.5, $"seeds compare {compare:P0} is under the 50 % floor");
    }

    [QualityFact]
    public async Task RunEval_NewsCorpus_StaysAboveTheFloor()
    {
        var (ask, check, compare) = await ScoreAsync("dev-corpus-eval.json", Path.Combine(EvalFolder(), "dev-corpus"));

        Assert.True(ask >= 0.3, $"dev-corpus ask {ask:P0} is under the 30 % floor");
        Assert.True(check >= 0.2, $"dev-corpus check {check:P0} is under the 20 % floor");
        Assert.True(compare >= 0.3, $"dev-corpus compare {compare:P0} is under the 30 % floor");
    }

    private static async Task<(double Ask, double Check, double Compare)> ScoreAsync(string evalFile, string sources)
    {
        var eval = EvalFolder();
        var store = Path.Combine(Path.GetTempPath(), "claimbot-floor-" + Guid.NewGuid().ToString("N"), "claims.db");
        var cli = $"dotnet \"{typeof(Program).Assembly.Location}\"";
        var start = new ProcessStartInfo("python3")
        {
            ArgumentList = { Path.Combine(eval, "run_eval.py"), Path.Combine(eval, evalFile), "--cli", cli, "--sources", sources, "--store", store, "--batch" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = TestWorkspace.RepositoryRoot(),
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var last = output.TrimEnd().Split('\n')[^1];
        var match = Summary().Match(last);
        Assert.True(match.Success, $"run_eval.py printed no summary (exit {process.ExitCode}): {last} {await process.StandardError.ReadToEndAsync()}");
        double Rate(int group) => Ratio(match.Groups[group].Value, match.Groups[group + 1].Value);
        return (Rate(1), Rate(3), Rate(5));
    }

    private static double Ratio(string passed, string total) =>
        int.Parse(total, CultureInfo.InvariantCulture) == 0 ? 1 : double.Parse(passed, CultureInfo.InvariantCulture) / int.Parse(total, CultureInfo.InvariantCulture);

    internal static string EvalFolder() => Path.GetFullPath(Path.Combine(TestWorkspace.RepositoryRoot(), "..", "shared", "eval"));

    [GeneratedRegex(@"ask (\d+)/(\d+) check (\d+)/(\d+) compare (\d+)/(\d+)")]
    private static partial Regex Summary();
}
