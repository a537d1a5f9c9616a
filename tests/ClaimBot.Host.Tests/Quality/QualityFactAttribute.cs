namespace ClaimBot.Host.Tests.Quality;

/// <summary>
/// A quality-floor test: it needs the development suites beside the repository (../shared/eval) and python3. CI always
/// has them (and then a missing suite fails the test); a bare clone skips with the reason.
/// </summary>
public sealed class QualityFactAttribute : FactAttribute
{
    public QualityFactAttribute()
    {
        if (!File.Exists(Path.Combine(QualityFloorTests.EvalFolder(), "run_eval.py")) && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = "../shared/eval is not beside the repository";
        }
    }
}
