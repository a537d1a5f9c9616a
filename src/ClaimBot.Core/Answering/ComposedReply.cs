using ClaimBot.Core.Phrasing;

namespace ClaimBot.Core.Answering;

/// <summary>A reply the engine has composed: the result (with the deterministic text) and what the phrasing layer gets.</summary>
/// <param name="Phrasing">Null when there is nothing to phrase (an abstention): the result's text is final.</param>
public sealed record ComposedReply<TResult>(TResult Result, PhrasingRequest? Phrasing);
