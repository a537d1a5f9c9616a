namespace ClaimBot.Core.Claims;

/// <summary>Who a claim is attributed to, resolved to the fullest name and role the document gives.</summary>
public sealed record Speaker(string Name, string? Role);
