using System.Globalization;
using ClaimBot.Core.Claims;
using ClaimBot.Core.Extraction;
using ClaimBot.Core.Judging;
using ClaimBot.Core.Phrasing;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Answering;

/// <summary>
/// Compares what different sources say about a topic, across languages. Every source with claims the judge finds on
/// the topic contributes its best ones. Claims are then judged against each other with the same judge: two claims of
/// different sources that entail each other state the same fact (an agreement group, cited from every source); a
/// claim that refutes another (another number, date or actor, negation, an opposite position) is a contradiction.
/// A source that reports what someone said does not agree with a source asserting it. The rest is unique.
/// </summary>
public sealed class TopicComparer(
    EvidenceSearch search,
    EvidenceJudge judge,
    SourceDirectory sourceDirectory,
    LexiconCatalog lexicons,
    EvidenceText evidenceText,
    ReasonText reasons,
    OfflinePhraser offline)
{
    private const int TopicCandidates = 120;
    private const int MaxGroupsInText = 3;

    public async Task<ComposedReply<Comparison>> CompareAsync(string topic, CancellationToken cancellationToken)
    {
        var set = await search.SearchAsync(topic, QueryKind.Topic, cancellationToken, TopicCandidates);
        var language = set.Query.Language;
        var lexicon = lexicons.For(language);
        var t = search.Thresholds;
        var perSource = TopicSelection.Select(set.Judgements, t);
        if (perSource.Count == 0)
        {
            var nothing = string.Format(CultureInfo.InvariantCulture, lexicon.Template("compareNothing"), topic.Trim().TrimEnd('?', '.'));
            return new ComposedReply<Comparison>(new Comparison(topic, language, [], [], [], [], nothing), null);
        }

        var all = perSource.SelectMany(g => g).ToList();
        var numbered = all.Select((j, i) => (j.Claim.Id, N: i + 1)).ToDictionary(x => x.Id, x => x.N, StringComparer.Ordinal);
        var (agreements, contradictions) = await RelateAsync(all, set.Index, language, cancellationToken);
        var related = agreements.SelectMany(a => a.ClaimIds).Concat(contradictions.SelectMany(c => new[] { c.A, c.B })).ToHashSet(StringComparer.Ordinal);
        var unique = all.Where(j => !related.Contains(j.Claim.Id)).Select(j => j.Claim.Id).ToList();
        var sources = await sourceDirectory.GetAsync(cancellationToken);
        var sourceClaims = perSource.Select(g => new SourceClaims(
            SourceDirectory.RefFor(sources, g[0].Claim),
            g.Select(j => new ComparedClaim(numbered[j.Claim.Id], j.Claim.Id, j.Claim.Text, j.Claim.Speaker)).ToList())).ToList();

        var draft = new List<DraftSentence>();
        foreach (var group in perSource)
        {
            var lead = group.MaxBy(j => j.Relevance)!.Claim;
            draft.Add(new DraftSentence(evidenceText.Present(lead, SourceDirectory.RefFor(sources, lead), language), [numbered[lead.Id]]));
        }

        foreach (var agreement in agreements.Take(MaxGroupsInText))
        {
            draft.Add(new DraftSentence($"{lexicon.Template("compareAgree")} ({agreement.Why})", agreement.ClaimIds.Select(id => numbered[id]).ToList()));
        }

        foreach (var contradiction in contradictions.Take(MaxGroupsInText))
        {
            draft.Add(new DraftSentence($"{lexicon.Template("compareContradict")} ({contradiction.Why})", [numbered[contradiction.A], numbered[contradiction.B]]));
        }

        var evidence = all.Select(j => new NumberedEvidence(numbered[j.Claim.Id], j.Claim.Text, j.Claim.Speaker?.Name, j.Claim.Language, SourceDirectory.RefFor(sources, j.Claim).Title)).ToList();
        var request = new PhrasingRequest(ReplyKind.Comparison, topic, language, evidence, draft);
        var comparison = new Comparison(topic, language, sourceClaims, agreements, contradictions, unique, offline.Render(request));
        return new ComposedReply<Comparison>(comparison, request);
    }

    private async Task<(List<Agreement>, List<Contradiction>)> RelateAsync(List<Judgement> all, ClaimIndex index, string language, CancellationToken cancellationToken)
    {
        var t = search.Thresholds;
        var supports = new Dictionary<(int, int), double>();
        var refutes = new Dictionary<(int, int), (Judgement Judgement, ReasonCode Reason)>();
        foreach (var a in all)
        {
            var others = all.Where(b => b.Claim.SourceId != a.Claim.SourceId).Select(b => b.Candidate.Claim).ToHashSet();
            var (_, judged) = await search.JudgeAgainstAsync(a.Claim, others, index, cancellationToken);
            foreach (var j in judged)
            {
                supports[(a.Candidate.Claim, j.Candidate.Claim)] = j.Supports;
                // A contradiction: the claims state the same fact but for one conflict (another number, date, actor,
                // a negation, an opposite predicate), or the judge finds that one refutes the other.
                if (j.Supports < t.SameFact && judge.OnlyConflict(j.Analysis) is { } conflict)
                {
                    refutes[(a.Candidate.Claim, j.Candidate.Claim)] = (j, conflict);
                }
                else if (j.Refutes >= t.Refutes && j.Refutes > j.Supports)
                {
                    refutes[(a.Candidate.Claim, j.Candidate.Claim)] = (j, j.Reason);
                }
            }
        }

        var byIndex = all.ToDictionary(j => j.Candidate.Claim);
        var parent = all.ToDictionary(j => j.Candidate.Claim, j => j.Candidate.Claim);
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        foreach (var ((a, b), forward) in supports)
        {
            if (a < b && Math.Min(forward, supports.GetValueOrDefault((b, a))) >= t.SameFact && SameVoice(byIndex[a].Claim, byIndex[b].Claim))
            {
                parent[Find(a)] = Find(b);
            }
        }

        var groups = all.GroupBy(j => Find(j.Candidate.Claim)).Where(g => g.Select(j => j.Claim.SourceId).Distinct().Count() > 1).ToList();
        var groupOf = new Dictionary<int, string>();
        var agreements = new List<Agreement>();
        foreach (var group in groups)
        {
            var id = "g" + (agreements.Count + 1).ToString(CultureInfo.InvariantCulture);
            foreach (var j in group)
            {
                groupOf[j.Candidate.Claim] = id;
            }

            agreements.Add(new Agreement(group.OrderBy(j => j.Candidate.Claim).Select(j => j.Claim.Id).ToList(), reasons.Brief(ReasonCode.Entails, language)) { Group = id });
        }

        var contradictions = new List<Contradiction>();
        var next = agreements.Count;
        foreach (var ((a, b), (judgement, reason)) in refutes.OrderByDescending(p => p.Value.Judgement.Refutes))
        {
            if (contradictions.Any(c => (c.A == byIndex[a].Claim.Id && c.B == byIndex[b].Claim.Id) || (c.A == byIndex[b].Claim.Id && c.B == byIndex[a].Claim.Id)))
            {
                continue;
            }

            var group = groupOf.GetValueOrDefault(a) ?? groupOf.GetValueOrDefault(b) ?? "g" + (++next).ToString(CultureInfo.InvariantCulture);
            contradictions.Add(new Contradiction(byIndex[a].Claim.Id, byIndex[b].Claim.Id, reasons.Brief(reason, language)) { Group = group, Reason = reason });
        }

        return (agreements, contradictions);
    }

    // Reported speech stays attributed: "Lavrov said X" and an outlet stating X are not the same voice agreeing.
    private static bool SameVoice(Claim a, Claim b) =>
        (a.Speaker is null && b.Speaker is null)
        || (a.Speaker is { } x && b.Speaker is { } y && x.Name.Split(' ')[^1].Equals(y.Name.Split(' ')[^1], StringComparison.OrdinalIgnoreCase));
}
