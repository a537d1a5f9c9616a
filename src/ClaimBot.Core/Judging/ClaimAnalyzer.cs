using ClaimBot.Core.Claims;
using ClaimBot.Core.Extraction;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Judging;

/// <summary>Analyses a stored claim for the judge: its words, entity positions, negation cues and first-person words, and the speaker's entities.</summary>
public sealed class ClaimAnalyzer(WordAnalyzer words, EntityGazetteer gazetteer, LexiconCatalog lexicons, DateNormalizer dateNormalizer)
{
    /// <param name="indexHolds">Whether the claim index holds a term: a capitalised first word the sources write as a
    /// name is read as that name (<see cref="WordAnalyzer.NameFirstWordAsSourcesDo"/>); null reads it by the dictionary alone.</param>
    public AnalyzedClaim Analyze(Claim claim, Func<string, bool>? indexHolds = null)
    {
        var lexicon = lexicons.For(claim.Language);
        var tokens = WordTokenizer.Tokenize(claim.Text);
        var analyzed = words.AnalyzeWithPhrases(tokens, claim.Language);
        if (indexHolds is not null)
        {
            words.NameFirstWordAsSourcesDo(analyzed, tokens, claim.Language, indexHolds);
        }

        var entityAt = new string?[tokens.Count];
        var demonymAt = new HashSet<int>();
        foreach (var mention in gazetteer.Match(tokens, claim.Language))
        {
            Array.Fill(entityAt, mention.Entity.Id, mention.FirstToken, mention.EndToken - mention.FirstToken);
            if (mention.IsAdjective)
            {
                demonymAt.UnionWith(Enumerable.Range(mention.FirstToken, mention.EndToken - mention.FirstToken));
            }
        }

        var numberAt = new string?[tokens.Count];
        // A day of a date is no quantity, with a year or without one ("from 10 April to 20 May 1814").
        var dates = claim.Dates.Select(PartialDate.Parse).OfType<PartialDate>().Concat(dateNormalizer.Find(claim.Text, claim.Language, null, yearless: true)).ToList();
        foreach (var number in ClaimFeatures.NumberMentions(claim.Text, tokens, lexicon, dates))
        {
            Array.Fill(numberAt, number.Value, number.FirstToken, number.LastToken - number.FirstToken + 1);
        }

        var negations = new List<int>();
        var hedges = new List<int>();
        var firstPerson = new List<int>();
        var hedgeCues = lexicon.HedgeCues.Select(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            var lower = tokens[i].Text.ToLowerInvariant();
            if (lexicon.NegationCues.Contains(lower) || lower.EndsWith("n't", StringComparison.Ordinal) || lower.EndsWith("n’t", StringComparison.Ordinal))
            {
                negations.Add(i);
            }

            if (hedgeCues.Any(cue => WordTokenizer.PhraseAt(tokens, i, cue)))
            {
                hedges.Add(i);
            }

            if (lexicon.Pronouns.FirstPerson.Contains(lower))
            {
                firstPerson.Add(i);
            }
        }

        var (speakerEntities, speakerWords) = claim.Speaker is { } speaker ? Describe(speaker.Name + " " + speaker.Role, claim.Language) : ([], []);
        var personAt = People(claim, tokens);
        return new AnalyzedClaim(claim, analyzed, entityAt, numberAt, negations, hedges, firstPerson, speakerEntities.Distinct().ToList(), speakerWords)
        {
            Places = PlaceMentions.Of(tokens, lexicon, claim.Language),
            DemonymAt = demonymAt,
            PersonAt = personAt,
            RoleTermsAt = RoleTerms(claim, personAt),
            PersonNameKeys = claim.Entities.Where(e => e.Type == "person").DistinctBy(e => e.Id)
                .ToDictionary(e => e.Id, e => (IReadOnlySet<string>)NameKey.PartsOf(e.Name), StringComparer.Ordinal),
        };
    }

    // What a description of someone (a speaker's name and role, a person's role) names: its gazetteer entities and its
    // content words' stems ("Iranian Foreign Minister" → country:ir; iranian, foreign, minist).
    private (List<string> EntityIds, List<string> Stems) Describe(string text, string language)
    {
        var tokens = WordTokenizer.Tokenize(text);
        return (gazetteer.Match(tokens, language).Select(m => m.Entity.Id).ToList(),
            words.Analyze(tokens, language).Where(w => w.IsContent).Select(w => w.Stem).ToList());
    }

    private static Dictionary<int, string> People(Claim claim, IReadOnlyList<Token> tokens)
    {
        var result = new Dictionary<int, string>();
        foreach (var person in claim.Entities.Where(e => e.Type == "person"))
        {
            var parts = person.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < tokens.Count; i++)
            {
                if (parts.Contains(tokens[i].WithoutPossessive, StringComparer.OrdinalIgnoreCase))
                {
                    result.TryAdd(i, person.Id);
                }
            }
        }

        return result;
    }

    private Dictionary<int, IReadOnlySet<string>> RoleTerms(Claim claim, Dictionary<int, string> personAt)
    {
        var result = new Dictionary<int, IReadOnlySet<string>>();
        foreach (var person in claim.Entities.Where(e => e.Type == "person" && !string.IsNullOrWhiteSpace(e.Role)))
        {
            var (entities, stems) = Describe(person.Role!, claim.Language);
            var terms = stems.Concat(entities.Select(SearchTerms.Entity)).ToHashSet(StringComparer.Ordinal);
            foreach (var (at, _) in personAt.Where(p => p.Value == person.Id))
            {
                result[at] = terms;
            }
        }

        return result;
    }
}
