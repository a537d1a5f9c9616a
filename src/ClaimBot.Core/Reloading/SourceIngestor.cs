using System.Diagnostics;
using System.Security.Cryptography;
using ClaimBot.Core.Claims;
using ClaimBot.Core.Documents;
using ClaimBot.Core.Extraction;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimBot.Core.Reloading;

/// <summary>
/// One ingest of the sources folder: unchanged files (by content hash) are carried over without re-extraction,
/// changed and new files are read and extracted, removed files dropped; the result is committed as one new generation.
/// A file that cannot be read is skipped with its reason and its previously stored version, if any, is kept; one bad
/// file never stops the others. Cancellation (the host stopping) ends the scan and the reads promptly.
/// </summary>
public sealed class SourceIngestor(
    IClaimStore store,
    SourceScanner scanner,
    SourceReader reader,
    ClaimExtractor extractor,
    IOptions<SourcesOptions> options,
    TimeProvider time,
    ILogger<SourceIngestor> logger)
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(2);

    public async Task<ReloadResult> IngestAsync(IProgress<ReloadProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var current = (await store.GetSourcesAsync(cancellationToken)).ToDictionary(s => s.File, StringComparer.Ordinal);
        var files = scanner.Scan(cancellationToken);
        var keep = new List<string>();
        var write = new List<ExtractedSource>();
        var added = new List<string>();
        var changed = new List<string>();
        var unchanged = new List<string>();
        var skipped = new List<SkippedSource>();
        var owners = SourceIdOwners(files, current.Values);
        // Files are independent: read and extract them in parallel (one per core), then assemble in scan order.
        var outcomes = new (ExtractedSource? Extracted, string? Error)[files.Count];
        var done = 0;
        var lastReport = time.GetTimestamp();
        var reportGate = new Lock();
        await Parallel.ForAsync(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, async (i, token) =>
        {
            var file = files[i];
            current.TryGetValue(file.RelativePath, out var stored);
            var owner = owners[SourceReader.IdFor(file.RelativePath)];
            outcomes[i] = string.Equals(owner, file.RelativePath, StringComparison.Ordinal)
                ? await ReadOneAsync(file, stored, token)
                : (null, SameIdReason(owner));
            var finished = Interlocked.Increment(ref done);
            lock (reportGate)
            {
                if (progress is not null && (time.GetElapsedTime(lastReport) >= ProgressInterval || finished == files.Count))
                {
                    progress.Report(new ReloadProgress(finished, files.Count, file.RelativePath));
                    lastReport = time.GetTimestamp();
                }
            }
        });

        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            current.TryGetValue(file.RelativePath, out var stored);
            switch (outcomes[i])
            {
                case { Extracted: { } extracted }:
                    write.Add(extracted);
                    (stored is null ? added : changed).Add(file.RelativePath);
                    break;
                case { Error: { } error }:
                    skipped.Add(new SkippedSource(file.RelativePath, error));
                    ReloadLog.Skipped(logger, file.RelativePath, error);
                    if (stored is not null)
                    {
                        keep.Add(stored.Id);
                    }

                    break;
                default:
                    keep.Add(stored!.Id);
                    unchanged.Add(file.RelativePath);
                    break;
            }
        }

        var present = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var removed = current.Keys.Where(f => !present.Contains(f)).Order(StringComparer.Ordinal).ToList();
        var claimsBefore = current.Values.Sum(s => s.ClaimCount);
        var generation = await store.GetCurrentGenerationAsync(cancellationToken);
        if (write.Count > 0 || removed.Count > 0 || generation is null)
        {
            generation = await store.CommitGenerationAsync(new GenerationChange(keep, write), cancellationToken);
        }

        var claimsAfter = (await store.GetSourcesAsync(cancellationToken)).Sum(s => s.ClaimCount);
        return new ReloadResult(true, generation, added, changed, removed, unchanged, skipped, claimsBefore, claimsAfter, clock.Elapsed);
    }

    /// <summary>
    /// What an ingest would report if it ran now and committed nothing, or null when it would commit: a file added, a
    /// file whose content hash differs and that reads as a document, a file removed, or no generation yet. Takes no
    /// lock and writes nothing (it reads the store and the files, and stops at the first difference), so a caller that
    /// refreshes on its own initiative can skip the reload lock and the audit record when the sources are as stored.
    /// A file that an ingest would skip (unreadable, not a document, clashing id) counts as unchanged, as in the ingest.
    /// </summary>
    public async Task<ReloadResult?> UnchangedAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var generation = await store.GetCurrentGenerationAsync(cancellationToken);
        if (generation is null)
        {
            return null;
        }

        var stored = await store.GetSourcesAsync(cancellationToken);
        var current = stored.ToDictionary(s => s.File, StringComparer.Ordinal);
        var files = scanner.Scan(cancellationToken);
        var present = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        if (current.Keys.Any(f => !present.Contains(f)))
        {
            return null;
        }

        var owners = SourceIdOwners(files, current.Values);
        var unchanged = new List<string>();
        var skipped = new List<SkippedSource>();
        foreach (var file in files)
        {
            current.TryGetValue(file.RelativePath, out var summary);
            var owner = owners[SourceReader.IdFor(file.RelativePath)];
            var (read, error) = string.Equals(owner, file.RelativePath, StringComparison.Ordinal)
                ? await ReadIfChangedAsync(file, summary, cancellationToken)
                : (null, SameIdReason(owner));
            if (read is not null)
            {
                return null;
            }

            if (error is not null)
            {
                skipped.Add(new SkippedSource(file.RelativePath, error));
            }
            else
            {
                unchanged.Add(file.RelativePath);
            }
        }

        var claims = stored.Sum(s => s.ClaimCount);
        return new ReloadResult(true, generation, [], [], [], unchanged, skipped, claims, claims, clock.Elapsed);
    }

    private static string SameIdReason(string owner) => $"same source id as {owner} (the file name without its extension); rename one of them";

    // Files that differ only in extension ("a.txt", "a.md") share a source id; one generation can hold only one of them.
    // The one already stored keeps the id, else the first in scan order; the others are skipped with a reason.
    private static Dictionary<string, string> SourceIdOwners(IReadOnlyList<SourceFile> files, IEnumerable<SourceSummary> stored)
    {
        var present = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var owners = stored.Where(s => present.Contains(s.File)).ToDictionary(s => s.Id, s => s.File, StringComparer.Ordinal);
        foreach (var file in files)
        {
            owners.TryAdd(SourceReader.IdFor(file.RelativePath), file.RelativePath);
        }

        return owners;
    }

    private async Task<(ExtractedSource? Extracted, string? Error)> ReadOneAsync(SourceFile file, SourceSummary? stored, CancellationToken cancellationToken)
    {
        try
        {
            var (read, error) = await ReadIfChangedAsync(file, stored, cancellationToken);
            if (read is null)
            {
                return (null, error);
            }

            var claims = extractor.Extract(read.Document!, read.Blocks);
            return (new ExtractedSource(read.Document!, claims), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A document that breaks reading or extraction is this file's problem, not the whole ingest's.
            ReloadLog.FileFailed(logger, file.RelativePath, ex);
            return (null, "could not be processed (" + ex.GetType().Name + ")");
        }
    }

    /// <summary>
    /// The steps before extraction, shared by the ingest and <see cref="UnchangedAsync"/> so both judge a file alike:
    /// (null, null) when its content hash is the stored one, (null, reason) when it is skipped, else the document read.
    /// </summary>
    private async Task<(SourceReadResult? Read, string? Error)> ReadIfChangedAsync(SourceFile file, SourceSummary? stored, CancellationToken cancellationToken)
    {
        if (file.Rejection is not null)
        {
            return (null, file.Rejection);
        }

        try
        {
            var (bytes, error) = await SourceFileBytes.ReadAsync(file.FullPath, options.Value.MaxFileBytes, cancellationToken);
            if (bytes is null)
            {
                return (null, error);
            }

            if (stored is not null && string.Equals(stored.ContentHash, SourceHash.Of(bytes), StringComparison.Ordinal))
            {
                return (null, null);
            }

            var read = reader.Read(file.RelativePath, bytes, options.Value.MaxFileBytes);
            return read.Document is null ? (null, read.Error) : (read, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, "unreadable: " + ex.Message);
        }
    }
}
