namespace ClaimBot.Core.Reloading;

/// <summary>The one reload mechanism: builds a new store generation from the sources folder and switches it in atomically; concurrent requests coalesce.</summary>
public sealed class ReloadCoordinator
{
    public Task<ReloadResult> ReloadAsync(ReloadRequest request, IProgress<ReloadProgress>? progress, CancellationToken cancellationToken) =>
        throw new NotImplementedException();
}
