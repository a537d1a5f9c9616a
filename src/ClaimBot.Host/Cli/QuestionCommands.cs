using System.CommandLine;
using ClaimBot.Core.Answering;
using ClaimBot.Core.Reloading;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimBot.Host.Cli;

/// <summary><c>claimbot ask</c>, <c>check</c> and <c>compare</c>: the same use cases the chat surfaces call. The store is built or refreshed from the sources first.</summary>
public static class QuestionCommands
{
    public static Command Ask(string[] configurationArgs) => Create(configurationArgs, "ask", "question",
        "Answer a question from the sources, every sentence cited.",
        async (services, text, json, token) =>
        {
            var answer = await services.GetRequiredService<AskUseCase>().AskAsync(text, token);
            await Print(json, JsonContracts.Answer(answer), () => HumanOutput.Answer(answer), token);
        });

    public static Command Check(string[] configurationArgs) => Create(configurationArgs, "check", "statement",
        "Fact-check a statement: supported, refuted, not_enough_info or conflicting, with the evidence.",
        async (services, text, json, token) =>
        {
            var check = await services.GetRequiredService<CheckUseCase>().CheckAsync(text, token);
            await Print(json, JsonContracts.Check(check), () => HumanOutput.Check(check), token);
        });

    public static Command Compare(string[] configurationArgs) => Create(configurationArgs, "compare", "topic",
        "Compare what the sources say about a topic: per source, agreements, contradictions, unique points.",
        async (services, text, json, token) =>
        {
            var comparison = await services.GetRequiredService<CompareUseCase>().CompareAsync(text, token);
            await Print(json, JsonContracts.Compare(comparison), () => HumanOutput.Compare(comparison), token);
        });

    /// <summary>Builds or refreshes the store from Sources:Path (incremental, so cheap when nothing changed).</summary>
    public static async Task<bool> EnsureFreshAsync(IServiceProvider services, bool asJson, CancellationToken cancellationToken)
    {
        var result = await IngestCommand.RunWithProgressAsync(services.GetRequiredService<ReloadCoordinator>(), new ReloadRequest(Environment.UserName, "cli-auto"), asJson, cancellationToken);
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
        Func<IServiceProvider, string, bool, CancellationToken, Task> body)
    {
        var json = CliOptions.Json();
        var argument = new Argument<string[]>(argumentName) { Arity = ArgumentArity.OneOrMore, Description = "The text (quoting is optional)." };
        var command = new Command(name, description) { argument, json };
        command.SetAction((parse, ct) => CliHost.RunAsync(configurationArgs, async (services, token) =>
        {
            var asJson = parse.GetValue(json);
            var text = string.Join(' ', parse.GetValue(argument) ?? []).Trim();
            if (text.Length == 0)
            {
                await Console.Error.WriteLineAsync($"claimbot {name}: the {argumentName} is empty.");
                return ExitCodes.Failure;
            }

            if (!await EnsureFreshAsync(services, asJson, token))
            {
                return ExitCodes.Failure;
            }

            await body(services, text, asJson, token);
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
