using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ClaimBot.Core.Claims;
using ClaimBot.Platforms.Discord;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace ClaimBot.Platforms.Tests.Discord;

/// <summary>The Discord adapter on a real Kestrel server (127.0.0.1, random port), talking to a <see cref="FakeDiscordApi"/>.</summary>
internal sealed class DiscordTestHost : IAsyncDisposable
{
    public const string ApplicationId = "775799577604522054";
    public const string AdminUserId = "111111111111111111";
    public const string AdminRoleId = "222222222222222222";

    private readonly WebApplication _app;
    private readonly HttpClient _client;

    private DiscordTestHost(WebApplication app, FakeDiscordApi api, DiscordTestKeys keys, InMemoryReplyStateStore store)
    {
        _app = app;
        Api = api;
        Keys = keys;
        Store = store;
        _client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    public FakeDiscordApi Api { get; }

    public DiscordTestKeys Keys { get; }

    public InMemoryReplyStateStore Store { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Everything the adapter logged (Information and above).</summary>
    public FakeLogCollector Logs => _app.Services.GetRequiredService<FakeLogCollector>();

    public Uri BaseAddress => _client.BaseAddress!;

    /// <summary>Sends a prepared request to the adapter.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => _client.SendAsync(request);

    /// <param name="runner">A scripted runner; null keeps the real one (the engine through <c>ChatCommandRunner</c>).</param>
    public static async Task<DiscordTestHost> StartAsync(
        IDiscordCommandRunner? runner,
        Action<DiscordOptions>? configure = null,
        Action<IServiceCollection>? services = null)
    {
        var api = await FakeDiscordApi.StartAsync();
        var keys = new DiscordTestKeys();
        var store = new InMemoryReplyStateStore();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddFakeLogging();
        if (Environment.GetEnvironmentVariable("DISCORD_TEST_LOG") == "1")
        {
            builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning).AddFilter("ClaimBot", LogLevel.Debug);
        }

        builder.WebHost.UseUrls("http://127.0.0.1:0");
        if (runner is not null)
        {
            builder.Services.AddSingleton(runner);
            builder.Services.AddSingleton<IClaimStore>(store);
        }

        services?.Invoke(builder.Services);
        builder.Services.AddDiscordInteractions();
        builder.Services.Configure<DiscordOptions>(o =>
        {
            o.ApplicationId = ApplicationId;
            o.PublicKey = keys.PublicKeyHex;
            o.BotToken = "test-bot-token";
            o.ApiBaseUrl = api.BaseUrl;
            o.InlineBudget = TimeSpan.FromSeconds(1);
            o.ProgressInterval = TimeSpan.FromSeconds(1);
            o.AdminUserIds = [AdminUserId];
            o.AdminRoleIds = [AdminRoleId];
            configure?.Invoke(o);
        });
        var app = builder.Build();
        app.MapDiscordInteractions();
        await app.StartAsync();
        return new DiscordTestHost(app, api, keys, store);
    }

    /// <summary>POSTs <paramref name="body"/> signed with the test key (or with the given headers).</summary>
    public async Task<HttpResponseMessage> PostAsync(string body, string? signature = null, string? timestamp = null, bool sign = true)
    {
        timestamp ??= DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, DiscordInteractionEndpoints.Route)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (sign)
        {
            request.Headers.Add("X-Signature-Ed25519", signature ?? Keys.Sign(timestamp, body));
            request.Headers.Add("X-Signature-Timestamp", timestamp);
        }

        return await _client.SendAsync(request);
    }

    /// <summary>POSTs a signed interaction and returns the JSON response body.</summary>
    public async Task<JsonNode> InteractAsync(string body)
    {
        using var response = await PostAsync(body);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>Stops the adapter's host (as at shutdown) but keeps the fake Discord API recording.</summary>
    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Api.DisposeAsync();
        Keys.Dispose();
    }
}
