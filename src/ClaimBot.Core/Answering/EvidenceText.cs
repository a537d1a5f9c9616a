using ClaimBot.Core.Claims;
using ClaimBot.Core.Extraction;

namespace ClaimBot.Core.Answering;

/// <summary>How the offline phrasing presents a cited claim: who says it, the exact source sentence in quotation marks, and its language when it differs from the reply's.</summary>
public sealed class EvidenceText(LexiconCatalog lexicons)
{
    public string Present(Claim claim, SourceRef source, string replyLanguage)
    {
        var lexicon = lexicons.For(replyLanguage);
        var lead = claim.Speaker is { } speaker
            ? string.Format(System.Globalization.CultureInfo.InvariantCulture, lexicon.Template("according"), SpeakerLabel(speaker, replyLanguage))
            : source.Outlet;
        var quote = "“" + Core(claim.Text) + "”";
        var marker = claim.Language != replyLanguage && claim.Language != "und"
            ? " (" + string.Format(System.Globalization.CultureInfo.InvariantCulture, lexicon.Template("inLanguage"), lexicons.LanguageName(claim.Language, replyLanguage)) + ")"
            : "";
        return lead is null ? quote + marker : lead + ": " + quote + marker;
    }

    public string SpeakerLabel(Speaker speaker, string replyLanguage) =>
        speaker.Role is null
            ? speaker.Name
            : string.Format(System.Globalization.CultureInfo.InvariantCulture, lexicons.For(replyLanguage).Template("speakerRole"), speaker.Name, speaker.Role);

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
