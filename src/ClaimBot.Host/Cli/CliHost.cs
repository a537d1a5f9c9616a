using ClaimBot.Host.Composition;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimBot.Host.Cli;

/// <summary>Runs a CLI verb inside a started generic host: options validated on start, logs on stderr so stdout stays machine-clean.</summary>
public static class CliHost
{
    public static async Task<int> RunAsync(string[] configurationArgs, Func<IServiceProvider, CancellationToken, Task<int>> verb, CancellationToken cancellationToken)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        ClaimBotConfiguration.Apply(builder.Configuration, Directory.GetCurrentDirectory(), configurationArgs);
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        // Start-up failures are reported once, as a one-line message below, not as a host stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddClaimBot(builder.Configuration);
        builder.Services.AddSingleton<StartupPhases>();

        using var host = builder.Build();
        var phases = host.Services.GetRequiredService<StartupPhases>();
        phases.Done("host built");
        try
        {
            await host.StartAsync(cancellationToken);
            phases.Done("host started");
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync("claimbot: configuration error: " + string.Join(" ", ex.Failures));
            return ExitCodes.Configuration;
        }
        catch (Exception ex) when (ex is InvalidDataException or FileNotFoundException or DirectoryNotFoundException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync("claimbot: start-up failed: " + ex.Message);
            return ExitCodes.Configuration;
        }

        try
        {
            return await verb(host.Services, cancellationToken);
        }
        catch (DirectoryNotFoundException ex)
        {
            await Console.Error.WriteLineAsync("claimbot: " + ex.Message);
            return ExitCodes.Failure;
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }
}
