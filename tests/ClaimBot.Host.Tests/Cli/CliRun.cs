using System.Text.Json;

namespace ClaimBot.Host.Tests.Cli;

/// <summary>The outcome of one in-process claimbot invocation.</summary>
internal sealed record CliRun(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Stdout parsed as exactly one JSON document (parsing fails on anything before or after it).</summary>
    public JsonElement Json()
    {
        Assert.True(ExitCode is 0 or 3, $"exit code {ExitCode}; stderr: {StandardError}");
        using var document = JsonDocument.Parse(StandardOutput);
        return document.RootElement.Clone();
    }
}
