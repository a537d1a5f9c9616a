namespace ClaimBot.Core.Documents;

/// <summary>A read source: the document and its classified paragraphs, or a one-line error naming the problem.</summary>
public sealed record SourceReadResult(SourceDocument? Document, IReadOnlyList<TextBlock> Blocks, string? Error)
{
    public static SourceReadResult Failed(string error) => new(null, [], error);
}
