using ClaimBot.Core.Claims;
using ClaimBot.Core.Extraction;
using ClaimBot.Core.Judging;
using ClaimBot.Core.Phrasing;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Answering;

/// <summary>
/// Checks a statement against the sources. The judge gives every retrieved claim P(supports) and P(refutes); a claim
/// takes a side only above the learned operating point, so the default is not enough info, never supported. Opposite
/// sides in different sources make the verdict conflicting, with evidence from each; within one source the stronger
/// side wins. Attributed and hedged claims count as what their speaker said, and the reason names that speaker.
/// </summary>
public sealed class FactChecker(
    EvidenceSearch search,
    IStanceReviewer reviewer,
    SourceDirectory sourceDirectory,
    LexiconCatalog lexicons,
    EvidenceText evidenceText,
    ReasonText reasons,
    OfflinePhraser offline)
{
    public async Task<ComposedReply<FactCheck>> CheckAsync(string statement, CancellationToken cancellationToken)
    {
        var set = await search.SearchAsync(statement, QueryKind.Statement, cancellationToken);
        var query = set.Query;
        var lexicon = lexicons.For(query.Language);
        var t = search.Thresholds;
        var judgements = await reviewer.ReviewAsync(query, set.Judgements, cancellationToken);
        var (verdict, supports, refutes) = VerdictRule.Decide(judgements, t);
        var sides = VerdictRule.Evidence(verdict, judgements, supports, refutes, t);

        var sources = await sourceDirectory.GetAsync(cancellationToken);
        var evidence = sides.Select((s, i) =>
        {
            var claim = s.Item1.Claim;
            var source = SourceDirectory.RefFor(sources, claim);
            var reason = s.Item2 switch { Stance.Supports => ReasonCode.Entails, Stance.Refutes => s.Item1.Reason, _ => ReasonCode.Related };
            var score = s.Item2 switch { Stance.Supports => s.Item1.Supports, Stance.Refutes => s.Item1.Refutes, _ => s.Item1.Relevance };
            return new Evidence(i + 1, s.Item2, claim.Id, claim.Text, claim.Speaker, source, reasons.For(reason, claim, source, query.Language))
            {
                Reason = reason,
                Score = Math.Round(score, 3),
            };
        }).ToList();

        var reasonLine = verdict switch
        {
            VerdictKind.NotEnoughInfo => lexicon.Template("reasonNotEnoughInfo"),
            VerdictKind.Conflicting => string.Format(System.Globalization.CultureInfo.InvariantCulture, lexicon.Template("reasonConflicting"),
                Who(set, evidence.First(e => e.Stance == Stance.Supports)), Who(set, evidence.First(e => e.Stance == Stance.Refutes))),
            _ => evidence[0].Why,
        };

        var citing = verdict == VerdictKind.NotEnoughInfo ? [] : evidence.Select(e => e.N).ToList();
        var draft = new List<DraftSentence>();
        if (verdict != VerdictKind.NotEnoughInfo)
        {
            draft.Add(new DraftSentence(lexicon.Template(VerdictTemplate(verdict)), citing));
            draft.AddRange(evidence.Select(e => new DraftSentence(evidenceText.Present(Claim(set, e.ClaimId), e.Source, query.Language), [e.N])));
        }
        else
        {
            draft.Add(new DraftSentence(lexicon.Template(VerdictTemplate(verdict)), []));
        }

        var numbered = evidence.Select(e => new NumberedEvidence(e.N, e.Quote, e.Speaker?.Name, Claim(set, e.ClaimId).Language, e.Source.Title)).ToList();
        var request = new PhrasingRequest(ReplyKind.Verdict, statement, query.Language, numbered, draft, JsonVerdict(verdict));
        var text = offline.Render(request);
        var result = new FactCheck(statement, query.Language, verdict, reasonLine, text, evidence);
        return new ComposedReply<FactCheck>(result, verdict == VerdictKind.NotEnoughInfo ? null : request);
    }

    private static string Who(EvidenceSet set, Evidence evidence) => ReasonText.Who(Claim(set, evidence.ClaimId), evidence.Source);

    private static Claim Claim(EvidenceSet set, string id) => set.Judgements.First(j => j.Claim.Id == id).Claim;


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
