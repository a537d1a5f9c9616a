namespace ClaimBot.Host.Serving;

/// <summary>Whether this instance has a loaded store to answer from (readiness).</summary>
public sealed class ServingState
{
    private volatile bool _loaded;

    public bool Loaded => _loaded;

    public void MarkLoaded() => _loaded = true;
}
