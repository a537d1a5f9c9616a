namespace ClaimBot.Core.Documents;

/// <summary>A source document as read from the sources folder: cleaned main text plus the metadata the text gives.</summary>
/// <param name="Id">Stable id: the path under the sources folder without extension, with '/' separators.</param>
/// <param name="File">Path relative to the sources folder.</param>
/// <param name="Title">Headline, when the text gives one.</param>
/// <param name="Date">Publication date as ISO "YYYY-MM-DD", "YYYY-MM" or "YYYY", when the text gives one.</param>
/// <param name="Language">ISO 639-1 code ("da", "en", "nb", "sv", "de", "fr") or "und".</param>
/// <param name="Url">Canonical URL, when the text gives one.</param>
/// <param name="Outlet">Outlet or agency ("IANS", "Reuters"), when the text gives one.</param>
/// <param name="ContentHash">SHA-256 (hex) of the raw file bytes; drives incremental reloads.</param>
/// <param name="Text">The cleaned main text that claim spans point into.</param>
public sealed record SourceDocument(
    string Id,
    string File,
    string? Title,
    string? Date,
    string Language,
    string? Url,
    string? Outlet,
    string ContentHash,
    string Text);
