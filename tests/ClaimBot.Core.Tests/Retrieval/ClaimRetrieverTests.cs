using ClaimBot.Core.Claims;
using ClaimBot.Core.Retrieval;

namespace ClaimBot.Core.Tests.Retrieval;

public sealed class ClaimRetrieverTests
{
    // Five sources whose body sentence words the same promise as the drought report's, none of them about the drought.
    private static readonly (string File, string Title, string Who)[] OtherReports =
    [
        ("storm.txt", "Storm damages harbours on the west coast", "fishermen"),
        ("fire.txt", "Fire destroys the old market hall", "shopkeepers"),
        ("flood.txt", "Flood forces families from their homes", "residents"),
        ("strike.txt", "Strike closes the steel works", "workers"),
        ("hack.txt", "Hackers shut down the regional hospitals", "hospitals"),
    ];

    [Fact]
    public void Retrieve_TopicWordOnlyInTheTitle_DocumentContextLiftsTheClaimIntoTheTopFive()
    {
        var documents = OtherReports.Select(r => Report(r.File, r.Title, r.Who)).ToList();
        documents.Add(Report("drought.txt", "Drought ruins the harvest in Jutland", "farmers"));
        var index = EngineParts.Index(documents.ToArray());
        var target = documents[^1].Single(c => c.Text.Contains("compensation", StringComparison.Ordinal));
        var query = EngineParts.Query("Will the government pay compensation for the drought?", QueryKind.Question, index, "en");

        var withContext = Top(EngineParts.Get<ClaimRetriever>().Retrieve(query, index, EngineParts.Weights, 5), index);
        var sentenceOnly = Top(EngineParts.Get<ClaimRetriever>().Retrieve(query, index, EngineParts.Weights with { DocumentWeight = 0 }, 5), index);

        Assert.DoesNotContain("drought", target.Terms.Split(' '));
        Assert.Contains(target.Id, withContext);
        Assert.DoesNotContain(target.Id, sentenceOnly);
    }

    [Fact]
    public void Retrieve_AttributedStatement_TheSpeakersClaimsAreCandidatesAheadOfOthers()
    {
        var fillers = Enumerable.Range(1, 30).Select(i => $"Harbour report {i} says the ferry timetable changes in spring.").ToList();
        var article = "Harbour news\n\n" + string.Join("\n\n", fillers) + "\n\n\"Nothing is decided yet,\" said harbour master Ingrid Solberg.";
        var claims = EngineParts.Document("harbour.txt", article, "en");
        var index = EngineParts.Index(claims);
        var target = claims.Single(c => c.Text.Contains("Solberg", StringComparison.Ordinal));
        var query = EngineParts.Query("Ingrid Solberg said the ferry timetable changes in spring.", QueryKind.Statement, index, "en");

        var top = Top(EngineParts.Get<ClaimRetriever>().Retrieve(query, index, EngineParts.Weights, 5), index);

        Assert.Equal("Ingrid Solberg", query.Speaker);
        Assert.Contains(target.Id, top);
    }

    [Fact]
    public void Retrieve_ClaimsWithoutTheQueryDate_AreStillCandidates()
    {
        var index = TalksCorpus.Index;
        var query = EngineParts.Query("Russia invited the United States to the talks on 12 January 2017.", QueryKind.Statement, index, "en");

        var candidates = Top(EngineParts.Retrieve(query, index), index);

        Assert.Contains(TalksCorpus.Claim("Russia invites the United States").Id, candidates);
        Assert.Contains(TalksCorpus.Claim("Russia invited the United States to the talks in Astana").Id, candidates);
        Assert.Equal(-1, index.TermId("d:2017-01-12"));
    }

    [Theory]
    [InlineData("the ceasefire", "Våbenhvilen har holdt")]
    [InlineData("the agreement", "Aftalen blev underskrevet")]
    public void Retrieve_EnglishTopic_FindsTheDanishClaimThroughATranslation(string topic, string danish)
    {
        var index = EngineParts.Index(TalksCorpus.DanishReport);
        var query = EngineParts.Query(topic, QueryKind.Topic, index, "en");

        var result = EngineParts.Retrieve(query, index);

        var concept = Assert.Single(query.Concepts);
        Assert.Contains(concept.Terms, t => t.Kind == MatchKind.Translation);
        Assert.DoesNotContain(concept.Terms, t => t.Kind == MatchKind.Exact);
        Assert.Equal(TalksCorpus.Claim(danish).Id, index.ClaimId(result.Candidates[0].Claim));
    }

    [Fact]
    public void Retrieve_NoQueryTermIndexed_ReturnsNoCandidates()
    {
        var index = TalksCorpus.Index;
        var query = EngineParts.Query("glorbified snarkwood", QueryKind.Topic, index, "en");

        var result = EngineParts.Retrieve(query, index);

        Assert.Empty(result.Candidates);
    }

    [Fact]
    public void Retrieve_Candidates_AreOrderedByCombinedScore()
    {
        var index = TalksCorpus.Index;
        var query = EngineParts.Query("Iran objects to US participation in the negotiations.", QueryKind.Statement, index, "en");

        var result = EngineParts.Retrieve(query, index);

        Assert.Equal(TalksCorpus.Claim("Iran objects").Id, index.ClaimId(result.Candidates[0].Claim));
        Assert.Equal(result.Candidates.OrderByDescending(c => c.Combined).Select(c => c.Combined), result.Candidates.Select(c => c.Combined));
        Assert.Equal(result.Candidates.Max(c => c.SentenceScore), result.BestSentence);
    }

    private static List<string> Top(RetrievalResult result, ClaimIndex index) => result.Candidates.Select(c => index.ClaimId(c.Claim)).ToList();

    private static IReadOnlyList<Claim> Report(string file, string title, string who) =>
        EngineParts.Document(file, $"""
            {title}

            The government will pay compensation to the {who}.

            Officials will meet the {who} next week to discuss the damage.
            """, "en");
}
