using System.Text.RegularExpressions;
using ClaimBot.Core.Extraction;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Documents;

/// <summary>
/// Reads title, publication date, URL and outlet or agency from a document's leading lines and sign-off
/// ("date 2017-01 …", "Last Updated : Jan 19 2017 | 4:32 PM IST", "IANS Moscow", "--IANS"), and marks those lines
/// as metadata so they do not become claims.
/// </summary>
public sealed partial class MetadataReader(DateNormalizer dates)
{
    private const int TitleMaxWords = 20;
    private const int HeadBlocks = 6;

    public DocumentMetadata Read(string text, List<TextBlock> blocks, string language)
    {
        string? date = null;
        string? url = null;
        string? outlet = null;
        string? title = null;

        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var content = block.Of(text);
            var prefix = DatePrefix().Match(content);
            if (prefix.Success)
            {
                date ??= prefix.Groups["d"].Value;
                var bodyStart = block.Start + prefix.Length;
                blocks[i] = block with { Start = bodyStart };
                blocks.Insert(i, new TextBlock(block.Start, bodyStart, BlockKind.Metadata));
                continue;
            }

            if (block.Kind == BlockKind.Boilerplate && !StampLine().IsMatch(content))
            {
                continue;
            }

            if (StampLine().IsMatch(content))
            {
                if (block.Kind != BlockKind.Boilerplate)
                {
                    date ??= dates.FirstAbsolute(content, language)?.ToIso();
                    blocks[i] = block with { Kind = BlockKind.Metadata };
                }

                continue;
            }

            if (Url().Match(content) is { Success: true } link && WordTokenizer.Tokenize(content.Replace(link.Value, "", StringComparison.Ordinal)).Count <= 3)
            {
                url ??= link.Value;
                blocks[i] = block with { Kind = BlockKind.Metadata };
                continue;
            }

            if (i < HeadBlocks && AgencyOf(content) is { } agency)
            {
                outlet ??= agency;
                blocks[i] = block with { Kind = BlockKind.Metadata };
                continue;
            }

            if (title is null && i < HeadBlocks && block.Kind is BlockKind.Body or BlockKind.Fragment && LooksLikeTitle(content))
            {
                title = content.Trim();
                blocks[i] = block with { Kind = BlockKind.Title };
            }
        }

        outlet ??= SignOffAgency(text, blocks);
        date ??= blocks.Where(b => StampLine().IsMatch(b.Of(text))).Select(b => dates.FirstAbsolute(b.Of(text), language)?.ToIso()).FirstOrDefault(d => d is not null);
        return new DocumentMetadata(title, date, url, outlet);
    }

    // A dateline, recognised by its shape rather than a list of agencies: a short line that is a place and an agency
    // in parentheses ("MOSCOW (Reuters)"), or led by an upper-case agency name ("IANS Moscow", "NTB Oslo").
    private static string? AgencyOf(string content)
    {
        var words = WordTokenizer.Tokenize(content);
        if (words.Count is 0 or > 4 || content.TrimEnd().EndsWith('.'))
        {
            return null;
        }

        if (Dateline().Match(content.Trim()) is { Success: true } dateline)
        {
            return dateline.Groups["a"].Value.Trim();
        }

        var first = words[0].Text;
        return first.Length is >= 2 and <= 6 && first.All(char.IsUpper) && words.Skip(1).All(w => w.IsCapitalized) ? first : null;
    }

    private static string? SignOffAgency(string text, List<TextBlock> blocks) =>
        blocks.Select(b => SignOffLine.Match(b.Of(text))).FirstOrDefault(m => m.Success)?.Groups["a"].Value;

    private static bool LooksLikeTitle(string content)
    {
        var trimmed = content.Trim();
        var words = WordTokenizer.Tokenize(trimmed).Count;
        return words is >= 3 and <= TitleMaxWords && !trimmed.EndsWith('.') && !trimmed.EndsWith(':') && char.IsUpper(trimmed[0]);
    }

    [GeneratedRegex(@"^\s*(date|dato|datum|published|publiceret|udgivet|publisert|publicerad)\s*:?\s*(?<d>\d{4}-\d{2}(-\d{2})?)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex DatePrefix();

    [GeneratedRegex(@"^\s*(last\s+updated|updated|first\s+published|published|posted|opdateret|publiceret|udgivet|oppdatert|publisert|uppdaterad|publicerad|aktualisiert|veröffentlicht|mis\s+à\s+jour|publié)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StampLine();

    [GeneratedRegex(@"https?://[^\s<>""]+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"^\p{Lu}[\p{L}\-]+(\s\p{Lu}[\p{L}\-]+)?\s*\((?<a>\p{Lu}[\p{L}\s\-]{1,30})\)\s*(-|—|–)?\s*$")]
    private static partial Regex Dateline();

}
