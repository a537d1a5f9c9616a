using System.Globalization;
using ClaimBot.Core.Extraction;
using ClaimBot.Core.Judging;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Answering;

/// <summary>
/// Finds the answer phrase in the claim that answers a question, in the claim's own words: for "who", "where" and
/// "which organisation" the names the question does not contain (a coordinated list kept whole: "Russia, Turkey and
/// Iran"), for "how many" a number and its unit ("308 points"), for "when" the claim's date, written the question's way.
/// Null when the question type has no phrase of its own (what, why, how) or the claim holds none.
/// </summary>
public sealed class AnswerPhraseFinder(LexiconCatalog lexicons, ConceptLexicon concepts)
{
    private const int MaxPhraseWords = 12;

    public string? Find(AnalyzedQuery query, Judgement judgement)
    {
        var claim = judgement.Analysis.Claim;
        var aligned = judgement.Analysis.Alignments.Where(a => a.ClaimWord >= 0).Select(a => a.ClaimWord).ToHashSet();
        var queryEntities = query.EntityIds.ToHashSet(StringComparer.Ordinal);
        // "Who is Bernard Aronson?": what the claim says the named speaker is (the role from "X, the US envoy" or
        // "X, som är USA:s sändebud"), with the name.
        if (query.Type == QuestionType.Who && claim.Claim.Speaker is { Role: { } role } named && AsksWhatSomeoneIs(query)
            && NameKey.PartsOf(named.Name) is var parts && query.Words.Any(w => w.Kind == WordKind.Name && parts.Contains(NameKey.Of(w.Stem))))
        {
            return $"{named.Name}: {role}";
        }

        // "Who said …", "Which agency reported …": the answer is who the claim is attributed to.
        // An organisation is not answered by a person ("Which news agency reported …" is not "Mohammad Javad Zarif").
        if (query.Expected is AnswerKind.Person or AnswerKind.Organisation && claim.Claim.Speaker is { } speaker
            && query.Words.Any(w => lexicons.For(query.Language).ReportingVerbs.Contains(w.Token.Text.ToLowerInvariant()))
            && !(query.Expected == AnswerKind.Organisation && claim.Claim.Entities.Any(e => e.Type == "person" && e.Name == speaker.Name)))
        {
            return speaker.Name;
        }

        switch (query.Expected)
        {
            case AnswerKind.Person:
                // In news a "who" is often a state or an organisation ("Who was invited to Astana?" "the US"): when the
                // claim names no person, the entity in the role the question asks about answers.
                return NameSpan(claim, aligned, queryEntities, AnswerKind.Person, null)
                    ?? NameSpan(claim, aligned, queryEntities, AnswerKind.Organisation, AskedRole(query, judgement));
            case AnswerKind.Place or AnswerKind.Organisation:
                return NameSpan(claim, aligned, queryEntities, query.Expected, null);
            case AnswerKind.Number:
                return NumberPhrase(claim, aligned);
            case AnswerKind.Date:
                var known = query.Dates.Select(d => d.ToIso()).ToHashSet(StringComparer.Ordinal);
                var date = claim.Claim.Dates.Select(PartialDate.Parse).OfType<PartialDate>().FirstOrDefault(d => !known.Contains(d.ToIso()));
                return date.Year > 0 ? Render(date, query.Language) : null;
            default:
                return null;
        }
    }

    // The question word is followed by a form of "to be" and the question names someone: "who is/was X", "hvem er X".
    private bool AsksWhatSomeoneIs(AnalyzedQuery query)
    {
        var next = Enumerable.Range(0, query.Words.Count).FirstOrDefault(i => !query.Skipped[i], -1);
        return next >= 0 && lexicons.For(query.Language).Copulas.Contains(query.Words[next].Token.Text.ToLowerInvariant());
    }

    /// <summary>
    /// Where the asked-about party stands in the claim, by word order around the predicate (the first question word the
    /// claim expresses): "who invited …" asks for the actor, before it; "who was invited …" for the one acted on, after
    /// it. Null when the claim does not express the predicate. Word order stands in for a parser, as in the judge.
    /// </summary>
    private (int Predicate, bool After)? AskedRole(AnalyzedQuery query, Judgement judgement)
    {
        if (FeatureExtractor.Predicate(query, judgement.Analysis.Alignments) is not { } predicate)
        {
            return null;
        }

        var at = query.Concepts[predicate.Concept].Word;
        var auxiliaries = lexicons.For(query.Language).PassiveAuxiliaries;
        // "is leading" is no passive: an English -ing form after the auxiliary is the progressive.
        var progressive = query.Language == "en" && query.Words[at].Token.Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        var passive = !progressive && query.Words.Take(at).Any(w => auxiliaries.Contains(w.Token.Text.ToLowerInvariant()));
        return (predicate.ClaimWord, passive);
    }

    // A country or city named (not by its adjective: "Colombian"), or a name after a locative preposition ("in Ulm").
    private static bool IsPlace(AnalyzedClaim claim, int i) =>
        claim.EntityAt[i] is { } entity
            ? !claim.DemonymAt.Contains(i) && claim.Claim.Entities.FirstOrDefault(e => e.Id == entity)?.Type is "country" or "city"
            : claim.Places.Contains(i);

    private string? NameSpan(AnalyzedClaim claim, HashSet<int> aligned, HashSet<string> queryEntities, AnswerKind kind, (int Predicate, bool After)? role)
    {
        var lexicon = lexicons.For(claim.Claim.Language);
        bool IsCommon(int i) => SpeakerParser.IsRoleWord(claim.Words[i].Token.Text, lexicon) || concepts.Knows(claim.Words[i].Lemma, claim.Claim.Language);
        bool IsGiven(int i) => aligned.Contains(i) || (claim.EntityAt[i] is { } e && queryEntities.Contains(e));
        var given = GivenNames(claim, i => IsGiven(i) && !IsCommon(i));
        bool IsAnswerWord(int i)
        {
            var word = claim.Words[i];
            if (IsGiven(i) || given.Contains(i) || !word.IsContent)
            {
                return false;
            }

            // A person is a run of names without countries or other known entities, titles ("Minister") or capitalised
            // common words ("Fisheries") in front; a place is a known country or city or a name after a locative
            // preposition ("in Ulm"), not any name ("Nobel Peace Prize" names no place); an organisation may be a
            // known entity or a name.
            return kind switch
            {
                AnswerKind.Person => word.Kind == WordKind.Name && claim.EntityAt[i] is null,
                AnswerKind.Place => IsPlace(claim, i) || ContinuesPlace(i),
                // An organisation is no person's name ("quoted as saying by the Tasnim news agency": not Zarif).
                _ => (word.Kind == WordKind.Name || claim.EntityAt[i] is not null) && !claim.PersonAt.ContainsKey(i),
            };
        }

        // A name right after a place word of the answer, not after a possessive, continues it ("på Hurdalsjøen Hotell").
        bool ContinuesPlace(int i) =>
            claim.Words[i].Kind == WordKind.Name && i > 0 && claim.Words[i].Token.Start - claim.Words[i - 1].Token.End <= 1
            && claim.Words[i - 1].Token.Text == claim.Words[i - 1].Token.WithoutPossessive && IsAnswerWord(i - 1);

        var spans = new List<(int First, int Last)>();
        for (var i = 0; i < claim.Words.Count; i++)
        {
            if (!IsAnswerWord(i))
            {
                continue;
            }

            var last = i;
            while (last + 1 < claim.Words.Count && IsAnswerWord(last + 1) && claim.Words[last + 1].Token.Start - claim.Words[last].Token.End <= 1)
            {
                last++;
            }

            var from = i;
            while (kind == AnswerKind.Person && from < last && IsCommon(from))
            {
                from++;
            }

            // A person's name has a word no dictionary knows ("Berg"); "Fisheries Minister" alone is no name.
            if (kind != AnswerKind.Person || Enumerable.Range(from, last - from + 1).Any(k => !IsCommon(k)))
            {
                spans.Add((from, last));
            }

            i = last;
        }

        if (spans.Count == 0)
        {
            return null;
        }

        // The span nearest the matched words answers, on the asked role's side of the predicate when that is known;
        // spans joined only by commas and "and" form one list.
        var anchor = aligned.Count == 0 ? 0 : aligned.Average();
        var best = spans.MinBy(s => Math.Abs(((s.First + s.Last) / 2.0) - anchor));
        if (role is { } r && spans.Where(s => r.After ? s.First > r.Predicate : s.Last < r.Predicate).ToList() is { Count: > 0 } onSide)
        {
            best = onSide.MinBy(s => r.After ? s.First - r.Predicate : r.Predicate - s.Last);
        }
        var index = spans.IndexOf(best);
        var (first, lastSpan) = (index, index);
        while (first > 0 && Coordinated(claim, spans[first - 1].Last, spans[first].First))
        {
            first--;
        }

        while (lastSpan + 1 < spans.Count && Coordinated(claim, spans[lastSpan].Last, spans[lastSpan + 1].First))
        {
            lastSpan++;
        }

        var start = claim.Words[spans[first].First].Token.Start;
        var end = claim.Words[spans[lastSpan].Last].Token.End;
        var phrase = claim.Claim.Text[start..end];
        return WordTokenizer.Tokenize(phrase).Count <= MaxPhraseWords ? phrase : claim.Claim.Text[claim.Words[best.First].Token.Start..claim.Words[best.Last].Token.End];
    }

    /// <summary>
    /// The words of every name the question already gives: a name is one unit, so when the question names part of it
    /// ("Newcastle" of "Newcastle United", "Michigan" of "Michigan State University") the rest is no new name that
    /// answers. A name is a run of capitalised words one space apart; <paramref name="givesName"/> says which words
    /// the question gives as a name (a title it matched, "Minister", leaves the name after it free).
    /// </summary>
    private static HashSet<int> GivenNames(AnalyzedClaim claim, Func<int, bool> givesName)
    {
        var given = new HashSet<int>();
        for (var i = 0; i < claim.Words.Count; i++)
        {
            if (claim.Words[i].Kind != WordKind.Name)
            {
                continue;
            }

            var last = i;
            while (last + 1 < claim.Words.Count && claim.Words[last + 1].Kind == WordKind.Name
                && claim.Words[last + 1].Token.Start - claim.Words[last].Token.End <= 1
                && claim.Words[last].Token.Text == claim.Words[last].Token.WithoutPossessive)
            {
                last++;
            }

            if (Enumerable.Range(i, last - i + 1).Any(givesName))
            {
                given.UnionWith(Enumerable.Range(i, last - i + 1));
            }

            i = last;
        }

        return given;
    }

    private bool Coordinated(AnalyzedClaim claim, int left, int right)
    {
        var between = claim.Claim.Text[claim.Words[left].Token.End..claim.Words[right].Token.Start].Trim().ToLowerInvariant();
        var conjunctions = lexicons.For(claim.Claim.Language).Conjunctions;
        return between == "," || conjunctions.Contains(between) || conjunctions.Any(c => between == ", " + c || between == "," + c);
    }

    private static string? NumberPhrase(AnalyzedClaim claim, HashSet<int> aligned)
    {
        for (var i = 0; i < claim.Words.Count; i++)
        {
            if (claim.NumberAt[i] is not { } value || aligned.Contains(i))
            {
                continue;
            }

            // The number (all its tokens: "200 000", "six million") and the noun it counts ("308 points", "2.700 Menschen").
            var last = i;
            while (last + 1 < claim.Words.Count && claim.NumberAt[last + 1] == value)
            {
                last++;
            }

            var end = claim.Words[last].Token.End;
            for (var j = last + 1; j < Math.Min(claim.Words.Count, last + 3); j++)
            {
                if (claim.Words[j].Token.Start - claim.Words[j - 1].Token.End > 1 || claim.NumberAt[j] is not null)
                {
                    break;
                }

                end = claim.Words[j].Token.End;
                if (claim.Words[j].IsContent)
                {
                    break;
                }
            }

            return claim.Claim.Text[claim.Words[i].Token.Start..end];
        }

        return null;
    }

    /// <summary>A date as the question's language writes it (CLDR patterns via .NET culture data).</summary>
    public static string Render(PartialDate date, string language)
    {
        var culture = CultureInfo.GetCultureInfo(language is "und" ? "en" : language);
        if (date.Day is { } day && date.Month is { } month)
        {
            var pattern = culture.DateTimeFormat.LongDatePattern.Replace("dddd, ", "", StringComparison.Ordinal).Replace("dddd ", "", StringComparison.Ordinal);
            return new DateTime(date.Year, month, day, 0, 0, 0, DateTimeKind.Unspecified).ToString(pattern, culture);
        }

        return date.Month is { } m
            ? new DateTime(date.Year, m, 1, 0, 0, 0, DateTimeKind.Unspecified).ToString(culture.DateTimeFormat.YearMonthPattern, culture)
            : date.Year.ToString(CultureInfo.InvariantCulture);
    }
}
