using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Platforms.Discord.Gateway;

/// <summary>
/// Decides, on the Gateway's receive loop and without I/O, whether a message is ClaimBot's to answer: not its own or
/// another bot's or a webhook's, an explicit mention, not seen before (a resume replays events), within the channel's
/// rate limit. The answer itself runs on <see cref="DiscordReplyWorker"/> through <see cref="DiscordMentionResponder"/>.
/// </summary>
public sealed class DiscordMentionHandler(
    DiscordReplyWorker worker,
    DiscordChannelRateLimiter limiter,
    IServiceScopeFactory scopes,
    ILogger<DiscordMentionHandler> logger)
{
    private const int RememberedMessages = 10_000;

    private readonly Lock _gate = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<string> _seenOrder = new();

    /// <summary>Queues the answer to <paramref name="message"/> when it is one to answer; returns whether it was queued.</summary>
    public bool Handle(DiscordIncomingMessage message, string botUserId)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.AuthorId == botUserId || message.AuthorIsBot || message.IsWebhook)
        {
            return false;
        }

        var request = DiscordMentionParser.Parse(message.Content, botUserId, message.ReferencedMessageId is not null);
        if (request is null)
        {
            return false;
        }

        if (!Remember(message.Id))
        {
            DiscordGatewayLog.Duplicate(logger, message.Id);
            return false;
        }

        if (!limiter.TryAcquire(message.ChannelId))
        {
            DiscordGatewayLog.ChannelLimited(logger, message.ChannelId, message.Id);
            return false;
        }

        var job = new DiscordDeferredJob(message.Id, Task.CompletedTask, async aborted =>
        {
            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                await scope.ServiceProvider.GetRequiredService<DiscordMentionResponder>().RespondAsync(message, request, aborted);
            }
        });
        if (!worker.TryEnqueue(job))
        {
            DiscordGatewayLog.NotQueued(logger, message.Id);
            return false;
        }

        var kind = request.Kind.ToString();
        DiscordGatewayLog.MentionQueued(logger, message.Id, message.ChannelId, kind);
        return true;
    }

    private bool Remember(string messageId)
    {
        lock (_gate)
        {
            if (!_seen.Add(messageId))
            {
                return false;
            }

            _seenOrder.Enqueue(messageId);
            if (_seenOrder.Count > RememberedMessages)
            {
                _seen.Remove(_seenOrder.Dequeue());
            }

            return true;
        }
    }
}
