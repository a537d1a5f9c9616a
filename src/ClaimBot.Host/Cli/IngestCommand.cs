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
            var result = await RunWithProgressAsync(services.GetRequiredService<ReloadCoordinator>(), new ReloadRequest(Environment.UserName, "cli"), asJson, token);
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
    public static async Task<ReloadResult> RunWithProgressAsync(ReloadCoordinator coordinator, ReloadRequest request, bool asJson, CancellationToken cancellationToken)
    {
        if (asJson || Console.IsErrorRedirected)
        {
            return await coordinator.ReloadAsync(request, null, cancellationToken);
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
            result = await coordinator.ReloadAsync(request, progress, cancellationToken);
            task.Value = task.MaxValue;
        });
        return result!;
    }
}
