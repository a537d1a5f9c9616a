using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Slack.SocketMode;

/// <summary>
/// Typed HttpClient for <c>apps.connections.open</c>: the app-level token goes only in the Authorization header; the
/// returned URL is a one-use ticket, so it is asked for again on every connect and never logged.
/// </summary>
public sealed class SlackConnectionsClient(HttpClient http, IOptions<SlackOptions> options)
{
    public async Task<SlackConnectionOpenResult> OpenAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.ApiBaseUrl.TrimEnd('/') + "/apps.connections.open"))
        {
            Content = new FormUrlEncodedContent([]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.AppToken);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return new SlackConnectionOpenResult(null, "ratelimited", RetryAfter(response));
        }

        if (!response.IsSuccessStatusCode)
        {
            return new SlackConnectionOpenResult(null, $"HTTP {(int)response.StatusCode}");
        }

        try
        {
            var body = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
            if (body?["ok"]?.GetValueKind() != JsonValueKind.True)
            {
                return new SlackConnectionOpenResult(null, body?["error"]?.GetValue<string>() ?? "unknown_error");
            }

            return Uri.TryCreate(body["url"]?.GetValue<string>(), UriKind.Absolute, out var url) && url.Scheme is "wss" or "ws"
                ? new SlackConnectionOpenResult(url)
                : new SlackConnectionOpenResult(null, "invalid_url");
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException)
        {
            return new SlackConnectionOpenResult(null, "invalid_response");
        }
    }

    private static TimeSpan RetryAfter(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Retry-After", out var values)
        && int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(Math.Clamp(seconds, 1, 3600))
            : TimeSpan.FromSeconds(60);
}
