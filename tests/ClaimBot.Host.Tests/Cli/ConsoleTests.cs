namespace ClaimBot.Host.Tests.Cli;

/// <summary>Tests that redirect the process-wide console run alone, after the parallel ones.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleTests
{
    public const string Name = "Console";
}
