namespace ClaimBot.Core.Judging;

/// <summary>Where the learned engine model lives. Section "Judging".</summary>
public sealed class JudgingOptions
{
    public const string SectionName = "Judging";

    /// <summary>The engine model file (default: the one shipped beside the binaries).</summary>
    public string ModelPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "Judging", "engine-model.json");
}
