using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimBot.Platforms.Delivery;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Discord.Gateway;

/// <summary>
/// The bot-token REST calls behind Gateway mentions: gateway discovery, channel type, fetching a replied-to message,
/// starting a thread and posting. Registered on the same <see cref="DiscordRateLimitHandler"/> as
/// <see cref="DiscordRestClient"/>, so 429s (per route and global) are honoured the same way, once; the mention calls
/// go through <see cref="ResilientSender"/> on top (transport errors and 5xx retried within
/// <c>Delivery:DefaultWindow</c> of the mention). The token goes only in the Authorization header.
/// </summary>
public sealed class DiscordBotRestClient(HttpClient http, ResilientSender sender, IOptions<DeliveryOptions> delivery, IOptions<DiscordOptions> options)
{
    private const int MaxErrorChars = 300;
    private const int ThreadArchiveMinutes = 1440;

    // Discord accepts a nonce of up to 25 characters; a snowflake has at most 20 digits.
    private const int MaxNonceChars = 25;

    /// <summary>The Gateway URL and session start limit. Not retried here: the Gateway loop backs off and asks again.</summary>
    public async Task<DiscordGatewayBot> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, "gateway/bot", null, "get gateway", null, cancellationToken);
        return await response.Content.ReadFromJsonAsync<DiscordGatewayBot>(DiscordJson.Options, cancellationToken)
            ?? throw new DiscordApiException("Discord get gateway returned no body.");
    }

    /// <summary>The channel's type (0 text, 5 announcement, 10–12 threads, …).</summary>
    public async Task<int> GetChannelTypeAsync(string channelId, DiscordMentionOrigin origin, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, $"channels/{Escape(channelId)}", null, "get channel", Target("get channel", origin, idempotent: true), cancellationToken);
        var channel = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        return channel?["type"]?.GetValue<int>() ?? 0;
    }

    /// <summary>A message, or null when it no longer exists or the bot may not read it.</summary>
    public async Task<DiscordIncomingMessage?> GetMessageAsync(string channelId, string messageId, DiscordMentionOrigin origin, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await SendAsync(
                HttpMethod.Get, $"channels/{Escape(channelId)}/messages/{Escape(messageId)}", null, "get message", Target("get message", origin, idempotent: true), cancellationToken);
            using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            return DiscordIncomingMessage.Parse(document.RootElement);
        }
        catch (DiscordApiException ex) when (ex.Status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
        {
            return null;
        }
    }

    /// <summary>Starts a public thread from <paramref name="messageId"/>; returns the thread's channel id.</summary>
    public async Task<string> StartThreadAsync(string channelId, string messageId, string name, DiscordMentionOrigin origin, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["name"] = name, ["auto_archive_duration"] = ThreadArchiveMinutes };
        // Not idempotent: retried only when no answer came (a dropped connection).
        using var response = await SendAsync(
            HttpMethod.Post, $"channels/{Escape(channelId)}/messages/{Escape(messageId)}/threads", body, "start thread", Target("start thread", origin, idempotent: false), cancellationToken);
        var thread = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        return thread?["id"]?.GetValue<string>() ?? messageId;
    }

    /// <summary>
    /// Posts <paramref name="message"/>, as a reply to <paramref name="replyTo"/> when given (no ping: allowed_mentions
    /// stays empty). The mention's id is sent as an enforced nonce, so Discord creates one message however often the
    /// post is retried, and the post is retried like an idempotent call.
    /// </summary>
    public async Task CreateMessageAsync(string channelId, DiscordMessage message, string? replyTo, DiscordMentionOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(origin);
        var body = JsonSerializer.SerializeToNode(message with { Flags = null }, DiscordJson.Options)!.AsObject();
        if (replyTo is not null)
        {
            body["message_reference"] = new JsonObject { ["message_id"] = replyTo, ["fail_if_not_exists"] = false };
        }

        var nonced = origin.MessageId.Length <= MaxNonceChars;
        if (nonced)
        {
            body["nonce"] = origin.MessageId;
            body["enforce_nonce"] = true;
        }

        using var response = await SendAsync(HttpMethod.Post, $"channels/{Escape(channelId)}/messages", body, "create message", Target("create message", origin, idempotent: nonced), cancellationToken);
    }

    // 429s are waited out by DiscordRateLimitHandler underneath (with the global pause), so not again in the sender.
    private DeliveryTarget Target(string route, DiscordMentionOrigin origin, bool idempotent) =>
        new("discord " + route, origin.MessageId, origin.ReceivedAt + delivery.Value.DefaultWindow, idempotent, RateLimitRetries: 0);

    /// <param name="target">Set for a mention's call, which then goes through <see cref="ResilientSender"/>; null sends once.</param>
    private async Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string path, JsonObject? body, string route, DeliveryTarget? target, CancellationToken cancellationToken)
    {
        // Bytes, not a stream, so each attempt (and the rate-limit handler's resend) carries the same body.
        var bytes = body is null ? null : JsonSerializer.SerializeToUtf8Bytes(body, DiscordJson.Options);
        var token = options.Value.BotToken ?? throw new InvalidOperationException("Discord:BotToken is required for the Gateway.");
        HttpRequestMessage Create()
        {
            var request = new HttpRequestMessage(method, path);
            if (bytes is not null)
            {
                request.Content = new ByteArrayContent(bytes);
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            }

            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", token);
            return request;
        }

        HttpResponseMessage response;
        if (target is not null)
        {
            response = await sender.SendAsync(http, Create, target, cancellationToken);
        }
        else
        {
            using var request = Create();
            response = await http.SendAsync(request, cancellationToken);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var detail = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new DiscordApiException(response.StatusCode, route, detail.Length > MaxErrorChars ? detail[..MaxErrorChars] : detail);
        }
    }

    private static string Escape(string id) => Uri.EscapeDataString(id);
}
