using Microsoft.Extensions.Configuration;

namespace ClaimBot.Host.Composition;

/// <summary>Standard .NET configuration: appsettings.json in the working directory, then environment variables (Section__Key), then command-line overrides.</summary>
public static class ClaimBotConfiguration
{
    public static void Apply(IConfigurationManager configuration, string contentRoot, string[] configurationArgs)
    {
        configuration.Sources.Clear();
        configuration.SetBasePath(contentRoot);
        configuration.AddJsonFile("appsettings.json", optional: true, reloadOnChange: false);
        configuration.AddEnvironmentVariables();
        configuration.AddCommandLine(configurationArgs);
    }
}
