using ClaimBot.Core.Documents;

namespace ClaimBot.Core.Claims;

/// <summary>What a new generation contains relative to the current one.</summary>
/// <param name="KeepSourceIds">Sources of the current generation carried over unchanged (their claims are not rewritten).</param>
/// <param name="Write">Added or changed sources with their freshly extracted claims.</param>
public sealed record GenerationChange(
    IReadOnlyCollection<string> KeepSourceIds,
    IReadOnlyList<ExtractedSource> Write);
