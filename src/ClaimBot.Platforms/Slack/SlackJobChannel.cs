using System.Diagnostics.CodeAnalysis;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Slack;

/// <summary>
/// Bounded in-process queue between the 3-second acknowledgement and the work. Enqueueing never waits: when full the
/// caller tells the user to retry (or lets Slack retry an event) rather than missing Slack's deadline.
/// </summary>
public sealed class SlackJobChannel(IOptions<SlackOptions> options, TimeProvider timeProvider)
{
    private readonly Channel<SlackJob> _channel = Channel.CreateBounded<SlackJob>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Queues the job stamped with its origin (<paramref name="reference"/> and now); false when the queue is full.</summary>
    public bool TryEnqueue(SlackJob job, string reference)
    {
        ArgumentNullException.ThrowIfNull(job);
        return _channel.Writer.TryWrite(job with { Origin = new SlackOrigin(reference, timeProvider.GetUtcNow()) });
    }

    /// <summary>Jobs waiting for a worker now (for measurements).</summary>
    public int Count => _channel.Reader.Count;

    /// <summary>Takes a queued job without waiting (the worker uses <see cref="ReadAllAsync"/>).</summary>
    public bool TryDequeue([NotNullWhen(true)] out SlackJob? job) => _channel.Reader.TryRead(out job);

    public IAsyncEnumerable<SlackJob> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}
