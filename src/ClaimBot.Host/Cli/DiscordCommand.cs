using System.CommandLine;
using ClaimBot.Host.Serving;
using ClaimBot.Platforms.Discord;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ClaimBot.Host.Cli;

/// <summary><c>claimbot discord register [--guild ID]</c>: bulk-overwrites the application's commands (idempotent) and prints what changed.</summary>
public static class DiscordCommand
{
    public static Command Create(string[] configurationArgs)
    {
        var guild = new Option<string?>("--guild") { Description = "Register in one guild (instant; for testing) instead of globally." };
        var json = CliOptions.Json();
        var register = new Command("register", "Register the slash and message commands with Discord (needs Discord:ApplicationId and Discord:BotToken).") { guild, json };
        register.SetAction(async (parse, ct) =>
        {
            try
            {
                return await RegisterAsync(configurationArgs, parse.GetValue(guild), parse.GetValue(json), ct);
            }
            catch (OptionsValidationException ex)
            {
                await Console.Error.WriteLineAsync("claimbot: configuration error: " + string.Join(" ", ex.Failures));
                return ExitCodes.Configuration;
            }
        });
        return new Command("discord", "Discord application set-up.") { register };
    }

    private static async Task<int> RegisterAsync(string[] configurationArgs, string? guild, bool asJson, CancellationToken ct)
    {
        await using var app = ServeHost.Build(configurationArgs, null);
        var options = app.Services.GetRequiredService<IOptions<DiscordOptions>>().Value;
        if (string.IsNullOrWhiteSpace(options.ApplicationId) || string.IsNullOrWhiteSpace(options.BotToken))
        {
            await Console.Error.WriteLineAsync("claimbot discord register: set Discord:ApplicationId and Discord:BotToken (e.g. Discord__BotToken in the environment).");
            return ExitCodes.Configuration;
        }

        var result = await app.Services.GetRequiredService<DiscordCommandRegistrar>().RegisterAsync(guild, ct);
        if (asJson)
        {
            await JsonOutput.WriteAsync(result, ct);
        }
        else
        {
            Console.WriteLine(result.NothingChanged ? $"{result.Scope}: already up to date ({result.Unchanged.Count} commands)." :
                $"{result.Scope}: added [{string.Join(", ", result.Added)}], updated [{string.Join(", ", result.Updated)}], removed [{string.Join(", ", result.Removed)}], unchanged [{string.Join(", ", result.Unchanged)}]");
        }

        return ExitCodes.Success;
    }
}
