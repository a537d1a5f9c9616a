using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Discord.Gateway;

/// <summary>
/// The bot-token REST calls behind Gateway mentions: gateway discovery, channel type, fetching a replied-to message,
/// starting a thread and posting. Registered on the same <see cref="DiscordRateLimitHandler"/> as
/// <see cref="DiscordRestClient"/>, so 429s (per route and global) are honoured the same way. The token goes only in
/// the Authorization header.
/// </summary>
public sealed class DiscordBotRestClient(HttpClient http, IOptions<DiscordOptions> options)
{
    private const int MaxErrorChars = 300;
    private const int ThreadArchiveMinutes = 1440;

    public async Task<DiscordGatewayBot> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, "gateway/bot", null, "get gateway", cancellationToken);
        return await response.Content.ReadFromJsonAsync<DiscordGatewayBot>(DiscordJson.Options, cancellationToken)
            ?? throw new DiscordApiException("Discord get gateway returned no body.");
    }

    /// <summary>The channel's type (0 text, 5 announcement, 10–12 threads, …).</summary>
    public async Task<int> GetChannelTypeAsync(string channelId, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, $"channels/{Escape(channelId)}", null, "get channel", cancellationToken);
        var channel = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        return channel?["type"]?.GetValue<int>() ?? 0;
    }

    /// <summary>A message, or null when it no longer exists or the bot may not read it.</summary>
    public async Task<DiscordIncomingMessage?> GetMessageAsync(string channelId, string messageId, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await SendAsync(HttpMethod.Get, $"channels/{Escape(channelId)}/messages/{Escape(messageId)}", null, "get message", cancellationToken);
            using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            return DiscordIncomingMessage.Parse(document.RootElement);
        }
        catch (DiscordApiException ex) when (ex.Status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
        {
            return null;
        }
    }

    /// <summary>Starts a public thread from <paramref name="messageId"/>; returns the thread's channel id.</summary>
    public async Task<string> StartThreadAsync(string channelId, string messageId, string name, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["name"] = name, ["auto_archive_duration"] = ThreadArchiveMinutes };
        using var response = await SendAsync(HttpMethod.Post, $"channels/{Escape(channelId)}/messages/{Escape(messageId)}/threads", body, "start thread", cancellationToken);
        var thread = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        return thread?["id"]?.GetValue<string>() ?? messageId;
    }

    /// <summary>Posts <paramref name="message"/>, as a reply to <paramref name="replyTo"/> when given (no ping: allowed_mentions stays empty).</summary>
    public async Task CreateMessageAsync(string channelId, DiscordMessage message, string? replyTo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = JsonSerializer.SerializeToNode(message with { Flags = null }, DiscordJson.Options)!.AsObject();
        if (replyTo is not null)
        {
            body["message_reference"] = new JsonObject { ["message_id"] = replyTo, ["fail_if_not_exists"] = false };
        }

        using var response = await SendAsync(HttpMethod.Post, $"channels/{Escape(channelId)}/messages", body, "create message", cancellationToken);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonObject? body, string route, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            // Bytes, not a stream, so the rate-limit handler can resend the same request.
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, DiscordJson.Options));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", options.Value.BotToken
            ?? throw new InvalidOperationException("Discord:BotToken is required for the Gateway."));
        var response = await http.SendAsync(request, cancellationToken);
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
