namespace ClaimBot.Core.Retrieval;

/// <summary>A word of a text and where it is.</summary>
public readonly record struct Token(string Text, int Start, int End)
{
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public bool IsNumber => Text.Length > 0 && Text.All(c => char.IsDigit(c) || c is '.' or ',');

    /// <summary>The word without a possessive ending ("Iran's" → "Iran", "FN's" → "FN").</summary>
    public string WithoutPossessive =>
        Text.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || Text.EndsWith("’s", StringComparison.OrdinalIgnoreCase)
            ? Text[..^2]
            : Text;
}
