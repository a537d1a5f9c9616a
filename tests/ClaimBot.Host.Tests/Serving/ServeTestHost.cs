using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ClaimBot.Host.Serving;
using ClaimBot.Host.Tests.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimBot.Host.Tests.Serving;

/// <summary>
/// <c>claimbot serve</c> as <see cref="ServeHost"/> builds it, on Kestrel at 127.0.0.1 (random port), over a workspace,
/// with Discord and Slack configured against one <see cref="FakePlatformApi"/>, and signing clients for both.
/// </summary>
internal sealed class ServeTestHost : IAsyncDisposable
{
    public const string AdminToken = "admin-token-0123456789abcdef";
    public const string DiscordApplicationId = "775799577604522054";
    public const string SlackSigningSecret = "slack-signing-secret-0123456789";

    private readonly WebApplication _app;

    private ServeTestHost(WebApplication app, FakePlatformApi api, DiscordKeys keys)
    {
        _app = app;
        Api = api;
        Keys = keys;
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    public FakePlatformApi Api { get; }

    public DiscordKeys Keys { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Configuration for a fully configured host over <paramref name="workspace"/>.</summary>
    public static List<string> Configuration(TestWorkspace workspace, FakePlatformApi api, DiscordKeys keys, bool adminToken = true)
    {
        var args = new List<string>(workspace.ConfigurationArgs)
        {
            $"--Discord:ApplicationId={DiscordApplicationId}",
            $"--Discord:PublicKey={keys.PublicKeyHex}",
            "--Discord:BotToken=test-bot-token",
            $"--Discord:ApiBaseUrl={api.DiscordApiBaseUrl}",
            $"--Slack:SigningSecret={SlackSigningSecret}",
            "--Slack:BotToken=xoxb-test-token",
            $"--Slack:ApiBaseUrl={api.SlackApiBaseUrl}",
        };
        if (adminToken)
        {
            args.Add($"--Admin:Token={AdminToken}");
        }

        return args;
    }

    /// <summary>Starts the host and waits (bounded) until /health/ready says the store is loaded.</summary>
    public static async Task<ServeTestHost> StartAsync(TestWorkspace workspace, bool adminToken = true, Action<IServiceCollection>? services = null)
    {
        var api = await FakePlatformApi.StartAsync();
        var keys = new DiscordKeys();
        var app = ServeHost.Build([.. Configuration(workspace, api, keys, adminToken)], "http://127.0.0.1:0", services);
        await app.StartAsync();
        var host = new ServeTestHost(app, api, keys);
        for (var i = 0; i < 1500 && (await host.Client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode != HttpStatusCode.OK; i++)
        {
            await Task.Delay(20);
        }

        return host;
    }

    public async Task<HttpResponseMessage> ReloadAsync(string? bearer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/reload");
        if (bearer is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>POSTs a Discord interaction signed with the host's key (or with <paramref name="signature"/>).</summary>
    public async Task<HttpResponseMessage> PostDiscordAsync(string body, string? signature = null)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Signature-Ed25519", signature ?? Keys.Sign(timestamp, body));
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        return await Client.SendAsync(request);
    }

    /// <summary>POSTs a Slack request signed with the signing secret at <paramref name="timestamp"/> (default now).</summary>
    public async Task<HttpResponseMessage> PostSlackAsync(string path, string body, string contentType, DateTimeOffset? timestamp = null, string? secret = null)
    {
        var ts = (timestamp ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret ?? SlackSigningSecret), Encoding.UTF8.GetBytes($"v0:{ts}:{body}"));
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", ts);
        request.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(mac));
        return await Client.SendAsync(request);
    }

    public static async Task<JsonNode> JsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Api.DisposeAsync();
        Keys.Dispose();
    }
}
