namespace ClaimBot.Benchmarks.SystemRun;

/// <summary>Ingest and reload figures of one corpus size.</summary>
/// <param name="LoopSeconds">The read + hash + extract loop of the full reload; the rest of <paramref name="FullSeconds"/> is the store commit.</param>
/// <param name="StoreBytes">The database file after the commit; <paramref name="WalBytes"/> is the write-ahead log not yet checkpointed.</param>
/// <param name="ExtractMbPerSecond">Read + extraction alone on a sample of documents, one thread: the extraction ceiling per core.</param>
internal sealed record IngestFigures(
    int Documents,
    long Bytes,
    int Claims,
    double FullSeconds,
    double LoopSeconds,
    double ExtractMbPerSecond,
    long StoreBytes,
    long WalBytes,
    double NoChangeSeconds,
    int TouchedFiles,
    double IncrementalSeconds)
{
    public double DocsPerSecond => Documents / FullSeconds;

    public double MbPerSecond => Bytes / 1e6 / FullSeconds;

    public double ClaimsPerSecond => Claims / FullSeconds;

    public double StoreMbPer1kDocs => StoreBytes / 1e6 / (Documents / 1000.0);
}
