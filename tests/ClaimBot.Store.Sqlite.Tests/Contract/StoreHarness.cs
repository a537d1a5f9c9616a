using ClaimBot.Core.Claims;
using Microsoft.Extensions.Time.Testing;

namespace ClaimBot.Store.Contract;

/// <summary>
/// One empty database owned by one test (a temp SQLite file, a fresh PostgreSQL schema). Every store it creates
/// talks to that same database, so a test can play several processes.
/// </summary>
public abstract class StoreHarness : IAsyncDisposable
{
    /// <summary>The clock every store of this harness reads (reply-state expiry).</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2017, 1, 19, 12, 0, 0, TimeSpan.Zero));

    /// <summary>A new, not yet initialised store instance over this harness's database.</summary>
    public abstract IClaimStore CreateStore();

    public abstract ValueTask DisposeAsync();
}
