namespace ClaimBot.Store.Contract;

/// <summary>
/// A contract test. The contract suite is compiled into each store's test project and binds to that project's
/// <c>StoreFact</c>; SQLite needs no server, so here it always runs.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;
