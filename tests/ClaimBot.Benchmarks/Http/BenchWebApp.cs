using System.Net;
using System.Net.Sockets;
using ClaimBot.Benchmarks.Engine;
using ClaimBot.Platforms.Discord;
using ClaimBot.Platforms.Slack;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Benchmarks.Http;

/// <summary>
/// A web host shaped like <c>claimbot serve</c> (engine, Discord interactions, Slack endpoints, problem details) on
/// 127.0.0.1, plus local stand-ins for Discord's REST API and Slack's response_url so nothing leaves the machine.
/// </summary>
internal sealed class BenchWebApp
{
    private int _slackDeliveries;

    private BenchWebApp(WebApplication app, Uri baseAddress, SignedRequests signer)
    {
        App = app;
        BaseAddress = baseAddress;
        Signer = signer;
    }

    public WebApplication App { get; }

    public Uri BaseAddress { get; }

    public SignedRequests Signer { get; }

    public int SlackDeliveries => Volatile.Read(ref _slackDeliveries);

    /// <param name="apiLatency">How long the fake Slack response_url takes to answer (a real API's round trip).</param>
    /// <param name="slackConcurrency">Slack:Concurrency; null keeps the default.</param>
    public static BenchWebApp Build(string sourcesPath, string storePath, TimeSpan? apiLatency = null, int? slackConcurrency = null)
    {
        var port = FreeLoopbackPort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var signer = new SignedRequests(baseAddress);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = BenchPaths.Scratch });
        builder.WebHost.UseUrls(baseAddress.ToString().TrimEnd('/'));
        builder.Logging.ClearProviders();
        builder.Services.AddProblemDetails();
        EngineHost.AddEngine(builder.Services, sourcesPath, storePath);
        builder.Services.Configure<DiscordOptions>(o =>
        {
            o.ApplicationId = SignedRequests.ApplicationId;
            o.PublicKey = signer.DiscordPublicKeyHex;
            o.ApiBaseUrl = new Uri(baseAddress, "fake-discord").ToString();
        });
        builder.Services.Configure<SlackOptions>(o =>
        {
            o.SigningSecret = SignedRequests.SlackSigningSecret;
            o.BotToken = "xoxb-bench-not-a-token";
            o.ApiBaseUrl = new Uri(baseAddress, "fake-slack").ToString();
            o.Concurrency = slackConcurrency ?? o.Concurrency;
        });
        builder.Services.AddDiscordInteractions();
        builder.Services.AddSlack();

        var app = builder.Build();
        var bench = new BenchWebApp(app, baseAddress, signer);
        app.UseExceptionHandler();
        app.MapDiscordInteractions();
        app.MapSlack();
        app.Map("/fake-discord/{**rest}", () => Results.NoContent());
        app.Map("/fake-slack/{**rest}", () => Results.Json(new { ok = true, ts = "1.0" }));
        app.MapPost("/fake-response/{id}", async () =>
        {
            if (apiLatency is { } latency)
            {
                await Task.Delay(latency);
            }

            Interlocked.Increment(ref bench._slackDeliveries);
            return Results.Ok();
        });
        return bench;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
