using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ClaimBot.Platforms.Delivery;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Discord;

/// <summary>
/// The typed HttpClient for Discord's REST API. Webhook calls are authorised by the interaction token in the path;
/// only command registration sends the bot token, and only in the Authorization header. 429s are handled by
/// <see cref="DiscordRateLimitHandler"/> underneath; webhook calls go through <see cref="ResilientSender"/> on top, so
/// transport errors and 5xx are retried within the token's 15 minutes.
/// </summary>
public sealed class DiscordRestClient(HttpClient http, ResilientSender sender, TimeProvider time, IOptions<DiscordOptions> options) : IDiscordInteractionResponder
{
    private const int MaxErrorChars = 300;

    // PATCH and DELETE of @original are idempotent, so they are retried even after a timeout; a follow-up POST is not.
    public Task EditOriginalAsync(DiscordWebhook webhook, DiscordMessage message, CancellationToken cancellationToken) =>
        DeliverAsync(webhook, HttpMethod.Patch, "/messages/@original", message, "edit original", cancellationToken);

    public Task DeleteOriginalAsync(DiscordWebhook webhook, CancellationToken cancellationToken) =>
        DeliverAsync<object>(webhook, HttpMethod.Delete, "/messages/@original", null, "delete original", cancellationToken);

    public Task SendFollowupAsync(DiscordWebhook webhook, DiscordMessage message, CancellationToken cancellationToken) =>
        DeliverAsync(webhook, HttpMethod.Post, string.Empty, message, "follow-up", cancellationToken);

    /// <summary>GET the registered commands, global or for one guild.</summary>
    public async Task<IReadOnlyList<DiscordApplicationCommand>> GetCommandsAsync(string? guildId, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Get, Commands(guildId), null, true);
        using var response = await http.SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(response, "get commands", cancellationToken);
        return await response.Content.ReadFromJsonAsync<List<DiscordApplicationCommand>>(DiscordJson.Options, cancellationToken) ?? [];
    }

    /// <summary>Bulk-overwrites the command set (PUT), global or for one guild.</summary>
    public Task PutCommandsAsync(string? guildId, IReadOnlyList<DiscordApplicationCommand> commands, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, Commands(guildId), commands, true, "put commands", cancellationToken);

    private async Task DeliverAsync<T>(DiscordWebhook webhook, HttpMethod method, string suffix, T? body, string route, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        var path = Webhook(webhook.Token) + suffix;
        var deadline = (webhook.ReceivedAt ?? time.GetUtcNow()) + DeliveryTarget.DiscordTokenWindow;
        // 429s are waited out by DiscordRateLimitHandler underneath (with the global pause), so not again here.
        var target = new DeliveryTarget("discord " + route, webhook.InteractionId, deadline, Idempotent: method != HttpMethod.Post, RateLimitRetries: 0);
        using var response = await sender.SendAsync(http, () => Request(method, path, body, false), target, cancellationToken);
        await EnsureSuccessAsync(response, route, cancellationToken);
    }

    private async Task SendAsync<T>(HttpMethod method, string path, T? body, bool bot, string route, CancellationToken cancellationToken)
    {
        using var request = Request(method, path, body, bot);
        using var response = await http.SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(response, route, cancellationToken);
    }

    private HttpRequestMessage Request(HttpMethod method, string path, object? body, bool bot)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            // Serialised up front so the rate-limit handler can resend the same bytes.
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), DiscordJson.Options));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        if (bot)
        {
            var token = options.Value.BotToken;
            if (string.IsNullOrWhiteSpace(token))
            {
                request.Dispose();
                throw new InvalidOperationException("Discord:BotToken is required to register commands.");
            }

            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", token);
        }

        return request;
    }

    private string Webhook(string interactionToken) =>
        $"webhooks/{Uri.EscapeDataString(ApplicationId)}/{Uri.EscapeDataString(interactionToken)}";

    private string Commands(string? guildId) => guildId is null
        ? $"applications/{Uri.EscapeDataString(ApplicationId)}/commands"
        : $"applications/{Uri.EscapeDataString(ApplicationId)}/guilds/{Uri.EscapeDataString(guildId)}/commands";

    // The application id comes from configuration, not the payload: some interaction payloads omit it.
    private string ApplicationId => options.Value.ApplicationId
        ?? throw new InvalidOperationException("Discord:ApplicationId is not configured.");

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string route, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var detail = await response.Content.ReadAsStringAsync(cancellationToken);
        throw new DiscordApiException(response.StatusCode, route, detail.Length > MaxErrorChars ? detail[..MaxErrorChars] : detail);
    }
}
