namespace ClaimBot.Core.Phrasing;

/// <summary>Text a reply puts in quotation marks, and the index of the sentence it sits in.</summary>
internal sealed record ReplyQuote(string Text, int Sentence);
