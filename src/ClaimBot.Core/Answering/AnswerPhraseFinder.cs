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
        // "Who said …", "Which agency reported …": the answer is who the claim is attributed to.
        if (query.Expected is AnswerKind.Person or AnswerKind.Organisation && claim.Claim.Speaker is { } speaker
            && query.Words.Any(w => lexicons.For(query.Language).ReportingVerbs.Contains(w.Token.Text.ToLowerInvariant())))
        {
            return speaker.Name;
        }

        switch (query.Expected)
        {
            case AnswerKind.Person or AnswerKind.Place or AnswerKind.Organisation:
                return NameSpan(claim, aligned, queryEntities, query.Expected);
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

    private string? NameSpan(AnalyzedClaim claim, HashSet<int> aligned, HashSet<string> queryEntities, AnswerKind kind)
    {
        var lexicon = lexicons.For(claim.Claim.Language);
        bool IsAnswerWord(int i)
        {
            var word = claim.Words[i];
            if (aligned.Contains(i) || !word.IsContent || (claim.EntityAt[i] is { } e && queryEntities.Contains(e)))
            {
                return false;
            }

            // A person is a run of names without countries or other known entities, titles ("Minister") or capitalised
            // common words ("Fisheries") in front; a place or organisation may be a known entity.
            return kind == AnswerKind.Person ? word.Kind == WordKind.Name && claim.EntityAt[i] is null : word.Kind == WordKind.Name || claim.EntityAt[i] is not null;
        }

        bool IsCommon(int i) => SpeakerParser.IsRoleWord(claim.Words[i].Token.Text, lexicon) || concepts.Knows(claim.Words[i].Lemma, claim.Claim.Language);

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

        // The span nearest the matched words answers; spans joined only by commas and "and" form one list.
        var anchor = aligned.Count == 0 ? 0 : aligned.Average();
        var best = spans.MinBy(s => Math.Abs(((s.First + s.Last) / 2.0) - anchor));
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
