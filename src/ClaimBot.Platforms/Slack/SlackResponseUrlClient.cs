using System.Text.Json.Nodes;
using ClaimBot.Platforms.Delivery;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Slack;

/// <summary>
/// Typed HttpClient for <c>response_url</c> posts, sent through <see cref="ResilientSender"/> within Slack's 30-minute
/// window. The URL itself authorises the post, so no token is sent; it is never logged.
/// </summary>
public sealed class SlackResponseUrlClient(HttpClient http, ResilientSender sender, IOptions<SlackOptions> options, ILogger<SlackResponseUrlClient> logger)
    : ISlackResponseUrlClient
{
    public async Task<SlackApiResult> PostAsync(string responseUrl, SlackOrigin origin, SlackMessage message, SlackVisibility visibility, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(origin);
        if (!Uri.TryCreate(responseUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            SlackLog.ResponseUrlFailed(logger, "invalid response_url");
            return new SlackApiResult(false, "invalid_response_url");
        }

        var body = new JsonObject
        {
            ["response_type"] = visibility == SlackVisibility.InChannel ? "in_channel" : "ephemeral",
            ["replace_original"] = false,
            ["text"] = message.Text,
        };
        if (message.Blocks is not null)
        {
            body["blocks"] = message.Blocks.DeepClone();
        }

        var json = body.ToJsonString();
        var target = new DeliveryTarget(
            "slack response_url", origin.Reference, origin.ReceivedAt + DeliveryTarget.SlackResponseUrlWindow, Idempotent: false, options.Value.MaxRateLimitRetries);
        try
        {
            using var response = await sender.SendAsync(
                http,
                () => new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") },
                target,
                cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return new SlackApiResult(true);
            }

            // Slack answers e.g. 404 "expired_url" or 400 "invalid_blocks" as plain text.
            var error = await response.Content.ReadAsStringAsync(cancellationToken);
            error = $"HTTP {(int)response.StatusCode} {(error.Length > 100 ? error[..100] : error)}".Trim();
            SlackLog.ResponseUrlFailed(logger, error);
            return new SlackApiResult(false, error);
        }
        catch (DeliveryFailedException ex)
        {
            return new SlackApiResult(false, ex.Message);
        }
    }
}
