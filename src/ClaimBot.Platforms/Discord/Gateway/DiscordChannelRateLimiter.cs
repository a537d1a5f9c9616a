using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Discord.Gateway;

/// <summary>
/// At most <see cref="DiscordGatewayOptions.ChannelRepliesPerMinute"/> mention answers per channel per rolling minute,
/// so one busy or hostile channel cannot keep the engine and the bot's REST budget to itself.
/// </summary>
public sealed class DiscordChannelRateLimiter(IOptions<DiscordOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private const int MaxTrackedChannels = 10_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>> _channels = new(StringComparer.Ordinal);

    /// <summary>True (and counted) when <paramref name="channelId"/> may get another answer now.</summary>
    public bool TryAcquire(string channelId)
    {
        var now = time.GetUtcNow();
        var limit = options.Value.Gateway.ChannelRepliesPerMinute;
        lock (_gate)
        {
            if (_channels.Count >= MaxTrackedChannels)
            {
                foreach (var quiet in _channels.Where(c => c.Value.All(t => t <= now - Window)).Select(c => c.Key).ToList())
                {
                    _channels.Remove(quiet);
                }
            }

            if (!_channels.TryGetValue(channelId, out var recent))
            {
                recent = new Queue<DateTimeOffset>();
                _channels[channelId] = recent;
            }

            while (recent.Count > 0 && recent.Peek() <= now - Window)
            {
                recent.Dequeue();
            }

            if (recent.Count >= limit)
            {
                return false;
            }

            recent.Enqueue(now);
            return true;
        }
    }
}
