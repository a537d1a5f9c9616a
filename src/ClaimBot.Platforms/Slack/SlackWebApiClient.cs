using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Slack;

/// <summary>Typed HttpClient for the Slack Web API: JSON bodies, bot token as a Bearer header, <c>ok</c> checked, 429 honoured.</summary>
public sealed class SlackWebApiClient(HttpClient http, IOptions<SlackOptions> options, TimeProvider timeProvider, ILogger<SlackWebApiClient> logger)
    : ISlackWebApi
{
    public async Task<SlackApiResult> PostMessageAsync(string channel, string? threadTs, SlackMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
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

        return await CallAsync("chat.postMessage", body, cancellationToken).ConfigureAwait(false);
    }

    private async Task<SlackApiResult> CallAsync(string method, JsonObject body, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var url = new Uri(settings.ApiBaseUrl.TrimEnd('/') + "/" + method);
        var json = body.ToJsonString();
        using var response = await SlackRateLimitedSender.SendAsync(
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
            settings.MaxRateLimitRetries,
            method,
            timeProvider,
            logger,
            cancellationToken).ConfigureAwait(false);

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
