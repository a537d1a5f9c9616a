namespace ClaimBot.Benchmarks.SystemRun;

/// <summary>Everything measured at one corpus size.</summary>
internal sealed record SizeResult(int SyntheticDocuments, IngestFigures Ingest, ProbeResult Serving);
