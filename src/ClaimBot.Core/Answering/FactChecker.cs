using System.Globalization;
using ClaimBot.Core.Claims;
using ClaimBot.Core.Extraction;
using ClaimBot.Core.Phrasing;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Answering;

/// <summary>
/// Checks a statement against the sources. Evidence must share every entity and name the statement mentions (and,
/// for "X said …", be attributed to X); each piece supports or refutes it (<see cref="StanceClassifier"/>). The verdict is
/// not enough info without evidence, conflicting when different sources take opposite sides, else the side the evidence takes.
/// </summary>
public sealed class FactChecker(
    QueryAnalyzer analyzer,
    ClaimRetriever retriever,
    SourceDirectory sourceDirectory,
    LexiconCatalog lexicons,
    EvidenceText evidenceText,
    StanceClassifier stances,
    CitationVerifier verifier,
    OfflinePhraser offline)
{
    private const int MaxPerSide = 3;
    private const int ReasonQuoteLength = 120;

    public async Task<ComposedReply<FactCheck>> CheckAsync(string statement, CancellationToken cancellationToken)
    {
        var query = analyzer.Analyze(statement, isStatement: true);
        var lexicon = lexicons.For(query.Language);
        // Relevance ignores dates and numbers: a claim that gives a different date or number is evidence against, not off-topic.
        var topical = query with { Concepts = query.Concepts.Where(c => c.Kind is not (ConceptKind.Date or ConceptKind.Number)).ToList() };
        var matches = await retriever.RetrieveAsync(topical.Concepts.Count > 0 ? topical : query, cancellationToken);
        var judged = matches
            .Where(m => RelevancePolicy.SharesAllNames(query, m) && SpeakerFits(query, m.Claim))
            .Where(m => m.Coverage >= RelevancePolicy.CheckCoverage || (query.Speaker is not null && m.Coverage >= RelevancePolicy.CheckCoverageWithSpeaker
                && (m.Opposed.Count > 0 || RelevancePolicy.WordShare(query, m) >= 0.5)))
            .Select(m => (Match: m, Signal: stances.Classify(query, m)))
            .ToList();
        var supports = judged.Where(j => j.Signal.Stance == Stance.Supports).Take(MaxPerSide).ToList();
        var refutes = judged.Where(j => j.Signal.Stance == Stance.Refutes).Take(MaxPerSide).ToList();
        var verdict = Decide(supports.Select(s => s.Match).ToList(), refutes.Select(r => r.Match).ToList());
        var deciding = verdict == VerdictKind.Supported ? supports : verdict == VerdictKind.Refuted ? refutes : [.. refutes, .. supports];

        var sources = await sourceDirectory.GetAsync(cancellationToken);
        var evidence = deciding.Select((j, i) => new Evidence(i + 1, j.Signal.Stance, j.Match.Claim.Id, j.Match.Claim.Text, j.Match.Claim.Speaker,
            SourceDirectory.RefFor(sources, j.Match.Claim), j.Signal.Why)).ToList();
        var claims = deciding.Select(j => j.Match.Claim).ToList();
        var evidenceSentences = verifier.Verify(
            claims.Select((c, i) => new DraftSentence(evidenceText.Present(c, SourceDirectory.RefFor(sources, c), query.Language), [i + 1])).ToList(),
            claims, query.Language);
        if (evidenceSentences.Count == 0)
        {
            verdict = VerdictKind.NotEnoughInfo;
            evidence = [];
            claims = [];
        }

        var verdictSentence = new DraftSentence(lexicon.Template(VerdictTemplate(verdict)), evidenceSentences.SelectMany(s => s.Citations).ToList());
        var reason = verdict == VerdictKind.NotEnoughInfo ? lexicon.Template("reasonNotEnoughInfo") : Reason(claims[0], evidence[0].Source, evidenceText);
        var draft = new List<DraftSentence> { verdictSentence };
        draft.AddRange(evidenceSentences);
        var numbered = claims.Select((c, i) => new NumberedEvidence(i + 1, c.Text, c.Speaker?.Name, c.Language, evidence[i].Source.Title)).ToList();
        var request = new PhrasingRequest(ReplyKind.Verdict, statement, query.Language, evidence.Count == 0 ? [] : numbered, draft, JsonVerdict(verdict));
        var result = new FactCheck(statement, query.Language, verdict, reason, offline.Render(request), evidence);
        return new ComposedReply<FactCheck>(result, evidence.Count == 0 ? null : request);
    }

    private static VerdictKind Decide(IReadOnlyList<ClaimMatch> supports, IReadOnlyList<ClaimMatch> refutes)
    {
        if (supports.Count == 0 && refutes.Count == 0)
        {
            return VerdictKind.NotEnoughInfo;
        }

        if (supports.Count == 0)
        {
            return VerdictKind.Refuted;
        }

        if (refutes.Count == 0)
        {
            return VerdictKind.Supported;
        }

        // Disagreement between sources is "conflicting"; within one source the stronger side wins.
        var supportSources = supports.Select(s => s.Claim.SourceId).ToHashSet();
        if (refutes.Any(r => !supportSources.Contains(r.Claim.SourceId)) && supports.Any(s => refutes.All(r => r.Claim.SourceId != s.Claim.SourceId)))
        {
            return VerdictKind.Conflicting;
        }

        return supports.Max(s => s.Coverage) >= refutes.Max(r => r.Coverage) ? VerdictKind.Supported : VerdictKind.Refuted;
    }

    private static bool SpeakerFits(AnalyzedQuery query, Claim claim) =>
        query.Speaker is null || (claim.Speaker is { } speaker && query.Speaker.Split(' ').Any(part => part.Length > 2
            && speaker.Name.Contains(part, StringComparison.OrdinalIgnoreCase)));

    private static string Reason(Claim claim, SourceRef source, EvidenceText text)
    {
        var who = claim.Speaker?.Name.Split(' ')[^1] ?? source.Outlet ?? source.Title ?? source.File;
        var quote = claim.Speaker is null ? EvidenceText.Core(claim.Text) : text.Spoken(claim.Text, claim.Language);
        if (quote.Length > ReasonQuoteLength)
        {
            var cut = quote.LastIndexOf(' ', ReasonQuoteLength);
            quote = quote[..(cut > 0 ? cut : ReasonQuoteLength)] + "…";
        }

        return string.Create(CultureInfo.InvariantCulture, $"{who}: '{quote}'");
    }

    private static string VerdictTemplate(VerdictKind verdict) => verdict switch
    {
        VerdictKind.Supported => "checkSupported",
        VerdictKind.Refuted => "checkRefuted",
        VerdictKind.Conflicting => "checkConflicting",
        _ => "checkNotEnoughInfo",
    };

    public static string JsonVerdict(VerdictKind verdict) => verdict switch
    {
        VerdictKind.Supported => "supported",
        VerdictKind.Refuted => "refuted",
        VerdictKind.Conflicting => "conflicting",
        _ => "not_enough_info",
    };
}
