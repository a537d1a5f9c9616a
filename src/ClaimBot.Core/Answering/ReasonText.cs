using System.Globalization;
using ClaimBot.Core.Claims;
using ClaimBot.Core.Extraction;
using ClaimBot.Core.Judging;

namespace ClaimBot.Core.Answering;

/// <summary>Renders the judge's reason codes in the reply's language, naming the right speaker or outlet.</summary>
public sealed class ReasonText(LexiconCatalog lexicons, EvidenceText evidenceText)
{
    private const int QuoteLength = 120;

    /// <summary>"Zarif says the opposite: 'We have not invited them'", in the reply language's template for the reason.</summary>
    public string For(ReasonCode reason, Claim claim, SourceRef source, string language)
    {
        var lexicon = lexicons.For(language);
        var template = lexicon.Template(Key(reason));
        return string.Format(CultureInfo.InvariantCulture, template, Who(claim, source), "“" + Shorten(Quote(claim)) + "”");
    }

    /// <summary>A reason without a claim (compare groups): "different numbers" in the reply language.</summary>
    public string Brief(ReasonCode reason, string language) => lexicons.For(language).Template(Key(reason) + "Short");

    /// <summary>A person speaker's surname ("Zarif"), a speaker that is a group as named ("Rusland, Tyrkiet og Iran"), else the outlet, else the source's title or file.</summary>
    public static string Who(Claim claim, SourceRef source)
    {
        if (claim.Speaker is not { } speaker)
        {
            return source.Outlet ?? source.Title ?? source.File;
        }

        var parts = speaker.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var isPerson = parts.Length is >= 2 and <= 4 && !speaker.Name.Contains(',', StringComparison.Ordinal) && parts.All(p => char.IsUpper(p[0]));
        return isPerson ? parts[^1] : speaker.Name;
    }

    private string Quote(Claim claim) => claim.Speaker is null || EvidenceText.NamesSpeaker(claim) ? EvidenceText.Core(claim.Text) : evidenceText.Spoken(claim.Text, claim.Language);

    private static string Shorten(string quote)
    {
        if (quote.Length <= QuoteLength)
        {
            return quote;
        }

        var cut = quote.LastIndexOf(' ', QuoteLength);
        return quote[..(cut > 0 ? cut : QuoteLength)] + "…";
    }

    private static string Key(ReasonCode reason) => reason switch
    {
        ReasonCode.Entails => "reasonEntails",
        ReasonCode.Negation => "reasonNegation",
        ReasonCode.Opposite => "reasonOpposite",
        ReasonCode.DifferentNumber => "reasonNumber",
        ReasonCode.DifferentDate => "reasonDate",
        ReasonCode.DifferentPlace => "reasonPlace",
        ReasonCode.DifferentActor => "reasonActor",
        ReasonCode.OtherSpeaker => "reasonSpeaker",
        _ => "reasonRelated",
    };
}
