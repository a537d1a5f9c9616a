using System.CommandLine;
using ClaimBot.Core.Reloading;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ClaimBot.Host.Cli;

/// <summary><c>claimbot ingest</c>: reads the sources folder into the store (incremental), through the same reload mechanism a running host uses.</summary>
public static class IngestCommand
{
    public static Command Create(string[] configurationArgs)
    {
        var json = CliOptions.Json();
        var command = new Command("ingest", "Read every document under Sources:Path into the claims store (unchanged files are skipped by content hash).") { json };
        command.SetAction((parse, ct) => CliHost.RunAsync(configurationArgs, async (services, token) =>
        {
            var asJson = parse.GetValue(json);
            var result = await RunWithProgressAsync(services.GetRequiredService<ReloadCoordinator>(), new ReloadRequest(Environment.UserName, "cli"), asJson, automatic: false, token);
            if (asJson)
            {
                await JsonOutput.WriteAsync(JsonContracts.Reload(result), token);
            }
            else
            {
                HumanOutput.Reload(result);
            }

            return !result.Succeeded ? ExitCodes.Failure : result.Skipped.Count > 0 ? ExitCodes.Skipped : ExitCodes.Success;
        }, ct));
        return command;
    }

    /// <summary>Runs a reload, with a progress bar on an interactive terminal (stderr) and silence otherwise.</summary>
    /// <param name="automatic">True for a refresh nobody asked for (before a question): it runs, and is audited, only when the sources changed.</param>
    public static async Task<ReloadResult> RunWithProgressAsync(ReloadCoordinator coordinator, ReloadRequest request, bool asJson, bool automatic, CancellationToken cancellationToken)
    {
        Task<ReloadResult> Run(IProgress<ReloadProgress>? progress) => automatic
            ? coordinator.RefreshAsync(request, progress, cancellationToken)
            : coordinator.ReloadAsync(request, progress, cancellationToken);

        if (asJson || Console.IsErrorRedirected)
        {
            return await Run(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        ReloadResult? result = null;
        await console.Progress().StartAsync(async context =>
        {
            var task = context.AddTask("Reading sources");
            var progress = new Progress<ReloadProgress>(p =>
            {
                task.MaxValue = Math.Max(1, p.Total);
                task.Value = p.Done;
            });
            result = await Run(progress);
            task.Value = task.MaxValue;
        });
        return result!;
    }
}
