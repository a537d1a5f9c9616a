namespace ClaimBot.Platforms.Chat;

/// <summary>
/// Bounds the CPU-bound engine work of chat commands (retrieval, answering, rendering) to one command per core, across
/// Discord and Slack in this process. Only the engine holds a slot: acknowledgements and reply delivery, which wait on
/// the network, never do, so slow platform APIs do not starve answering.
/// </summary>
public sealed class ChatEngineSlots(int capacity) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(capacity, capacity);

    /// <summary>How many commands may run the engine at once.</summary>
    public int Capacity { get; } = capacity;

    /// <summary>Takes a slot if one is free now.</summary>
    public bool TryEnter() => _slots.Wait(0);

    /// <summary>Waits for a slot; pair with <see cref="Release"/>.</summary>
    public Task EnterAsync(CancellationToken cancellationToken) => _slots.WaitAsync(cancellationToken);

    public void Release() => _slots.Release();

    /// <summary>Runs <paramref name="work"/> holding a slot.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await EnterAsync(cancellationToken);
        try
        {
            return await work();
        }
        finally
        {
            Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
