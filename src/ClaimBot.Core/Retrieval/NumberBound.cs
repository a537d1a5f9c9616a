using System.Globalization;

namespace ClaimBot.Core.Retrieval;

/// <summary>
/// How a statement's number is meant: exactly, roughly ("about 200,000", "rundt 200 000"), as a lower bound ("more than
/// six million", "mindst") or as an upper bound ("less than 40 percent", "höchstens"), from the qualifier before it
/// (<see cref="Extraction.LanguageLexicon.NumberQualifiers"/>).
/// </summary>
public enum NumberBound
{
    Exactly,
    Approximately,
    AtLeast,
    AtMost,
}

/// <summary>Whether a claim's number is consistent with a statement's qualified number.</summary>
public static class NumberBounds
{
    // "About 200,000" is a figure rounded to its leading digits: a tenth either way. A bound holds within the same order
    // of magnitude ("more than 200,000" is not "six million"): numbers carry no unit here, and a claim's other figures
    // must not satisfy it. Definitions of the words, not fitted values.
    private const double RoundingShare = 0.1;
    private const double OrderOfMagnitude = 10;

    public static bool Satisfies(string statement, NumberBound bound, string claim)
    {
        if (statement == claim)
        {
            return true;
        }

        if (bound == NumberBound.Exactly
            || !double.TryParse(statement, NumberStyles.Float, CultureInfo.InvariantCulture, out var q)
            || !double.TryParse(claim, NumberStyles.Float, CultureInfo.InvariantCulture, out var c)
            || q <= 0)
        {
            return false;
        }

        return bound switch
        {
            NumberBound.Approximately => Math.Abs(c - q) <= RoundingShare * q,
            NumberBound.AtLeast => c >= q && c < q * OrderOfMagnitude,
            NumberBound.AtMost => c <= q && c > q / OrderOfMagnitude,
            _ => false,
        };
    }
}
