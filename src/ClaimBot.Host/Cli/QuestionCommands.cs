using System.CommandLine;
using ClaimBot.Core.Answering;
using ClaimBot.Core.Reloading;
using ClaimBot.Core.Retrieval;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimBot.Host.Cli;

/// <summary><c>claimbot ask</c>, <c>check</c> and <c>compare</c>: the same use cases the chat surfaces call. The store is built or refreshed from the sources first.</summary>
public static class QuestionCommands
{
    public static Command Ask(string[] configurationArgs) => Create(configurationArgs, "ask", "question",
        "Answer a question from the sources, every sentence cited.",
        async (services, text, token) =>
        {
            var answer = await services.GetRequiredService<AskUseCase>().AskAsync(text, token);
            return (JsonContracts.Answer(answer), () => HumanOutput.Answer(answer));
        });

    public static Command Check(string[] configurationArgs) => Create(configurationArgs, "check", "statement",
        "Fact-check a statement: supported, refuted, not_enough_info or conflicting, with the evidence.",
        async (services, text, token) =>
        {
            var check = await services.GetRequiredService<CheckUseCase>().CheckAsync(text, token);
            return (JsonContracts.Check(check), () => HumanOutput.Check(check));
        });

    public static Command Compare(string[] configurationArgs) => Create(configurationArgs, "compare", "topic",
        "Compare what the sources say about a topic: per source, agreements, contradictions, unique points.",
        async (services, text, token) =>
        {
            var comparison = await services.GetRequiredService<CompareUseCase>().CompareAsync(text, token);
            return (JsonContracts.Compare(comparison), () => HumanOutput.Compare(comparison));
        });

    /// <summary>
    /// Builds or refreshes the store from Sources:Path. A question is not a reload request: when the sources are as
    /// stored, no reload lock is taken and no "cli-auto" audit record is written (only real changes are audited).
    /// </summary>
    public static async Task<bool> EnsureFreshAsync(IServiceProvider services, bool asJson, CancellationToken cancellationToken)
    {
        var phases = services.GetRequiredService<StartupPhases>();
        var coordinator = services.GetRequiredService<ReloadCoordinator>();
        phases.Done("reload parts resolved");
        var result = await IngestCommand.RunWithProgressAsync(coordinator, new ReloadRequest(Environment.UserName, "cli-auto"), asJson, automatic: true, cancellationToken);
        phases.Done("sources checked");
        foreach (var skipped in result.Skipped)
        {
            await Console.Error.WriteLineAsync($"claimbot: skipped {skipped.File}: {skipped.Reason}");
        }

        if (!result.Succeeded)
        {
            await Console.Error.WriteLineAsync($"claimbot: could not refresh the store: {result.Error}");
        }

        return result.Generation is not null;
    }

    private static Command Create(string[] configurationArgs, string name, string argumentName, string description,
        Func<IServiceProvider, string, CancellationToken, Task<(object Json, Action Human)>> body)
    {
        var json = CliOptions.Json();
        var batch = new Option<string?>("--batch")
        {
            Description = $"Read one {argumentName} per non-empty line from FILE ('-' for standard input) and print one compact JSON document per line (JSON Lines).",
            HelpName = "FILE",
        };
        var argument = new Argument<string[]>(argumentName) { Arity = ArgumentArity.ZeroOrMore, Description = "The text (quoting is optional)." };
        var command = new Command(name, description) { argument, json, batch };
        command.SetAction((parse, ct) => CliHost.RunAsync(configurationArgs, async (services, token) =>
        {
            var batchPath = parse.GetValue(batch);
            var asJson = parse.GetValue(json) || batchPath is not null;
            var text = string.Join(' ', parse.GetValue(argument) ?? []).Trim();
            if (batchPath is not null && text.Length > 0)
            {
                await Console.Error.WriteLineAsync($"claimbot {name}: give either a {argumentName} or --batch FILE, not both.");
                return ExitCodes.Failure;
            }

            if (batchPath is null && text.Length == 0)
            {
                await Console.Error.WriteLineAsync($"claimbot {name}: the {argumentName} is empty.");
                return ExitCodes.Failure;
            }

            IReadOnlyList<string> lines = [];
            if (batchPath is not null)
            {
                try
                {
                    lines = await BatchRunner.ReadLinesAsync(batchPath, token);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Text.DecoderFallbackException)
                {
                    await Console.Error.WriteLineAsync($"claimbot {name}: cannot read the batch file: {ex.Message}");
                    return ExitCodes.Failure;
                }
            }

            // The language models load while the store is checked, the concept tables of the indexed languages (and
            // English) while the models load. Starting the English concepts before the check too was measured slower
            // on 2 cores (4.7 s against 4.3 s to the first answer on the seeds).
            var warmUp = services.GetRequiredService<EngineWarmUp>();
            _ = warmUp.StartLanguageModels();

            // One refresh per process, so a batch of a thousand lines reads the sources folder once.
            if (!await EnsureFreshAsync(services, asJson, token))
            {
                return ExitCodes.Failure;
            }

            _ = warmUp.StartConceptTables((await services.GetRequiredService<ClaimIndexCache>().GetAsync(token)).Languages);

            if (batchPath is not null)
            {
                await BatchRunner.RunAsync(lines, async (line, t) => (await body(services, line, t)).Json, token);
                return ExitCodes.Success;
            }

            var (result, human) = await body(services, text, token);
            services.GetRequiredService<StartupPhases>().Done("answered");
            await Print(asJson, result, human, token);
            return ExitCodes.Success;
        }, ct));
        return command;
    }

    private static Task Print(bool asJson, object json, Action human, CancellationToken cancellationToken)
    {
        if (asJson)
        {
            return JsonOutput.WriteAsync(json, cancellationToken);
        }

        human();
        return Task.CompletedTask;
    }
}
