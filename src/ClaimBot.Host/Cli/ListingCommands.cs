using System.CommandLine;
using ClaimBot.Core.Claims;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimBot.Host.Cli;

/// <summary><c>claimbot sources</c>, <c>claimbot claims</c> and <c>claimbot reloads</c>: what the store holds.</summary>
public static class ListingCommands
{
    public static Command Sources(string[] configurationArgs)
    {
        var json = CliOptions.Json();
        var command = new Command("sources", "List the stored sources.") { json };
        command.SetAction((parse, ct) => CliHost.RunAsync(configurationArgs, async (services, token) =>
        {
            var store = services.GetRequiredService<IClaimStore>();
            var sources = await store.GetSourcesAsync(token);
            if (parse.GetValue(json))
            {
                await JsonOutput.WriteAsync(sources.Select(JsonContracts.Source).ToList(), token);
            }
            else
            {
                HumanOutput.Sources(sources);
            }

            return ExitCodes.Success;
        }, ct));
        return command;
    }

    public static Command Claims(string[] configurationArgs)
    {
        var json = CliOptions.Json();
        var source = new Option<string?>("--source") { Description = "Only the claims of this source id." };
        var command = new Command("claims", "List the stored claims.") { json, source };
        command.SetAction((parse, ct) => CliHost.RunAsync(configurationArgs, async (services, token) =>
        {
            var store = services.GetRequiredService<IClaimStore>();
            var sources = (await store.GetSourcesAsync(token)).ToDictionary(s => s.Id);
            var claims = await store.GetClaimsAsync(parse.GetValue(source), token);
            if (parse.GetValue(json))
            {
                await JsonOutput.WriteAsync(claims.Select(c => JsonContracts.Claim(c, sources.GetValueOrDefault(c.SourceId))).ToList(), token);
            }
            else
            {
                HumanOutput.Claims(claims);
            }

            return ExitCodes.Success;
        }, ct));
        return command;
    }

    public static Command Reloads(string[] configurationArgs)
    {
        var json = CliOptions.Json();
        var limit = new Option<int>("--limit") { Description = "How many audit records (newest first).", DefaultValueFactory = _ => 50 };
        var command = new Command("reloads", "List the audit records of reloads (who, from where, when, result).") { json, limit };
        command.SetAction((parse, ct) => CliHost.RunAsync(configurationArgs, async (services, token) =>
        {
            var audits = await services.GetRequiredService<IClaimStore>().GetReloadAuditsAsync(parse.GetValue(limit), token);
            var rows = audits.Select(a => new
            {
                a.Id, a.RequestedBy, a.Origin, a.StartedAt, a.FinishedAt, a.Succeeded, a.Generation,
                Result = System.Text.Json.JsonDocument.Parse(a.ResultJson).RootElement,
            }).ToList();
            if (parse.GetValue(json))
            {
                await JsonOutput.WriteAsync(rows, token);
            }
            else
            {
                foreach (var a in audits)
                {
                    Console.WriteLine($"{a.StartedAt:u}  {a.Origin,-8} {a.RequestedBy,-12} {(a.Succeeded ? "ok" : "FAILED"),-6} generation {a.Generation}");
                }
            }

            return ExitCodes.Success;
        }, ct));
        return command;
    }
}
