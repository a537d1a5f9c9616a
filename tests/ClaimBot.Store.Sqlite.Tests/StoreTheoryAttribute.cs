namespace ClaimBot.Store.Contract;

/// <summary>A data-driven contract test; see <see cref="StoreFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreTheoryAttribute : TheoryAttribute;
