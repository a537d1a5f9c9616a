using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Answering;

/// <summary>
/// When a claim counts as addressing a query. Thresholds were tuned on hand-written Danish and English cases and the
/// development set; they are deliberately the same for every source, outlet and language.
/// </summary>
public static class RelevancePolicy
{
    /// <summary>Minimum weighted concept coverage for an answer claim.</summary>
    public const double AnswerCoverage = 0.42;

    /// <summary>Below this concept coverage no question-type fit makes a claim an answer.</summary>
    public const double MinimumAnswerCoverage = 0.25;

    /// <summary>Minimum coverage for fact-check evidence (a named speaker lowers it: the speaker's own claims are the evidence).</summary>
    public const double CheckCoverage = 0.5;

    public const double CheckCoverageWithSpeaker = 0.3;

    /// <summary>Minimum coverage for a claim to be listed in a comparison.</summary>
    public const double CompareCoverage = 0.5;

    /// <summary>Claims within this share of the best score are cited together.</summary>
    public const double CompanionShare = 0.8;

    /// <summary>An answer: dates and numbers in the question must all be in the claim, entities and names in the claim or its preceding sentence.</summary>
    public static bool AnswersSpecifics(AnalyzedQuery query, ClaimMatch match)
    {
        var terms = match.Terms;
        var exact = query.Concepts.Where(c => c.Kind is ConceptKind.Date or ConceptKind.Number);
        if (exact.Any(c => c.MatchIn(terms) == 0))
        {
            return false;
        }

        // Every entity and name the question mentions must be in the claim or the sentence before it ("They …"),
        // and the claim itself must say at least one of the question's words: sharing only "France" does not answer
        // "Who is the president of France?".
        var words = query.Concepts.Where(c => c.Kind == ConceptKind.Word).ToList();
        return query.Concepts.Where(c => c.Kind is ConceptKind.Entity or ConceptKind.Name).All(c => c.MatchIn(terms) > 0 || c.MatchIn(match.Context) > 0)
            && (words.Count == 0 || words.Any(c => c.MatchIn(terms) > 0 || c.OppositeIn(terms)));
    }

    /// <summary>
    /// Share of the query's content words the claim itself expresses. A named speaker's claim with little overlap is
    /// evidence only when it says the opposite of one of the words or shares at least half of them.
    /// </summary>
    public static double WordShare(AnalyzedQuery query, ClaimMatch match)
    {
        var words = query.Concepts.Where(c => c.Kind == ConceptKind.Word).ToList();
        var terms = match.Terms;
        return words.Count == 0 ? 1 : (double)words.Count(c => c.MatchIn(terms) > 0) / words.Count;
    }

    /// <summary>Evidence for a statement must share every named entity and name (dates and numbers may differ: that is a contradiction, not irrelevance).</summary>
    public static bool SharesAllNames(AnalyzedQuery query, ClaimMatch match)
    {
        var terms = match.Terms;
        return query.Concepts.Where(c => c.Kind is ConceptKind.Entity or ConceptKind.Name).All(c => c.MatchIn(terms) > 0);
    }
}
