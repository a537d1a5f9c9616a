using System.CommandLine;

namespace ClaimBot.Host.Cli;

/// <summary>Options shared by several verbs.</summary>
public static class CliOptions
{
    public static Option<bool> Json() => new("--json") { Description = "Print one JSON document on stdout and nothing else." };
}
