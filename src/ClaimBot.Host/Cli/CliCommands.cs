using System.CommandLine;

namespace ClaimBot.Host.Cli;

/// <summary>The claimbot verbs.</summary>
public static class CliCommands
{
    public static RootCommand Build(string[] configurationArgs)
    {
        var root = new RootCommand("ClaimBot: fact-check and claim comparison over a folder of source documents. " +
            "Configuration overrides: --Section:Key=value (e.g. --Sources:Path=articles).")
        {
            IngestCommand.Create(configurationArgs),
            ListingCommands.Sources(configurationArgs),
            ListingCommands.Claims(configurationArgs),
            ListingCommands.Reloads(configurationArgs),
            QuestionCommands.Ask(configurationArgs),
            QuestionCommands.Check(configurationArgs),
            QuestionCommands.Compare(configurationArgs),
            EvalCommand.Create(configurationArgs),
            ServeCommand.Create(configurationArgs),
            DiscordCommand.Create(configurationArgs),
        };
        return root;
    }
}
