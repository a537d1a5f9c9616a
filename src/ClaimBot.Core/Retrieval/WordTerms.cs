namespace ClaimBot.Core.Retrieval;

/// <summary>The search terms of one word: its stem, its English pivot stems, and the stems of compound parts.</summary>
/// <param name="Pivots">English stems (prefixed "x:") linking the word across languages.</param>
/// <param name="Prefix">A cognate key ("p:" + first 6 folded letters) for long words the dictionaries miss.</param>
public sealed record WordTerms(Token Token, string Stem, IReadOnlyList<string> Pivots, string? Prefix, IReadOnlyList<string> Parts, bool IsStopWord)
{
    /// <summary>Every term this word contributes to an index or a query.</summary>
    public IEnumerable<string> All
    {
        get
        {
            yield return Stem;
            foreach (var pivot in Pivots)
            {
                yield return pivot;
            }

            foreach (var part in Parts)
            {
                yield return part;
            }

            if (Prefix is not null)
            {
                yield return Prefix;
            }
        }
    }
}
