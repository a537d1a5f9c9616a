namespace ClaimBot.Core.Documents;

/// <summary>Title, date, URL and outlet read off a document's text.</summary>
public sealed record DocumentMetadata(string? Title, string? Date, string? Url, string? Outlet);
