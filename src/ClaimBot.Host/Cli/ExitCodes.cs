namespace ClaimBot.Host.Cli;

/// <summary>Process exit codes.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Configuration = 2;

    /// <summary>Ingest finished but skipped at least one file.</summary>
    public const int Skipped = 3;
}
