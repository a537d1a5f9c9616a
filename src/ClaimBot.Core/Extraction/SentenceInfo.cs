namespace ClaimBot.Core.Extraction;

/// <summary>A sentence of a document: span, paragraph, and the quotation ranges of its paragraph (document offsets).</summary>
internal sealed record SentenceInfo(int Start, int End, int Block, bool IsTitle, bool InDashQuote, IReadOnlyList<(int Start, int End)> Quotes)
{
    /// <summary>Quotation ranges relative to the sentence start.</summary>
    public List<(int Start, int End)> LocalQuotes() =>
        Quotes.Where(q => q.End > Start && q.Start < End).Select(q => (Math.Max(0, q.Start - Start), Math.Min(End, q.End) - Start)).ToList();

    public bool FullyQuoted => InDashQuote || Quotes.Any(q => q.Start <= Start + 1 && q.End >= End - 2);
}
