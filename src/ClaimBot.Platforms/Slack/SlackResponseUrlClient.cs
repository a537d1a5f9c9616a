using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Slack;

/// <summary>Typed HttpClient for <c>response_url</c> posts. The URL itself authorises the post, so no token is sent.</summary>
public sealed class SlackResponseUrlClient(HttpClient http, IOptions<SlackOptions> options, TimeProvider timeProvider, ILogger<SlackResponseUrlClient> logger)
    : ISlackResponseUrlClient
{
    public async Task<SlackApiResult> PostAsync(string responseUrl, SlackMessage message, SlackVisibility visibility, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
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
        using var response = await SlackRateLimitedSender.SendAsync(
            http,
            () => new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
            },
            options.Value.MaxRateLimitRetries,
            "response_url",
            timeProvider,
            logger,
            cancellationToken).ConfigureAwait(false);

        if (response.IsSuccessStatusCode)
        {
            return new SlackApiResult(true);
        }

        // Slack answers e.g. 404 "expired_url" or 400 "invalid_blocks" as plain text.
        var error = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        error = $"HTTP {(int)response.StatusCode} {(error.Length > 100 ? error[..100] : error)}".Trim();
        SlackLog.ResponseUrlFailed(logger, error);
        return new SlackApiResult(false, error);
    }
}
