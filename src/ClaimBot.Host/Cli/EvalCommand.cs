using System.CommandLine;
using ClaimBot.Core.Answering;
using ClaimBot.Core.Claims;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimBot.Host.Cli;

/// <summary><c>claimbot eval FILE</c>: runs a question set through the same use cases as ask/check/compare and prints the pass rate per type.</summary>
public static class EvalCommand
{
    public static Command Create(string[] configurationArgs)
    {
        var json = CliOptions.Json();
        var file = new Argument<FileInfo>("file") { Description = "Question set, e.g. ../shared/eval/dev-set.json." };
        var command = new Command("eval", "Run a question set (dev-set.json format) and print the pass rate per type.") { file, json };
        command.SetAction((parse, ct) => CliHost.RunAsync(configurationArgs, async (services, token) =>
        {
            var asJson = parse.GetValue(json);
            var set = EvalSet.Load(parse.GetValue(file)!.FullName);
            if (!await QuestionCommands.EnsureFreshAsync(services, asJson, token))
            {
                return ExitCodes.Failure;
            }

            var results = new List<(string Type, string Id, bool Passed, string Detail)>();
            foreach (var item in set.Ask ?? [])
            {
                var (passed, detail) = EvalScorer.Ask(item, await services.GetRequiredService<AskUseCase>().AskAsync(item.Question!, token));
                results.Add(("ask", item.Id, passed, detail));
            }

            foreach (var item in set.Check ?? [])
            {
                var (passed, detail) = EvalScorer.Check(item, await services.GetRequiredService<CheckUseCase>().CheckAsync(item.Statement!, token));
                results.Add(("check", item.Id, passed, detail));
            }

            foreach (var item in set.Compare ?? [])
            {
                var (passed, detail) = EvalScorer.Compare(item, await services.GetRequiredService<CompareUseCase>().CompareAsync(item.Topic!, token));
                results.Add(("compare", item.Id, passed, detail));
            }

            if (set.Junk is { } junk)
            {
                var (passed, detail) = EvalScorer.Junk(junk, await services.GetRequiredService<IClaimStore>().GetClaimsAsync(null, token));
                results.Add(("junk", "junk", passed, detail));
            }

            var byType = results.GroupBy(r => r.Type).Select(g => new { Type = g.Key, Passed = g.Count(r => r.Passed), Total = g.Count() }).ToList();
            var total = new { Passed = results.Count(r => r.Passed), Total = results.Count };
            if (asJson)
            {
                await JsonOutput.WriteAsync(new { ByType = byType, Total = total, Items = results.Select(r => new { r.Type, r.Id, r.Passed, r.Detail }) }, token);
            }
            else
            {
                foreach (var failed in results.Where(r => !r.Passed))
                {
                    Console.WriteLine($"FAIL {failed.Id}: {failed.Detail}");
                }

                foreach (var type in byType)
                {
                    Console.WriteLine($"{type.Type,-8} {type.Passed}/{type.Total} ({100.0 * type.Passed / type.Total:0}%)");
                }

                Console.WriteLine($"{"total",-8} {total.Passed}/{total.Total} ({100.0 * total.Passed / total.Total:0}%)");
            }

            return ExitCodes.Success;
        }, ct));
        return command;
    }
}
