namespace ClaimBot.Core.Answering;

/// <summary>Claims from different sources that say the same thing.</summary>
public sealed record Agreement(IReadOnlyList<string> ClaimIds, string Why);
