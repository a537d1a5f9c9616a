using System.CommandLine;

namespace ClaimBot.Host.Cli;

/// <summary>The claimbot verbs.</summary>
public static class CliCommands
{
    public static RootCommand Build(string[] configurationArgs)
    {
        var root = new RootCommand("ClaimBot: fact-check and claim-comparison over a folder of source documents.");
        return root;
    }
}
