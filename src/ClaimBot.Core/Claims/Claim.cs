namespace ClaimBot.Core.Claims;

/// <summary>One factual statement extracted from a source, with its exact text and character span in the source text.</summary>
/// <param name="Id">Stable id "{sourceId}#{ordinal}".</param>
/// <param name="Start">Start offset (inclusive) in <see cref="Documents.SourceDocument.Text"/>.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="IsQuote">A direct quotation (quotes, guillemets, or the Scandinavian leading dash).</param>
/// <param name="IsNegated">The statement is negated ("We have not invited them").</param>
/// <param name="IsHedged">The statement is hedged ("may", "reportedly", "angiveligt").</param>
/// <param name="Dates">ISO dates ("YYYY-MM-DD", "YYYY-MM" or "YYYY") normalised against the document date.</param>
/// <param name="Numbers">Numbers the statement mentions, normalised (e.g. "2254", "3").</param>
/// <param name="Terms">Normalised search terms (stems, entity ids, dates) that the store indexes.</param>
public sealed record Claim(
    string Id,
    string SourceId,
    string Text,
    int Start,
    int End,
    string Language,
    Speaker? Speaker,
    bool IsQuote,
    bool IsNegated,
    bool IsHedged,
    IReadOnlyList<EntityRef> Entities,
    IReadOnlyList<string> Dates,
    IReadOnlyList<string> Numbers,
    string Terms);
