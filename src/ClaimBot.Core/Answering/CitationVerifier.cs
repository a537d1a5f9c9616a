using ClaimBot.Core.Claims;
using ClaimBot.Core.Extraction;
using ClaimBot.Core.Phrasing;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Answering;

/// <summary>
/// Checks every citation mechanically: a cited claim must share the sentence's key facts (entities by id, names,
/// numbers, dates) or, for a sentence without any, its content words. Citations that do not support their sentence
/// are dropped, and a sentence left without a citation is dropped.
/// </summary>
public sealed class CitationVerifier(EntityGazetteer gazetteer, TermBuilder terms, DateNormalizer dates, LexiconCatalog lexicons)
{
    public List<DraftSentence> Verify(IReadOnlyList<DraftSentence> draft, IReadOnlyList<Claim> cited, string language)
    {
        var verified = new List<DraftSentence>();
        foreach (var sentence in draft)
        {
            var supported = sentence.Citations.Where(n => n >= 1 && n <= cited.Count && Supports(cited[n - 1], sentence.Text, language)).ToList();
            if (supported.Count > 0)
            {
                verified.Add(sentence with { Citations = supported });
            }
        }

        return verified;
    }

    public bool Supports(Claim claim, string sentence, string language)
    {
        // A trailing "(in Danish)" marks the source's language: metadata about the citation, not a fact it must support.
        var body = sentence.TrimEnd();
        if (body.EndsWith(')') && body.LastIndexOf(" (", StringComparison.Ordinal) is var open and > 0 && body[..open].TrimEnd().EndsWith('”'))
        {
            sentence = body[..open];
        }

        var tokens = WordTokenizer.Tokenize(sentence);
        var claimTerms = ClaimTerms.Of(claim);
        var entityIds = gazetteer.Match(tokens, language).Select(m => SearchTerms.Entity(m.Entity.Id)).ToList();
        var numbers = ClaimFeatures.Numbers(tokens, lexicons.For(language), []).Select(SearchTerms.Number).ToList();
        var dateTerms = dates.Find(sentence, language, null).Select(d => "d:" + d.ToIso()).ToList();
        var names = tokens.Where(t => t.IsCapitalized && t.Start > 0 && !terms.Analyze(t, language).IsStopWord)
            .Select(t => terms.Analyze(t, claim.Language).Stem).ToList();
        var facts = entityIds.Concat(numbers).Concat(dateTerms).Concat(names).ToList();
        if (facts.Count > 0)
        {
            return facts.Count(claimTerms.Contains) * 2 >= facts.Count;
        }

        var words = terms.Analyze(tokens, language).Where(w => !w.IsStopWord).SelectMany(w => w.All);
        return words.Any(claimTerms.Contains);
    }
}
