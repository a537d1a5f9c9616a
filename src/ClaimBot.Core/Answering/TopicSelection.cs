using ClaimBot.Core.Judging;

namespace ClaimBot.Core.Answering;

/// <summary>
/// Which claims a comparison shows, one rule for the CLI, the chat surfaces and the training command. A topic is
/// usually named by few words that the sentences about it do not repeat ("the referendum result" over "50.2 percent
/// voted no"), so sources are chosen by how well the whole document matches (BM25 of the source against the best
/// source's), and within each chosen source its claims that match best as sentences, the best one always.
/// </summary>
public static class TopicSelection
{
    public const int MaxClaimsPerSource = 4;
    public const int MaxSources = 12;

    public static List<List<Judgement>> Select(IReadOnlyList<Judgement> judgements, JudgeThresholds thresholds) =>
        Select(judgements, thresholds.TopicDocument, thresholds.Topic);

    /// <summary>The same rule for any operating point (the training command tries a grid of them).</summary>
    public static List<List<Judgement>> Select(IReadOnlyList<Judgement> judgements, double documentShare, double sentenceShare) =>
        // A topic that names something (a person, a place, an event) no claim or its context mentions is not covered.
        !judgements.Any(j => j.Analysis.Features[Feature.SpecificCoverage] > 0) ? [] : judgements
            .GroupBy(j => j.Claim.SourceId, StringComparer.Ordinal)
            .Where(g => g.Max(j => j.Analysis.Features[Feature.DocumentShare]) >= documentShare)
            .Select(g =>
            {
                // Within a source, its claims are weighed against its own best: a source in another language matches
                // through translations, which score lower than the best source's own words.
                var best = g.Max(j => j.Candidate.SentenceScore);
                return g.OrderByDescending(j => j.Candidate.SentenceScore).ThenBy(j => j.Candidate.Claim)
                    .Where((j, i) => i == 0 || j.Candidate.SentenceScore >= sentenceShare * best)
                    .Take(MaxClaimsPerSource).ToList();
            })
            .OrderByDescending(g => g.Max(j => j.Analysis.Features[Feature.DocumentShare])).ThenBy(g => g[0].Claim.SourceId, StringComparer.Ordinal)
            .Take(MaxSources)
            .Select(g => g.OrderBy(j => j.Candidate.Claim).ToList())
            .ToList();
}
