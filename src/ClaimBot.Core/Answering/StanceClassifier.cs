using ClaimBot.Core.Claims;
using ClaimBot.Core.Extraction;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Answering;

/// <summary>
/// Decides whether a relevant claim supports or refutes a statement: a claim refutes when it expresses a concept by its
/// opposite (support/oppose, include/exclude), differs in polarity (negation), or gives a different date or number
/// for the same facts; otherwise it supports. The same signals mark contradictions between two claims in a comparison.
/// </summary>
public sealed class StanceClassifier(AntonymIndex antonyms)
{
    public StanceSignal Classify(AnalyzedQuery statement, ClaimMatch match)
    {
        var claim = match.Claim;
        if (match.Opposed.Count > 0)
        {
            return new StanceSignal(Stance.Refutes, "opposite: " + string.Join(", ", match.Opposed));
        }

        if (claim.IsNegated != statement.Negated)
        {
            return new StanceSignal(Stance.Refutes, "negation");
        }

        if (DifferentDate(statement.Dates, claim.Dates) is { } dates)
        {
            return new StanceSignal(Stance.Refutes, "different date: " + dates);
        }

        if (statement.Numbers.Count > 0 && claim.Numbers.Count > 0 && !statement.Numbers.Intersect(claim.Numbers).Any())
        {
            return new StanceSignal(Stance.Refutes, $"different number: {string.Join(", ", claim.Numbers)} vs {string.Join(", ", statement.Numbers)}");
        }

        return new StanceSignal(Stance.Supports, "same facts: " + string.Join(", ", match.Matched));
    }

    /// <summary>Why two claims about the same thing contradict each other, or null when they do not.</summary>
    public string? Contradiction(Claim a, Claim b)
    {
        if (a.IsNegated != b.IsNegated)
        {
            return "negation";
        }

        var termsA = ClaimTerms.Of(a);
        var termsB = ClaimTerms.Of(b);
        if (antonyms.OppositesOf(termsA.Where(t => t.StartsWith("x:", StringComparison.Ordinal))).Any(termsB.Contains))
        {
            return "opposite stance";
        }

        if (DifferentDate(a.Dates.Select(d => PartialDate.Parse(d)!.Value).ToList(), b.Dates) is { } dates)
        {
            return "different date: " + dates;
        }

        if (a.Numbers.Count > 0 && b.Numbers.Count > 0 && !a.Numbers.Intersect(b.Numbers).Any())
        {
            return $"different number: {string.Join(", ", a.Numbers)} vs {string.Join(", ", b.Numbers)}";
        }

        return null;
    }

    // Dates differ when both sides give a date at the same precision and none of them coincide.
    private static string? DifferentDate(IReadOnlyList<PartialDate> statementDates, IReadOnlyList<string> claimDates)
    {
        if (statementDates.Count == 0 || claimDates.Count == 0)
        {
            return null;
        }

        var parsed = claimDates.Select(PartialDate.Parse).Where(d => d is not null).Select(d => d!.Value).ToList();
        if (statementDates.Any(s => parsed.Any(c => s.Overlaps(c))))
        {
            return null;
        }

        var comparable = parsed.Where(c => statementDates.Any(s => (s.Month is null) == (c.Month is null) && (s.Year > 0 || (s.Day is null) == (c.Day is null)))).ToList();
        return comparable.Count == 0 ? null : $"{string.Join(", ", comparable.Select(c => c.ToIso()))} vs {string.Join(", ", statementDates.Select(s => s.Year > 0 ? s.ToIso() : s.ToIso()[5..]))}";
    }


}
