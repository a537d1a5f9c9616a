using System.CommandLine;
using ClaimBot.Host.Serving;
using Microsoft.Extensions.Options;

namespace ClaimBot.Host.Cli;

/// <summary><c>claimbot serve [--urls URL]</c>: the chat surfaces and admin API over HTTP.</summary>
public static class ServeCommand
{
    public static Command Create(string[] configurationArgs)
    {
        var urls = new Option<string?>("--urls") { Description = "Addresses to listen on, e.g. http://127.0.0.1:8080 (default: the Urls setting, else http://localhost:5000)." };
        var command = new Command("serve", "Serve Discord interactions, Slack events and commands, health and admin endpoints.") { urls };
        command.SetAction(async (parse, ct) =>
        {
            // Building the app can already fail validation (endpoint mapping reads platform options), so both
            // building and running sit inside the handler that turns bad configuration into one line and exit code 2.
            try
            {
                await using var app = ServeHost.Build(configurationArgs, parse.GetValue(urls));
                await app.RunAsync(ct);
                return ExitCodes.Success;
            }
            catch (OptionsValidationException ex)
            {
                await Console.Error.WriteLineAsync("claimbot: configuration error: " + string.Join(" ", ex.Failures));
                return ExitCodes.Configuration;
            }
            catch (IOException ex)
            {
                // Kestrel reports an address it cannot bind (Urls, --urls) as an IOException.
                await Console.Error.WriteLineAsync("claimbot: start-up failed: " + ex.Message);
                return ExitCodes.Configuration;
            }
        });
        return command;
    }
}
