namespace ClaimBot.Core.Extraction;

/// <summary>A number a text states, normalised ("220.000" → "220000", "50,21" → "50.21", "seks millioner" → "6000000"), and the tokens it spans.</summary>
public sealed record NumberMention(string Value, int FirstToken, int LastToken);
