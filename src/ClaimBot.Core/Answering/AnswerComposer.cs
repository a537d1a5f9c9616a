using System.Globalization;
using ClaimBot.Core.Claims;
using ClaimBot.Core.Extraction;
using ClaimBot.Core.Judging;
using ClaimBot.Core.Phrasing;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Answering;

/// <summary>
/// Answers a question: the judge ranks the retrieved claims by relevance; the best one answers when it clears the
/// learned operating point, else the reply abstains and cites nothing. The reply opens with the direct answer (the
/// answer phrase for the question type, in the claim's words) and then quotes the claims it rests on, each cited.
/// </summary>
public sealed class AnswerComposer(
    EvidenceSearch search,
    SourceDirectory sourceDirectory,
    LexiconCatalog lexicons,
    EvidenceText evidenceText,
    AnswerPhraseFinder phrases,
    OfflinePhraser offline)
{
    public async Task<ComposedReply<Answer>> ComposeAsync(string question, CancellationToken cancellationToken)
    {
        var set = await search.SearchAsync(question, QueryKind.Question, cancellationToken);
        var query = set.Query;
        var lexicon = lexicons.For(query.Language);
        var selected = AnswerSelection.Select(set.Judgements, search.Model);
        if (selected.Count == 0)
        {
            return Abstain(question, query.Language, lexicon);
        }

        var sources = await sourceDirectory.GetAsync(cancellationToken);
        var draft = new List<DraftSentence>();
        if (phrases.Find(query, selected[0]) is { } phrase)
        {
            draft.Add(new DraftSentence(phrase, [1]));
        }

        for (var i = 0; i < selected.Count; i++)
        {
            var claim = selected[i].Claim;
            draft.Add(new DraftSentence(evidenceText.Present(claim, SourceDirectory.RefFor(sources, claim), query.Language), [i + 1]));
        }

        var cited = selected.Select(j => j.Claim).ToList();
        var citations = cited.Select((c, i) => new Citation(i + 1, c.Id, c.Text, c.Speaker, SourceDirectory.RefFor(sources, c))).ToList();
        var evidence = cited.Select((c, i) => new NumberedEvidence(i + 1, c.Text, c.Speaker?.Name, c.Language, SourceDirectory.RefFor(sources, c).Title)).ToList();
        var request = new PhrasingRequest(ReplyKind.Answer, question, query.Language, evidence, draft);
        var answer = new Answer(question, query.Language, offline.Render(request), citations, Answered: true);
        return new ComposedReply<Answer>(answer, request);
    }

    private static ComposedReply<Answer> Abstain(string question, string language, LanguageLexicon lexicon)
    {
        // The question is quoted as asked: turned into an indirect question it would keep its word order ("… don't say
        // when did …"), which no language's grammar allows. A quote mark inside it cannot close the template's quote.
        var quoted = question.Trim().Replace('“', '"').Replace('”', '"').Replace('»', '"').Replace('«', '"');
        var text = string.Format(CultureInfo.InvariantCulture, lexicon.Template("noAnswer"), quoted);
        return new ComposedReply<Answer>(new Answer(question, language, text, [], Answered: false), null);
    }
}
