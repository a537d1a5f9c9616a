using Microsoft.Extensions.Hosting;

namespace ClaimBot.Core.Tests.Reloading;

/// <summary>A host lifetime the test stops by hand, as SIGTERM would.</summary>
internal sealed class StoppingLifetime : IHostApplicationLifetime, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();

    public CancellationToken ApplicationStarted => CancellationToken.None;

    public CancellationToken ApplicationStopping => _stopping.Token;

    public CancellationToken ApplicationStopped => CancellationToken.None;

    public void StopApplication() => _stopping.Cancel();

    public void Dispose() => _stopping.Dispose();
}
