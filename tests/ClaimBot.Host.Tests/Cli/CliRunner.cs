using ClaimBot.Host.Cli;

namespace ClaimBot.Host.Tests.Cli;

/// <summary>
/// Runs claimbot verbs in-process as Program.cs does, with Console.Out and Console.Error captured. The console is
/// process-wide, so runs are serialised and the CLI test classes share a collection that runs alone.
/// </summary>
internal static class CliRunner
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public static async Task<CliRun> RunAsync(string[] configurationArgs, params string[] args)
    {
        await OneAtATime.WaitAsync();
        var (stdout, stderr) = (Console.Out, Console.Error);
        using var capturedOut = new StringWriter();
        using var capturedError = new StringWriter();
        Console.SetOut(capturedOut);
        Console.SetError(capturedError);
        try
        {
            var split = ConfigurationArguments.Split([.. configurationArgs, .. args]);
            var exitCode = await CliCommands.Build(split.ConfigurationArgs).Parse(split.VerbArgs).InvokeAsync();
            return new CliRun(exitCode, capturedOut.ToString(), capturedError.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
            OneAtATime.Release();
        }
    }
}
