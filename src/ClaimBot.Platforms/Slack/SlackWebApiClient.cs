using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimBot.Platforms.Delivery;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Slack;

/// <summary>
/// Typed HttpClient for the Slack Web API: JSON bodies, bot token as a Bearer header, <c>ok</c> checked, sent through
/// <see cref="ResilientSender"/> (transport errors, 5xx and 429 retried within <c>Delivery:DefaultWindow</c>).
/// </summary>
public sealed class SlackWebApiClient(
    HttpClient http,
    ResilientSender sender,
    IOptions<SlackOptions> options,
    IOptions<DeliveryOptions> delivery,
    ILogger<SlackWebApiClient> logger)
    : ISlackWebApi
{
    public async Task<SlackApiResult> PostMessageAsync(string channel, string? threadTs, SlackMessage message, SlackOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(origin);
        var body = new JsonObject
        {
            ["channel"] = channel,
            ["text"] = message.Text,
            ["unfurl_links"] = false,
            ["unfurl_media"] = false,
        };
        if (threadTs is not null)
        {
            body["thread_ts"] = threadTs;
        }

        if (message.Blocks is not null)
        {
            body["blocks"] = message.Blocks.DeepClone();
        }

        return await CallAsync("chat.postMessage", body, origin, cancellationToken).ConfigureAwait(false);
    }

    private async Task<SlackApiResult> CallAsync(string method, JsonObject body, SlackOrigin origin, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var url = new Uri(settings.ApiBaseUrl.TrimEnd('/') + "/" + method);
        var json = body.ToJsonString();
        var target = new DeliveryTarget(
            "slack " + method, origin.Reference, origin.ReceivedAt + delivery.Value.DefaultWindow, Idempotent: false, settings.MaxRateLimitRetries);
        HttpResponseMessage response;
        try
        {
            response = await sender.SendAsync(
                http,
                () =>
                {
                    var request = new HttpRequestMessage(HttpMethod.Post, url)
                    {
                        Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
                    };
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.BotToken);
                    return request;
                },
                target,
                cancellationToken).ConfigureAwait(false);
        }
        catch (DeliveryFailedException ex)
        {
            return new SlackApiResult(false, ex.Message);
        }

        using var disposing = response;
        if (!response.IsSuccessStatusCode)
        {
            var status = $"HTTP {(int)response.StatusCode}";
            SlackLog.WebApiError(logger, method, status);
            return new SlackApiResult(false, status);
        }

        var result = await ReadResultAsync(response, cancellationToken).ConfigureAwait(false);
        if (!result.Ok)
        {
            SlackLog.WebApiError(logger, method, result.Error ?? "unknown_error");
        }

        return result;
    }

    private static async Task<SlackApiResult> ReadResultAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var node = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken).ConfigureAwait(false);
            var ok = node?["ok"]?.GetValueKind() == JsonValueKind.True;
            var error = node?["error"]?.GetValue<string>();
            var ts = node?["ts"]?.GetValue<string>();
            return new SlackApiResult(ok, ok ? null : error ?? "unknown_error", ts);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException)
        {
            return new SlackApiResult(false, "invalid_response");
        }
    }
}
