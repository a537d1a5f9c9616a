namespace ClaimBot.Core.Claims;

/// <summary>An entity a claim mentions, linked to a language-neutral id ("loc:russia", "org:un", "per:sergey-lavrov").</summary>
/// <param name="Type">One of "person", "country", "city", "organisation", "location".</param>
public sealed record EntityRef(string Id, string Name, string Type)
{
    /// <summary>A person's role as the document gives it ("leader of the Revolutionary Armed Forces of Colombia (FARC)"), or null.</summary>
    public string? Role { get; init; }
}
