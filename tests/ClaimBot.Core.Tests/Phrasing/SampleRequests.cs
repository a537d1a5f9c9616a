using ClaimBot.Core.Phrasing;

namespace ClaimBot.Core.Tests.Phrasing;

/// <summary>Requests as the answer engine builds them: Danish and English evidence, a draft citing it.</summary>
internal static class SampleRequests
{
    public static PhrasingRequest Danish(ReplyKind kind = ReplyKind.Answer) => new(
        kind,
        "Har Iran inviteret USA til forhandlinger?",
        "da",
        [
            new NumberedEvidence(1, "We have not invited them.", "Zarif", "en", "Iran denies invitation"),
            new NumberedEvidence(2, "Løkke siger, at Danmark støtter forhandlingerne i Genève.", "Lars Løkke Rasmussen", "da", "Løkke om Iran"),
        ],
        [
            new DraftSentence("Zarif siger, at Iran ikke har inviteret USA", [1]),
            new DraftSentence("Løkke siger, at Danmark støtter forhandlingerne i Genève.", [2]),
        ],
        kind == ReplyKind.Verdict ? "refuted" : null);

    public static PhrasingRequest English(ReplyKind kind = ReplyKind.Answer) => new(
        kind,
        "Did Iran invite the US?",
        "en",
        [new NumberedEvidence(1, "We have not invited them.", "Zarif", "en", "Iran denies invitation")],
        [new DraftSentence("Zarif: \"We have not invited them\"!", [1])],
        kind == ReplyKind.Verdict ? "refuted" : null);
}
