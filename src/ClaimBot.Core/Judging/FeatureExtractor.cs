using ClaimBot.Core.Extraction;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Judging;

/// <summary>
/// Computes the judge's features for a (query, claim) pair: which query concepts the claim (or its context) expresses
/// and how, what is left unaligned, and the signals of contradiction (negation near the matched words, opposite
/// predicates, other numbers or dates, another actor) and of attribution and hedging.
/// </summary>
public sealed class FeatureExtractor(WordAligner aligner)
{
    private const int NegationWindow = 5;

    public PairAnalysis Extract(AnalyzedQuery query, RetrievalResult retrieval, Candidate candidate, AnalyzedClaim claim,
        IReadOnlyList<AnalyzedClaim> context, bool isLead, ExpansionWeights weights)
    {
        var alignments = new List<ConceptAlignment>(query.Concepts.Count);
        for (var k = 0; k < query.Concepts.Count; k++)
        {
            var (match, word) = Best(query, k, claim, weights);
            var place = match.IsMatch ? AlignmentPlace.Sentence : AlignmentPlace.Nowhere;
            if (!match.IsMatch)
            {
                foreach (var other in context)
                {
                    var (inContext, _) = Best(query, k, other, weights);
                    if (inContext.Strength > match.Strength)
                    {
                        match = inContext;
                        place = AlignmentPlace.Context;
                    }
                }
            }

            alignments.Add(new ConceptAlignment(k, match, place, place == AlignmentPlace.Sentence ? word : -1));
        }

        CompleteNames(query, alignments, claim);
        var features = new EvidenceFeatures();
        var idf = retrieval.ConceptIdf;
        var total = idf.Sum();
        double Share(Func<ConceptAlignment, double> strength) => total <= 0 ? 0 : alignments.Sum(a => idf[a.Concept] * strength(a)) / total;
        features[Feature.Coverage] = Share(a => a.Place == AlignmentPlace.Sentence ? a.Match.Strength : 0);
        features[Feature.ContextGain] = Share(a => a.Place == AlignmentPlace.Context ? a.Match.Strength : 0);
        features[Feature.ExactCoverage] = Share(a => a.Place == AlignmentPlace.Sentence && a.Match.Kind is MatchKind.Exact or MatchKind.Entity or MatchKind.Number or MatchKind.Date or MatchKind.Name ? 1 : 0);
        features[Feature.AlignedCoverage] = Share(a => a.Place == AlignmentPlace.Sentence && a.Match.Kind is not (MatchKind.None or MatchKind.Related or MatchKind.Cognate) ? 1 : 0);
        var specifics = alignments.Where(a => query.Concepts[a.Concept].IsSpecific).ToList();
        features[Feature.SpecificCoverage] = specifics.Count == 0 ? 1 : specifics.Count(a => a.Match.IsMatch) / (double)specifics.Count;
        features[Feature.SpecificMissing] = Math.Min(3, specifics.Count(a => !a.Match.IsMatch));
        features[Feature.UnalignedIdf] = alignments.Where(a => !a.Match.IsMatch).Sum(a => idf[a.Concept]) / 10;
        features[Feature.MaxUnalignedIdf] = alignments.Where(a => !a.Match.IsMatch).Select(a => idf[a.Concept]).DefaultIfEmpty(0).Max() / 10;
        // Coverage of some of the query's concepts only, and its value when the query has none of them.
        double CoverageOf(Func<ConceptKind, bool> kinds, double none)
        {
            var subset = alignments.Where(a => kinds(query.Concepts[a.Concept].Kind)).ToList();
            var subsetIdf = subset.Sum(a => idf[a.Concept]);
            return subsetIdf <= 0 ? none : subset.Sum(a => a.Place == AlignmentPlace.Sentence ? idf[a.Concept] * a.Match.Strength : 0) / subsetIdf;
        }

        features[Feature.WordCoverage] = CoverageOf(kind => kind == ConceptKind.Word, none: 1);
        features[Feature.OrderAgreement] = OrderAgreement(query, alignments);

        features[Feature.SentenceBm25] = candidate.SentenceScore / Math.Max(retrieval.IdealSentence, 1e-9);
        features[Feature.DocumentBm25] = candidate.DocumentScore / Math.Max(retrieval.IdealDocument, 1e-9);
        features[Feature.SentenceShare] = retrieval.BestSentence > 0 ? candidate.SentenceScore / retrieval.BestSentence : 0;
        features[Feature.DocumentShare] = retrieval.BestDocument > 0 ? candidate.DocumentScore / retrieval.BestDocument : 0;

        features[Feature.NameConflict] = NameConflict(query, alignments, claim) ? 1 : 0;
        features[Feature.NumberConflict] = query.Numbers.Count > 0 && claim.Claim.Numbers.Count > 0
            && !query.Numbers.Any(q => claim.Claim.Numbers.Any(c => NumberBounds.Satisfies(q, query.BoundOf(q), c))) ? 1 : 0;
        // A date without a year ("on May 5") still conflicts with another day; PartialDate.Overlaps reads year 0 as any year.
        var queryDates = query.Dates.ToList();
        features[Feature.DateConflict] = DatesConflict(queryDates, DatesOf(claim, context)) ? 1 : 0;

        var aligned = alignments.Where(a => a.ClaimWord >= 0).Select(a => a.ClaimWord).ToList();
        features[Feature.PlaceConflict] = PlaceConflict(query, alignments, claim, aligned) ? 1 : 0;
        var claimNegated = aligned.Count == 0
            ? claim.Claim.IsNegated
            : claim.NegationAt.Any(n => aligned.Any(i => i == n || (i > n && i - n <= NegationWindow)));
        features[Feature.NegationMismatch] = claimNegated != query.Negated ? 1 : 0;

        var opposed = Opposed(query, alignments, claim);
        features[Feature.Opposition] = opposed >= 0 ? 1 : 0;

        var (queryActor, claimActor, actorMatches) = Actors(query, alignments, claim);
        features[Feature.ActorMatch] = actorMatches == true ? 1 : 0;
        features[Feature.ActorMismatch] = actorMatches == false ? 1 : 0;

        // A hedge counts where it governs what matched ("may have invited"), not anywhere in a long sentence.
        var claimHedged = aligned.Count == 0 ? claim.Claim.IsHedged : claim.HedgeAt.Any(h => aligned.Any(i => i > h && i - h <= NegationWindow));
        features[Feature.HedgeMismatch] = claimHedged && !query.Hedged ? 1 : 0;
        features[Feature.Attributed] = claim.Claim.Speaker is not null ? 1 : 0;
        features[Feature.SpeakerMismatch] = query.Speaker is { } speaker && !SameSpeaker(speaker, query.SpeakerEntityIds, claim) ? 1 : 0;

        var contentWords = claim.Words.Where(w => w.IsContent).ToList();
        var novel = contentWords.Where(w => !aligned.Contains(w.Index)).ToList();
        features[Feature.Novelty] = contentWords.Count == 0 ? 0 : novel.Count / (double)contentWords.Count;
        features[Feature.AnswerType] = query.Kind == QueryKind.Question && HasAnswerKind(query, claim, novel) ? 1 : 0;
        features[Feature.Lead] = isLead ? 1 : 0;
        features[Feature.CrossLingual] = claim.Claim.Language != query.Language ? 1 : 0;
        features[Feature.Length] = Math.Log(1 + contentWords.Count) / 3;
        // "The same fact but another number": the numbers (or dates) are left out of the coverage, since they differ.
        features.AddInteractions(CoverageOf(kind => kind != ConceptKind.Number, none: 0), CoverageOf(kind => kind != ConceptKind.Date, none: 0));
        return new PairAnalysis(claim, features, alignments, opposed, claimActor, queryActor)
        {
            MentionsSpeaker = MentionsSpeaker(query, alignments),
            SharedWords = alignments.Count(a => query.Concepts[a.Concept].Kind == ConceptKind.Word && a.Place == AlignmentPlace.Sentence),
        };
    }

    /// <summary>
    /// The dates a claim states, or, when it states none, those of its document context: a headline or a sentence that
    /// says "the agreement was signed" without a date is about the day its title and lead give ("on Nov 24, 2016").
    /// </summary>
    public static IReadOnlyList<PartialDate> DatesOf(AnalyzedClaim claim, IReadOnlyList<AnalyzedClaim> context)
    {
        static List<PartialDate> Parse(AnalyzedClaim c) => c.Claim.Dates.Select(PartialDate.Parse).OfType<PartialDate>().ToList();
        var own = Parse(claim);
        return own.Count > 0 ? own : context.SelectMany(Parse).Distinct().ToList();
    }

    /// <summary>Both sides give dates and none of the statement's is among the claim's.</summary>
    public static bool DatesConflict(IReadOnlyList<PartialDate> queryDates, IReadOnlyList<PartialDate> claimDates) =>
        queryDates.Count > 0 && claimDates.Count > 0 && !queryDates.Any(q => claimDates.Any(q.Overlaps));

    private (WordMatch Match, int Word) Best(AnalyzedQuery query, int k, AnalyzedClaim claim, ExpansionWeights weights)
    {
        var concept = query.Concepts[k];
        switch (concept.Kind)
        {
            case ConceptKind.Date:
                var date = PartialDate.Parse(concept.Surface);
                return date is { } d && claim.Claim.Dates.Select(PartialDate.Parse).Any(c => c is { } x && x.Overlaps(d))
                    ? (new WordMatch(MatchKind.Date, 1), -1)
                    : (WordMatch.None, -1);
            case ConceptKind.Number:
                // A qualified number ("about 200,000") is expressed by any figure it allows ("220.000").
                var bound = query.BoundOf(concept.Surface);
                var at = claim.NumberAt.ToList().FindIndex(n => n is not null && NumberBounds.Satisfies(concept.Surface, bound, n));
                return at >= 0 ? (new WordMatch(MatchKind.Number, 1), at)
                    : claim.Claim.Numbers.Any(n => NumberBounds.Satisfies(concept.Surface, bound, n)) ? (new WordMatch(MatchKind.Number, 1), -1) : (WordMatch.None, -1);
        }

        if (concept.Kind == ConceptKind.Entity)
        {
            var id = concept.Terms[0].Term;
            var position = Array.FindIndex(claim.EntityAt.ToArray(), e => e is not null && SearchTerms.Entity(e) == id);
            if (position >= 0)
            {
                return (new WordMatch(MatchKind.Entity, 1), position);
            }

            if (claim.Claim.Entities.Any(e => SearchTerms.Entity(e.Id) == id) || claim.SpeakerEntityIds.Any(e => SearchTerms.Entity(e) == id))
            {
                return (new WordMatch(MatchKind.Entity, 1), -1);
            }
        }

        var word = query.Words[concept.Word];
        var best = WordMatch.None;
        var bestAt = -1;
        foreach (var other in claim.Words)
        {
            if (!other.IsContent)
            {
                continue;
            }

            var match = aligner.Align(word, query.Language, other, claim.Claim.Language, weights);
            if (match.Strength > best.Strength)
            {
                best = match;
                bestAt = other.Index;
            }
        }

        // A match is at most 1, so a phrase can only improve on a weaker one.
        if (word.Parts.Count >= 2 && best.Strength < 1)
        {
            // The query's compound against a phrase of the claim ("fiskeriminister" / "Fisheries Minister").
            var parts = PartWords(word);
            for (var start = 0; start + parts.Count <= claim.Words.Count; start++)
            {
                if (PhraseMatch(parts, query.Language, claim.Words, start, claim.Claim.Language, weights) is { } phrase && phrase.Strength > best.Strength)
                {
                    (best, bestAt) = (phrase, claim.Words[start + parts.Count - 1].Index);
                }
            }
        }

        // A phrase of the query, this word among it, against a compound of the claim ("fishing zones" / "fiskezoner").
        foreach (var other in best.Strength < 1 ? claim.Words.Where(w => w.Parts.Count >= 2) : [])
        {
            var parts = PartWords(other);
            for (var start = Math.Max(0, word.Index - parts.Count + 1); start <= word.Index && start + parts.Count <= query.Words.Count; start++)
            {
                if (PhraseMatch(parts, claim.Claim.Language, query.Words, start, query.Language, weights) is { } phrase && phrase.Strength > best.Strength)
                {
                    (best, bestAt) = (phrase, other.Index);
                }
            }
        }

        if (!best.IsMatch && claim.SpeakerWords.Contains(word.Stem))
        {
            best = new WordMatch(MatchKind.Exact, 1);
        }

        return (best, bestAt);
    }

    /// <summary>
    /// A compound expresses what another language writes as a phrase: "fiskeriminister" is "Fisheries Minister",
    /// "fiskezoner" "fishing zones". The compound's <paramref name="parts"/> match the run of consecutive words from
    /// <paramref name="start"/> when they match them one by one (each at least related), as strongly as on average.
    /// </summary>
    private WordMatch? PhraseMatch(List<AnalyzedWord> parts, string partsLanguage, IReadOnlyList<AnalyzedWord> words, int start, string wordsLanguage, ExpansionWeights weights)
    {
        var total = 0.0;
        var kind = MatchKind.Exact;
        for (var k = 0; k < parts.Count; k++)
        {
            var other = words[start + k];
            var match = other.IsContent ? aligner.Align(parts[k], partsLanguage, other, wordsLanguage, weights) : WordMatch.None;
            if (match.Kind is MatchKind.None or MatchKind.Cognate or MatchKind.Part)
            {
                return null;
            }

            total += match.Strength;
            kind = match.Kind == MatchKind.Exact ? kind : MatchKind.Translation;
        }

        return new WordMatch(kind, total / parts.Count);
    }

    // A compound's parts as words of their own, for the aligner.
    private static List<AnalyzedWord> PartWords(AnalyzedWord compound) =>
        compound.Parts.Select(p => new AnalyzedWord(compound.Token, compound.Index, p, WordKind.Word, false, []) { Lemma = p }).ToList();

    private static double OrderAgreement(AnalyzedQuery query, List<ConceptAlignment> alignments)
    {
        var placed = alignments.Where(a => a.ClaimWord >= 0 && query.Concepts[a.Concept].Word >= 0)
            .OrderBy(a => query.Concepts[a.Concept].Word).Select(a => a.ClaimWord).ToList();
        var pairs = 0;
        var concordant = 0;
        for (var i = 0; i < placed.Count; i++)
        {
            for (var k = i + 1; k < placed.Count; k++)
            {
                if (placed[i] != placed[k])
                {
                    pairs++;
                    concordant += placed[i] < placed[k] ? 1 : 0;
                }
            }
        }

        return pairs == 0 ? 1 : (double)concordant / pairs;
    }

    /// <summary>
    /// A part of a person's name the sentence does not repeat is still expressed when the sentence names that person by
    /// another part: "Berit Reiss-Andersen gave the speech" against "Reiss-Andersen held the speech", where the document
    /// introduced her as Berit Reiss-Andersen. The part takes the alignment of the name next to it in the statement.
    /// </summary>
    public static void CompleteNames(AnalyzedQuery query, List<ConceptAlignment> alignments, AnalyzedClaim claim)
    {
        for (var k = 0; k < alignments.Count; k++)
        {
            var concept = query.Concepts[k];
            // A name at the sentence start is read as a word (its capital says nothing), so the capital is what counts here.
            if (concept.Kind is not (ConceptKind.Name or ConceptKind.Word) || concept.Word < 0 || !query.Words[concept.Word].Token.IsCapitalized
                || alignments[k].Place == AlignmentPlace.Sentence)
            {
                continue;
            }

            var key = NameKey.Of(query.Words[concept.Word].Token.WithoutPossessive);
            var neighbour = alignments.FirstOrDefault(a => a.Place == AlignmentPlace.Sentence && a.ClaimWord >= 0
                && query.Concepts[a.Concept].Word >= 0 && query.Words[query.Concepts[a.Concept].Word].Token.IsCapitalized
                && Math.Abs(query.Concepts[a.Concept].Word - concept.Word) == 1
                && claim.PersonAt.TryGetValue(a.ClaimWord, out var person)
                && claim.PersonNameKeys.TryGetValue(person, out var keys) && keys.Contains(key));
            if (neighbour is not null)
            {
                alignments[k] = new ConceptAlignment(k, neighbour.Match with { Kind = MatchKind.Name }, AlignmentPlace.Sentence, neighbour.ClaimWord);
            }
        }
    }

    private static bool NameConflict(AnalyzedQuery query, List<ConceptAlignment> alignments, AnalyzedClaim claim)
    {
        var missing = alignments.Any(a => query.Concepts[a.Concept].Kind is ConceptKind.Name or ConceptKind.Entity && a.Place != AlignmentPlace.Sentence);
        if (!missing)
        {
            return false;
        }

        var aligned = alignments.Where(a => a.ClaimWord >= 0).Select(a => a.ClaimWord).ToHashSet();
        return claim.Words.Any(w => !aligned.Contains(w.Index) && w.IsContent && (w.Kind == WordKind.Name || claim.EntityAt[w.Index] is not null) && w.Index > 0);
    }

    // The statement's place of the event is not in the sentence, which puts it somewhere else: "signed in Cartagena"
    // against "signed … in Bogota". A place in the context only does not count: the sentence states its own.
    private static bool PlaceConflict(AnalyzedQuery query, List<ConceptAlignment> alignments, AnalyzedClaim claim, List<int> aligned) =>
        alignments.Any(a => query.Concepts[a.Concept].Word >= 0 && query.Places.Contains(query.Concepts[a.Concept].Word) && a.Place != AlignmentPlace.Sentence)
        && claim.Places.Any(p => !aligned.Contains(p));

    private int Opposed(AnalyzedQuery query, List<ConceptAlignment> alignments, AnalyzedClaim claim)
    {
        foreach (var a in alignments)
        {
            var concept = query.Concepts[a.Concept];
            // A word the sentence itself expresses is not opposed by it; one only the document context expresses can be
            // ("the agreement was approved" in the lead, "… rejected it" in the sentence).
            if (concept.Kind != ConceptKind.Word || (a.Place == AlignmentPlace.Sentence && a.Match.Strength >= 0.5))
            {
                continue;
            }

            var word = query.Words[concept.Word];
            if (claim.Words.Any(w => w.IsContent && aligner.Oppose(word, query.Language, w, claim.Claim.Language)))
            {
                return a.Concept;
            }
        }

        return -1;
    }

    // The actor is the name or entity nearest before the predicate (the first content word both express), "we" standing
    // for the speaker's side. Word order is a proxy for the subject: no parser is available for these six languages.
    private static (string? Query, string? Claim, bool? Matches) Actors(AnalyzedQuery query, List<ConceptAlignment> alignments, AnalyzedClaim claim)
    {
        var predicate = Predicate(query, alignments);
        if (predicate is null)
        {
            return (null, null, null);
        }

        var predicateWord = query.Concepts[predicate.Concept].Word;
        var subjects = Subjects(query, alignments, predicateWord);
        if (subjects.Count == 0)
        {
            return (null, null, null);
        }

        var queryActor = string.Join(" + ", subjects.Select(s => query.Concepts[s.Concept].Surface));
        for (var j = predicate.ClaimWord - 1; j >= 0; j--)
        {
            if (claim.FirstPersonAt.Contains(j))
            {
                var side = claim.SpeakerEntityIds.Select(SearchTerms.Entity).ToList();
                var matches = subjects.Any(subject => subject.Match.IsMatch && (subject.ClaimWord < 0 || claim.SpeakerEntityIds.Count == 0)
                    && query.Concepts[subject.Concept].Terms.Any(t => side.Contains(t.Term) || claim.SpeakerWords.Contains(t.Term)));
                return (queryActor, claim.Claim.Speaker?.Name, side.Count == 0 && claim.SpeakerWords.Count == 0 ? null : matches);
            }

            var word = claim.Words[j];
            if (claim.EntityAt[j] is { } entity || word.Kind == WordKind.Name || claim.PersonAt.ContainsKey(j))
            {
                var actor = claim.EntityAt[j] ?? claim.PersonAt.GetValueOrDefault(j) ?? word.Stem;
                return (queryActor, actor, subjects.Any(subject => subject.ClaimWord == j
                    || (claim.EntityAt[j] is not null && query.Concepts[subject.Concept].Terms.Any(t => t.Term == SearchTerms.Entity(claim.EntityAt[j]!)))
                    || (claim.RoleTermsAt.TryGetValue(j, out var role) && query.Concepts[subject.Concept].Terms.Any(t => role.Contains(t.Term)))));
            }
        }

        return (queryActor, null, null);
    }

    /// <summary>
    /// The statement's subject before its predicate: the name or entity nearest the predicate, and those coordinated with
    /// it ("Santos and Timochenko signed", "Russland, Tyrkiet og Iran har aftalt"), that is the names and entities back to
    /// the first content word between them. Any of them acting in the claim is the statement's actor acting.
    /// </summary>
    private static List<ConceptAlignment> Subjects(AnalyzedQuery query, List<ConceptAlignment> alignments, int predicateWord)
    {
        bool IsNamed(ConceptAlignment a) => query.Concepts[a.Concept].Kind is ConceptKind.Entity or ConceptKind.Name;
        return alignments.Where(a => query.Concepts[a.Concept].Word >= 0 && query.Concepts[a.Concept].Word < predicateWord)
            .OrderByDescending(a => query.Concepts[a.Concept].Word)
            .SkipWhile(a => !IsNamed(a))
            .TakeWhile(IsNamed)
            .ToList();
    }

    /// <summary>
    /// The predicate as the judge reads it: the first word of the query (in its own order) that the claim expresses, with
    /// where the claim expresses it. Null when the claim expresses none of the query's words.
    /// </summary>
    public static ConceptAlignment? Predicate(AnalyzedQuery query, IReadOnlyList<ConceptAlignment> alignments) =>
        alignments
            .Where(a => query.Concepts[a.Concept].Kind == ConceptKind.Word && a.ClaimWord >= 0 && !IsCompletedName(query, a))
            .OrderBy(a => query.Concepts[a.Concept].Word)
            .FirstOrDefault();

    // A capitalised word matched as a name (by CompleteNames, or by the name key) is part of a name, never the predicate.
    private static bool IsCompletedName(AnalyzedQuery query, ConceptAlignment a) =>
        a.Match.Kind == MatchKind.Name && query.Words[query.Concepts[a.Concept].Word].Token.IsCapitalized;

    private static bool MentionsSpeaker(AnalyzedQuery query, List<ConceptAlignment> alignments)
    {
        if (query.Speaker is not { } speaker)
        {
            return true;
        }

        var names = NameKey.PartsOf(speaker);
        return alignments.Any(a => a.Place != AlignmentPlace.Nowhere && query.Concepts[a.Concept].Kind is ConceptKind.Name or ConceptKind.Entity
            && names.Contains(NameKey.Of(query.Concepts[a.Concept].Surface)));
    }

    // The same name, or a speaker named by what they speak for ("FNs generalsekretær", "the U.N. chief") that the
    // claim's speaker's name and role also name ("U.N. Secretary-General Ban Ki-moon").
    private static bool SameSpeaker(string speaker, IReadOnlyList<string> speakerEntities, AnalyzedClaim claim)
    {
        if (claim.Claim.Speaker is not { } actual)
        {
            return false;
        }

        return NameKey.PartsOf(speaker).Overlaps(NameKey.PartsOf(actual.Name)) || speakerEntities.Any(claim.SpeakerEntityIds.Contains);
    }

    private static bool HasAnswerKind(AnalyzedQuery query, AnalyzedClaim claim, List<AnalyzedWord> novel)
    {
        var queryEntities = query.EntityIds.ToHashSet(StringComparer.Ordinal);
        var novelEntities = claim.Claim.Entities.Where(e => !queryEntities.Contains(e.Id)).ToList();
        return query.Expected switch
        {
            AnswerKind.Person => novel.Any(w => w.Kind == WordKind.Name) || novelEntities.Any(e => e.Type == "person"),
            AnswerKind.Organisation => novel.Any(w => w.Kind == WordKind.Name) || novelEntities.Any(e => e.Type is "organisation" or "agency"),
            AnswerKind.Place => novel.Any(w => w.Kind == WordKind.Name) || novelEntities.Any(e => e.Type is "country" or "city" or "location"),
            AnswerKind.Date => claim.Claim.Dates.Count > 0 || novel.Any(w => w.Kind == WordKind.Number && w.Stem.Length == 4),
            AnswerKind.Number => novel.Any(w => w.Kind == WordKind.Number) || claim.Claim.Numbers.Except(query.Numbers).Any(),
            _ => novel.Count > 0,
        };
    }
}
