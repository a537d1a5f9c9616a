using ClaimBot.Core.Claims;

namespace ClaimBot.Core.Extraction;

/// <summary>An entity found in a text: which one, and the token range [<paramref name="FirstToken"/>, <paramref name="EndToken"/>).</summary>
public sealed record EntityMention(EntityRef Entity, int FirstToken, int EndToken, bool IsAdjective);
