using System.Globalization;
using System.Text;
using ClaimBot.Core.Claims;
using ClaimBot.Platforms.Slack;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace ClaimBot.Platforms.Tests.Slack;

/// <summary>The Slack adapter on a real Kestrel (127.0.0.1, random port), pointed at a <see cref="FakeSlackServer"/>, plus a signing client.</summary>
internal sealed class SlackTestApp : IAsyncDisposable
{
    public const string Secret = "test-signing-secret-0123456789";
    public const string AdminId = "UADMIN";

    private readonly WebApplication _app;

    private SlackTestApp(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Everything the app logged (Information and above).</summary>
    public FakeLogCollector Logs => _app.Services.GetRequiredService<FakeLogCollector>();

    public Uri BaseAddress => Client.BaseAddress!;

    /// <param name="services">Registrations added after <c>AddSlack</c> (they win): fakes of the runner, store, phraser.</param>
    public static async Task<SlackTestApp> StartAsync(FakeSlackServer slack, Action<IServiceCollection> services, string environment = "Production")
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Logging.AddFakeLogging();
        builder.Services.AddSlack();
        builder.Services.Configure<SlackOptions>(o =>
        {
            o.SigningSecret = Secret;
            o.BotToken = "xoxb-test-token";
            o.ApiBaseUrl = slack.ApiBaseUrl;
            o.AdminUserIds.Add(AdminId);

            // One job at a time keeps "which post came from which request" deterministic.
            o.Concurrency = 1;
        });
        services(builder.Services);
        var app = builder.Build();
        app.MapSlack();
        await app.StartAsync();
        var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        return new SlackTestApp(app, client);
    }

    public static async Task<SlackTestApp> StartWithFakesAsync(FakeSlackServer slack, ScriptedSlackRunner runner, InMemorySlackStateStore? store = null) =>
        await StartAsync(slack, s =>
        {
            s.AddSingleton<ISlackCommandRunner>(runner);
            s.AddSingleton<IClaimStore>(store ?? new InMemorySlackStateStore());
        });

    public static string Form(params (string Key, string Value)[] fields) =>
        string.Join("&", fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));

    public static string Command(string command, string text, string responseUrl, string userId = "U1") =>
        Form(("command", command), ("text", text), ("user_id", userId), ("channel_id", "C1"), ("team_id", "T1"), ("response_url", responseUrl), ("trigger_id", "1.2.3"));

    /// <summary>POSTs a body signed with <see cref="Secret"/> (or the given signature) at the given Unix time (default now).</summary>
    public async Task<HttpResponseMessage> PostSignedAsync(
        string path, string body, string contentType = "application/x-www-form-urlencoded", long? timestamp = null, string? signature = null, int? retryNum = null)
    {
        return await PostSignedBytesAsync(path, Encoding.UTF8.GetBytes(body), contentType, timestamp, signature, retryNum);
    }

    /// <summary>POSTs raw bytes signed with <see cref="Secret"/> (or the given signature), for bodies that are not valid text.</summary>
    public async Task<HttpResponseMessage> PostSignedBytesAsync(
        string path, byte[] bytes, string contentType, long? timestamp = null, string? signature = null, int? retryNum = null)
    {
        var ts = (timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds()).ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", ts);
        request.Headers.Add("X-Slack-Signature", signature ?? Encoding.ASCII.GetString(SlackSignatureVerifier.Compute(Secret, ts, bytes)));
        if (retryNum is not null)
        {
            request.Headers.Add("X-Slack-Retry-Num", retryNum.Value.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return await Client.SendAsync(request);
    }

    public static string InteractivityForm(string payloadJson) => Form(("payload", payloadJson));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
