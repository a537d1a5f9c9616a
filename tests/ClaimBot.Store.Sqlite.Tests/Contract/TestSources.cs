using ClaimBot.Core.Claims;
using ClaimBot.Core.Documents;

namespace ClaimBot.Store.Contract;

/// <summary>Builders for sources and claims that tests write themselves.</summary>
public static class TestSources
{
    /// <summary>A source with <paramref name="claimCount"/> plain claims; <paramref name="marker"/> tags text, hash and terms.</summary>
    public static ExtractedSource Source(string id, int claimCount, string marker = "v1", string? file = null)
    {
        var document = Document(id, marker, file);
        var claims = Enumerable.Range(1, claimCount)
            .Select(ordinal => Claim(id, ordinal, $"{marker} claim {ordinal} of {id}", $"{marker} shared src-{id} t{ordinal}"))
            .ToArray();
        return new ExtractedSource(document, claims);
    }

    /// <summary>A source whose claims are given.</summary>
    public static ExtractedSource Source(string id, params Claim[] claims) => new(Document(id, "v1", null), claims);

    public static SourceDocument Document(string id, string marker = "v1", string? file = null) => new(
        Id: id,
        File: file ?? id + ".txt",
        Title: $"Title of {id}",
        Date: "2017-01-19",
        Language: "en",
        Url: $"https://example.org/{id}",
        Outlet: "Reuters",
        ContentHash: $"hash-{id}-{marker}",
        Text: $"{marker} text of {id}");

    /// <summary>A plain claim: span from the ordinal, no speaker, entities, dates or numbers.</summary>
    public static Claim Claim(string sourceId, int ordinal, string text, string terms) => new(
        Id: $"{sourceId}#{ordinal}",
        SourceId: sourceId,
        Text: text,
        Start: ordinal * 100,
        End: ordinal * 100 + text.Length,
        Language: "en",
        Speaker: null,
        IsQuote: false,
        IsNegated: false,
        IsHedged: false,
        Entities: [],
        Dates: [],
        Numbers: [],
        Terms: terms);
}
