using Microsoft.Extensions.Logging;

namespace ClaimBot.Platforms.Discord.Gateway;

/// <summary>
/// Posts a mention's answer: in a server text or announcement channel it starts a public thread from the mention and
/// answers there; in a thread, a DM or any other channel (or when the thread cannot be started) it replies in place
/// with a <c>message_reference</c>. <c>allowed_mentions</c> is always empty.
/// </summary>
public sealed class DiscordMentionDelivery(DiscordBotRestClient rest, ILogger<DiscordMentionDelivery> logger)
{
    private const int GuildText = 0;
    private const int GuildAnnouncement = 5;
    private const int ThreadNameLimit = 100;

    /// <exception cref="Delivery.DeliveryFailedException">Discord gave no answer within the attempts and the window.</exception>
    /// <exception cref="DiscordApiException">Discord refused the reply itself.</exception>
    public async Task DeliverAsync(DiscordIncomingMessage message, DiscordMessage reply, string subject, DiscordMentionOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.GuildId is not null && await rest.GetChannelTypeAsync(message.ChannelId, origin, cancellationToken) is GuildText or GuildAnnouncement)
        {
            try
            {
                var thread = await rest.StartThreadAsync(message.ChannelId, message.Id, ThreadName(subject), origin, cancellationToken);
                await rest.CreateMessageAsync(thread, reply, replyTo: null, origin, cancellationToken);
                DiscordGatewayLog.Answered(logger, message.Id, "a new thread");
                return;
            }
            catch (DiscordApiException ex)
            {
                // Missing Create Public Threads, or a thread already started from this message.
                DiscordGatewayLog.ThreadFailed(logger, message.Id, ex);
            }
        }

        await rest.CreateMessageAsync(message.ChannelId, reply, replyTo: message.Id, origin, cancellationToken);
        DiscordGatewayLog.Answered(logger, message.Id, "place");
    }

    private static string ThreadName(string subject)
    {
        var name = DiscordText.Fit(DiscordText.Neutralise(subject.ReplaceLineEndings(" ")), ThreadNameLimit);
        return name.Length == 0 ? "ClaimBot" : name;
    }
}
