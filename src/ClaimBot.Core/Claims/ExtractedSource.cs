using ClaimBot.Core.Documents;

namespace ClaimBot.Core.Claims;

/// <summary>A source document with the claims extracted from it.</summary>
public sealed record ExtractedSource(SourceDocument Document, IReadOnlyList<Claim> Claims);
