using System.Text;
using System.Text.RegularExpressions;

namespace ClaimBot.Core.Documents;

/// <summary>
/// Plain text of a Markdown document, so headings, emphasis and link syntax do not end up in claims. Line-based on
/// purpose: no Markdown package is referenced by Core, and news Markdown uses only the common inline syntax.
/// </summary>
public static partial class MarkdownText
{
    public static bool IsMarkdown(string file) =>
        Path.GetExtension(file).ToLowerInvariant() is ".md" or ".markdown" or ".mdown";

    public static string ToPlain(string markdown)
    {
        var builder = new StringBuilder(markdown.Length);
        var inFence = false;
        foreach (var raw in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (Fence().IsMatch(raw))
            {
                inFence = !inFence;
                builder.Append('\n');
                continue;
            }

            if (inFence || Rule().IsMatch(raw))
            {
                builder.Append('\n');
                continue;
            }

            builder.Append(Inline(Block().Replace(raw, ""))).Append('\n');
        }

        return builder.ToString().TrimEnd('\n');
    }

    private static string Inline(string line)
    {
        line = Image().Replace(line, "");
        line = Link().Replace(line, "${text}");
        line = AutoLink().Replace(line, "${url}");
        line = Code().Replace(line, "${code}");
        line = Strong().Replace(line, "${text}");
        line = Emphasis().Replace(line, "${text}");
        return ClosingHashes().Replace(line, "");
    }

    [GeneratedRegex(@"^\s*(```|~~~)")]
    private static partial Regex Fence();

    // Thematic breaks and setext underlines.
    [GeneratedRegex(@"^\s*([-*_=])(\s*\1){2,}\s*$")]
    private static partial Regex Rule();

    // Heading and blockquote markers, and "*", "+" and numbered list bullets. A leading "- " is kept: in Scandinavian
    // news it opens a quotation, which the extractor needs to see.
    [GeneratedRegex(@"^\s{0,3}(#{1,6}\s+|(>\s?)+|[*+]\s+|\d{1,3}[.)]\s+)")]
    private static partial Regex Block();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"<(?<url>https?://[^>\s]+)>")]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"`(?<code>[^`]+)`")]
    private static partial Regex Code();

    [GeneratedRegex(@"(\*\*|__)(?<text>\S(.*?\S)?)\1")]
    private static partial Regex Strong();

    [GeneratedRegex(@"(?<![\p{L}\p{N}*_])([*_])(?<text>\S(.*?\S)?)\1(?![\p{L}\p{N}*_])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\s+#+\s*$")]
    private static partial Regex ClosingHashes();
}
