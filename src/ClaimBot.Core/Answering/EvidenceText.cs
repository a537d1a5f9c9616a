using ClaimBot.Core.Claims;
using ClaimBot.Core.Extraction;

namespace ClaimBot.Core.Answering;

/// <summary>How the offline phrasing presents a cited claim: who says it, the exact source sentence in quotation marks, and its language when it differs from the reply's.</summary>
public sealed class EvidenceText(LexiconCatalog lexicons)
{
    /// <summary>
    /// A cited claim as the offline reply shows it: the exact sentence in quotation marks, with its speaker once. When the
    /// sentence names its speaker itself ("…, Zarif said") it is quoted whole; otherwise (a quote whose attribution is
    /// in another sentence) the speaker's name leads it. A claim in another language than the reply is marked with its language.
    /// </summary>
    public string Present(Claim claim, SourceRef source, string replyLanguage)
    {
        var lexicon = lexicons.For(replyLanguage);
        var namesItself = claim.Speaker is null || NamesSpeaker(claim);
        var quote = "“" + (namesItself ? Core(claim.Text) : Spoken(claim.Text, claim.Language)) + "”";
        var marker = claim.Language != replyLanguage && claim.Language != "und"
            ? " (" + string.Format(System.Globalization.CultureInfo.InvariantCulture, lexicon.Template("inLanguage"), lexicons.LanguageName(claim.Language, replyLanguage)) + ")"
            : "";
        var lead = namesItself ? source.Outlet : claim.Speaker!.Name;
        return lead is null ? quote + marker : string.Format(System.Globalization.CultureInfo.InvariantCulture, lexicon.Template("quoteIntro"), lead) + " " + quote + marker;
    }

    /// <summary>True when the claim's own text names its speaker (any part of the name).</summary>
    public static bool NamesSpeaker(Claim claim) =>
        claim.Speaker is { } speaker && speaker.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(part => part.Length > 2 && claim.Text.Contains(part, StringComparison.OrdinalIgnoreCase));

    public string SpeakerLabel(Speaker speaker, string replyLanguage) =>
        speaker.Role is null
            ? speaker.Name
            : string.Format(System.Globalization.CultureInfo.InvariantCulture, lexicons.For(replyLanguage).Template("speakerRole"), speaker.Name, speaker.Role);

    /// <summary>
    /// What the speaker said, without the attribution around it: "We have not invited them" from
    /// "\"We have not invited them,\" Zarif was quoted as saying", "Intet er klart endnu" from "- Intet er klart endnu, sagde X".
    /// </summary>
    public string Spoken(string text, string language)
    {
        var trimmed = text.Trim();
        var quotes = QuoteScanner.Find(trimmed);
        if (QuoteScanner.StartsWithQuoteDash(trimmed))
        {
            // The dash quote runs to the comma before its reporting verb ("…, sagde X til Y").
            var verbs = lexicons.For(language).ReportingVerbs.Concat(lexicons.For(language).ImpersonalAttributions).ToList();
            for (var comma = trimmed.IndexOf(", ", StringComparison.Ordinal); comma > 2; comma = trimmed.IndexOf(", ", comma + 2, StringComparison.Ordinal))
            {
                var rest = trimmed[(comma + 2)..].ToLowerInvariant();
                if (verbs.Any(v => rest.StartsWith(v + " ", StringComparison.Ordinal) || rest.StartsWith(v + ".", StringComparison.Ordinal)))
                {
                    return trimmed[2..comma].Trim();
                }
            }

            return Core(trimmed);
        }

        if (trimmed.Length > 2 && trimmed[0] is '"' or '“' or '«' or '„' && quotes.Count > 0 && quotes[0].Start == 1 && quotes[0].End < trimmed.Length)
        {
            return trimmed[1..quotes[0].End].TrimEnd(',', ' ');
        }

        // A quotation opened in an earlier sentence closes in this one: the text before the closing mark is the quote.
        var close = trimmed.IndexOfAny(['"', '”', '»']);
        if (quotes.Count == 1 && quotes[0].Start == close + 1 && close > trimmed.Length / 3)
        {
            return trimmed[..close].TrimEnd(',', ' ');
        }

        var longest = quotes.OrderByDescending(q => q.End - q.Start).FirstOrDefault();
        return longest.End - longest.Start > trimmed.Length / 2 ? trimmed[longest.Start..longest.End].TrimEnd(',', '.', ' ') : Core(trimmed);
    }

    /// <summary>The claim sentence without a quotation dash, wrapping quotes or final full stop.</summary>
    public static string Core(string text)
    {
        var core = text.Trim();
        if (QuoteScanner.StartsWithQuoteDash(core))
        {
            core = core[2..].TrimStart();
        }

        core = core.TrimEnd('.', ' ');
        if (core.Length > 1 && core[0] is '"' or '“' && core[^1] is '"' or '”' && core.Count(c => c is '"' or '“' or '”') == 2)
        {
            core = core[1..^1];
        }

        return core.Replace('"', '\'').Replace('“', '‘').Replace('”', '’');
    }
}
