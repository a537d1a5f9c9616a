using System.Net;
using System.Text;
using SmartReader;

namespace ClaimBot.Core.Documents;

/// <summary>Main text and metadata of an HTML page, through SmartReader (a port of Mozilla's Readability).</summary>
public static class HtmlMainText
{
    /// <summary>Title, date, outlet and URL that the page's own markup gives.</summary>
    public sealed record Page(string Text, string? Title, DateTime? Published, string? SiteName, string? Url);

    public static bool LooksLikeHtml(string file, string text)
    {
        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (extension is ".html" or ".htm" or ".xhtml")
        {
            return true;
        }

        var head = text.AsSpan().TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    public static Page Extract(string file, string html)
    {
        var canonical = CanonicalUrl(html);
        var reader = new Reader(canonical ?? "https://localhost/" + Uri.EscapeDataString(file), html);
        var article = reader.GetArticle();
        var text = article.IsReadable ? article.TextContent : StripTags(html);
        return new Page(Paragraphs(text), NullIfBlank(article.Title), article.PublicationDate, NullIfBlank(article.SiteName), canonical);
    }

    private static string? CanonicalUrl(string html)
    {
        var match = System.Text.RegularExpressions.Regex.Match(
            html, "<link[^>]+rel=[\"']canonical[\"'][^>]*href=[\"'](?<u>https?://[^\"']+)[\"']|<meta[^>]+property=[\"']og:url[\"'][^>]*content=[\"'](?<u>https?://[^\"']+)[\"']",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        return match.Success ? WebUtility.HtmlDecode(match.Groups["u"].Value) : null;
    }

    // When Readability finds no article (short pages), the page's chrome (head, menus, header, footer, asides, forms)
    // still must not reach the text: the title comes from the page's metadata instead.
    private static string StripTags(string html) =>
        WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<(script|style|head|nav|header|footer|aside|form|noscript)\\b[^>]*>.*?</\\1\\s*>|<!--.*?-->|<[^>]+>", "\n",
            System.Text.RegularExpressions.RegexOptions.Singleline | System.Text.RegularExpressions.RegexOptions.IgnoreCase));

    // Readability's text keeps layout white space; one paragraph per line is what the rest of the pipeline reads.
    private static string Paragraphs(string text)
    {
        var builder = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            var trimmed = System.Text.RegularExpressions.Regex.Replace(line, @"\s+", " ").Trim();
            if (trimmed.Length > 0)
            {
                builder.Append(trimmed).Append("\n\n");
            }
        }

        return builder.ToString().TrimEnd();
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
