namespace ClaimBot.Core.Retrieval;

/// <summary>
/// Ranks claims for a query with BM25 at two levels, the sentence and its source document, over a structured query: each
/// concept scores by its best-matching term (exact stem, translation, synonym, part, name key), weighted by how fully
/// that term expresses it. Nothing is vetoed here: missing specifics only lower the score, and the judge decides.
/// </summary>
public sealed class ClaimRetriever
{
    public RetrievalResult Retrieve(AnalyzedQuery query, ClaimIndex index, RetrievalWeights weights, int? limit = null)
    {
        if (query.Concepts.Count == 0 || index.ClaimCount == 0)
        {
            return RetrievalResult.Empty;
        }

        var sentence = new Dictionary<int, double>();
        var document = new Dictionary<int, double>();
        var conceptIdf = new double[query.Concepts.Count];
        var unseen = Math.Log(1 + index.ClaimCount + 0.5);
        var idealDocument = 0.0;
        for (var k = 0; k < query.Concepts.Count; k++)
        {
            var bestSentence = new Dictionary<int, double>();
            var bestDocument = new Dictionary<int, double>();
            var idf = 0.0;
            var docIdfBest = 0.0;
            foreach (var term in query.Concepts[k].Terms)
            {
                var id = index.TermId(term.Term);
                if (id < 0)
                {
                    continue;
                }

                var termIdf = index.Idf(id);
                // How much a concept matters is how rare it is, however weakly a term expresses it: a question word
                // reached only through a loose translation is not thereby unimportant when no claim has it.
                idf = Math.Max(idf, termIdf);
                foreach (var claim in index.Postings(id))
                {
                    var score = SentenceScore(term.Weight, termIdf, claim, index, weights);
                    if (score > bestSentence.GetValueOrDefault(claim))
                    {
                        bestSentence[claim] = score;
                    }
                }

                var (docs, tfs) = index.DocPostings(id);
                var docIdf = index.DocIdf(id);
                docIdfBest = Math.Max(docIdfBest, docIdf);
                for (var i = 0; i < docs.Length; i++)
                {
                    var norm = 1 - weights.B + (weights.B * index.DocLength(docs[i]) / index.AverageDocLength);
                    var score = term.Weight * docIdf * tfs[i] * (weights.K1 + 1) / (tfs[i] + (weights.K1 * norm));
                    if (score > bestDocument.GetValueOrDefault(docs[i]))
                    {
                        bestDocument[docs[i]] = score;
                    }
                }
            }

            conceptIdf[k] = idf > 0 ? idf : unseen;
            idealDocument += docIdfBest > 0 ? docIdfBest : Math.Log(1 + index.SourceCount + 0.5);
            foreach (var (claim, score) in bestSentence)
            {
                sentence[claim] = sentence.GetValueOrDefault(claim) + score;
            }

            foreach (var (doc, score) in bestDocument)
            {
                document[doc] = document.GetValueOrDefault(doc) + score;
            }
        }

        // The speaker's claims join the candidates, ranked by their name's BM25 as well; their scores stay the
        // concepts' (zero for a claim only the name reaches). When the concepts reach nothing, nothing is added.
        var speaker = sentence.Count == 0 ? [] : SpeakerScores(query, index, weights);
        foreach (var claim in speaker.Keys)
        {
            sentence.TryAdd(claim, 0);
        }

        var candidates = sentence
            .Select(p =>
            {
                var doc = document.GetValueOrDefault(index.SourceOf(p.Key));
                return new Candidate(p.Key, p.Value, doc, p.Value + (weights.DocumentWeight * doc) + speaker.GetValueOrDefault(p.Key));
            })
            .OrderByDescending(c => c.Combined).ThenBy(c => c.Claim)
            .Take(limit ?? weights.Candidates)
            .ToList();
        var ideal = conceptIdf.Sum();
        return new RetrievalResult(candidates, conceptIdf, ideal, idealDocument,
            candidates.Count == 0 ? 0 : candidates.Max(c => c.SentenceScore),
            document.Count == 0 ? 0 : document.Values.Max());
    }

    private static Dictionary<int, double> SpeakerScores(AnalyzedQuery query, ClaimIndex index, RetrievalWeights weights)
    {
        var scores = new Dictionary<int, double>();
        foreach (var term in query.SpeakerTerms)
        {
            var id = index.TermId(term.Term);
            if (id < 0)
            {
                continue;
            }

            var idf = index.Idf(id);
            foreach (var claim in index.Postings(id))
            {
                scores[claim] = Math.Max(scores.GetValueOrDefault(claim), SentenceScore(term.Weight, idf, claim, index, weights));
            }
        }

        return scores;
    }

    // BM25 of one term in one sentence (a term occurs once in a sentence), scaled by how fully it expresses its concept.
    private static double SentenceScore(double weight, double idf, int claim, ClaimIndex index, RetrievalWeights weights)
    {
        var norm = 1 - weights.B + (weights.B * index.Length(claim) / index.AverageLength);
        return weight * idf * (weights.K1 + 1) / (1 + (weights.K1 * norm));
    }
}
