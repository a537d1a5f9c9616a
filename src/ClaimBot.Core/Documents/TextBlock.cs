namespace ClaimBot.Core.Documents;

/// <summary>A paragraph (one line or blank-line-separated run) of a document's text, with its classification.</summary>
public sealed record TextBlock(int Start, int End, BlockKind Kind)
{
    public string Of(string text) => text[Start..End];
}
