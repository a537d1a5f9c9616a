using ClaimBot.Core.Claims;
using ClaimBot.Core.Extraction;
using ClaimBot.Core.Phrasing;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Answering;

/// <summary>
/// Selects the claims that answer a question and drafts a short cited answer in the question's language. Prefers
/// claims whose entities, speaker and dates fit the question type; abstains ("The sources don't say …") rather than
/// citing loosely related claims.
/// </summary>
public sealed class AnswerComposer(
    QueryAnalyzer analyzer,
    ClaimRetriever retriever,
    IClaimStore store,
    SourceDirectory sourceDirectory,
    LexiconCatalog lexicons,
    EvidenceText evidenceText,
    QuestionFit fit,
    CitationVerifier verifier,
    OfflinePhraser offline)
{
    private const int MaxClaims = 3;

    public async Task<ComposedReply<Answer>> ComposeAsync(string question, CancellationToken cancellationToken)
    {
        var query = analyzer.Analyze(question, isStatement: false);
        var lexicon = lexicons.For(query.Language);
        var matches = await retriever.RetrieveAsync(query, cancellationToken);
        var ranked = matches
            .Where(m => m.Coverage >= RelevancePolicy.MinimumAnswerCoverage && RelevancePolicy.AnswersSpecifics(query, m))
            .Select(m => m with { Score = m.Coverage + fit.Bonus(query, m.Claim) })
            .Where(m => m.Score >= RelevancePolicy.AnswerCoverage)
            .OrderByDescending(m => m.Score).ThenBy(m => m.Claim.Id, StringComparer.Ordinal)
            .ToList();
        if (ranked.Count == 0)
        {
            return Abstain(question, query.Language, lexicon);
        }

        var best = ranked[0].Score;
        var selected = ranked.Where(m => m.Score >= best * RelevancePolicy.CompanionShare)
            .DistinctBy(m => EvidenceText.Core(m.Claim.Text))
            .Take(MaxClaims)
            .ToList();
        selected = WithQuoteContinuations(selected, matches);
        var sources = await sourceDirectory.GetAsync(cancellationToken);
        var draft = new List<DraftSentence>();
        var cited = new List<Claim>();
        foreach (var claim in selected.Select(m => m.Claim))
        {
            cited.Add(claim);
            var source = SourceDirectory.RefFor(sources, claim);
            var text = fit.RoleSentence(query, claim, query.Language) ?? evidenceText.Present(claim, source, query.Language);
            draft.Add(new DraftSentence(text, [cited.Count]));
        }

        if (await fit.NamedEntitiesNearbyAsync(query, selected.Select(m => m.Claim).ToList(), store, cancellationToken) is { } nearby)
        {
            cited.Add(nearby.Claim);
            var names = string.Join(", ", nearby.Names);
            draft.Add(new DraftSentence(string.Format(System.Globalization.CultureInfo.InvariantCulture, lexicon.Template("sourceNames"), names), [cited.Count]));
        }

        var verified = verifier.Verify(draft, cited, query.Language);
        if (verified.Count == 0)
        {
            return Abstain(question, query.Language, lexicon);
        }

        var citations = cited.Select((c, i) => new Citation(i + 1, c.Id, c.Text, c.Speaker, SourceDirectory.RefFor(sources, c))).ToList();
        var evidence = cited.Select((c, i) => new NumberedEvidence(i + 1, c.Text, c.Speaker?.Name, c.Language, SourceDirectory.RefFor(sources, c).Title)).ToList();
        var request = new PhrasingRequest(ReplyKind.Answer, question, query.Language, evidence, verified);
        var answer = new Answer(question, query.Language, offline.Render(request), citations, Answered: true);
        return new ComposedReply<Answer>(answer, request);
    }

    // A quotation that runs over several sentences is one statement: when the next sentence of a cited quote adds a
    // concept of the question the cited one lacks ("… we could begin discussing …"), it is cited too.
    private static List<ClaimMatch> WithQuoteContinuations(List<ClaimMatch> selected, IReadOnlyList<ClaimMatch> candidates)
    {
        var result = new List<ClaimMatch>(selected);
        foreach (var match in selected)
        {
            var claim = match.Claim;
            if (!claim.IsQuote || claim.Speaker is null || NextId(claim.Id) is not { } nextId)
            {
                continue;
            }

            var next = candidates.FirstOrDefault(m => m.Claim.Id == nextId);
            if (next is not null && next.Claim.IsQuote && next.Claim.Speaker == claim.Speaker && result.All(r => r.Claim.Id != nextId)
                && next.Matched.Except(match.Matched).Any())
            {
                result.Insert(result.IndexOf(match) + 1, next);
            }
        }

        return result.Take(MaxClaims + 1).ToList();
    }

    private static string? NextId(string claimId)
    {
        var hash = claimId.LastIndexOf('#');
        return hash > 0 && int.TryParse(claimId[(hash + 1)..], out var ordinal) ? $"{claimId[..hash]}#{ordinal + 1}" : null;
    }

    private static ComposedReply<Answer> Abstain(string question, string language, LanguageLexicon lexicon)
    {
        var topic = question.Trim().TrimEnd('?', '.', '!', ' ');
        topic = topic.Length > 1 ? char.ToLowerInvariant(topic[0]) + topic[1..] : topic;
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, lexicon.Template("noAnswer"), topic);
        return new ComposedReply<Answer>(new Answer(question, language, text, [], Answered: false), null);
    }
}
