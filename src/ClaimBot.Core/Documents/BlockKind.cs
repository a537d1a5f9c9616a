namespace ClaimBot.Core.Documents;

/// <summary>What a paragraph of a document is.</summary>
public enum BlockKind
{
    Body,
    Title,
    Metadata,
    Fragment,
    Boilerplate,
}
