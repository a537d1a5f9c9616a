namespace ClaimBot.Core.Answering;

/// <summary>The reply to a question.</summary>
/// <param name="Language">The question's language; the answer text is phrased in it.</param>
/// <param name="Text">Short answer; every sentence carries [N] markers, unless <paramref name="Answered"/> is false.</param>
/// <param name="Answered">False when the sources do not answer the question: the text says so and nothing is cited.</param>
public sealed record Answer(
    string Question,
    string Language,
    string Text,
    IReadOnlyList<Citation> Citations,
    bool Answered);
