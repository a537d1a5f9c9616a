using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using ClaimBot.Benchmarks.Corpus;
using ClaimBot.Benchmarks.Engine;
using ClaimBot.Benchmarks.SystemRun;
using ClaimBot.Core.Claims;
using ClaimBot.Core.Reloading;
using ClaimBot.Platforms.Slack;
using ClaimBot.Platforms.Slack.SocketMode;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClaimBot.Benchmarks.Sockets;

/// <summary>
/// <c>socket [--envelopes N] [--rate R]</c>: Slack Socket Mode over the seeds with the real engine. A local stand-in
/// for Slack sends <c>/ask</c> envelopes at a fixed rate over the socket and measures, per envelope, the time until
/// its ack comes back (Slack's limit is 3 s) while the engine answers the earlier ones, and counts the answers
/// delivered to response_url.
/// </summary>
internal static class SocketAckBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var envelopes = Option(args, "--envelopes", 500);
        var rate = Option(args, "--rate", 50);
        await using var slack = await BenchSlackServer.StartAsync();
        var sources = BenchPaths.CopySeeds("socket");
        var store = Path.Combine(BenchPaths.Scratch, "socket", "claims.db");
        BenchPaths.DeleteStore(store);

        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        EngineHost.AddEngine(builder.Services, sources, store);
        builder.Services.AddSlackSocketMode();
        builder.Services.Configure<SlackOptions>(o =>
        {
            o.Mode = SlackOptions.SocketMode;
            o.AppToken = "xapp-bench";
            o.BotToken = "xoxb-bench";
            o.ApiBaseUrl = slack.ApiBaseUrl;
            o.QueueCapacity = envelopes;
        });
        using var host = builder.Build();
        await host.Services.GetRequiredService<IClaimStore>().InitializeAsync(CancellationToken.None);
        await host.Services.GetRequiredService<ReloadCoordinator>().ReloadAsync(new ReloadRequest("bench", "bench"), null, CancellationToken.None);
        await host.StartAsync();
        var socket = await slack.ConnectedAsync();

        var asks = BenchQueries.Seeds.Ask;
        var sent = new ConcurrentDictionary<string, long>();
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < envelopes; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate) - Stopwatch.GetElapsedTime(started);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }

            var id = "env-" + i.ToString(CultureInfo.InvariantCulture);
            sent[id] = Stopwatch.GetTimestamp();
            await socket.SendAsync(Envelope(id, asks[i % asks.Count], slack.ResponseUrl(id)));
        }

        var acks = await slack.AcksAsync(envelopes, sent, TimeSpan.FromSeconds(60));
        var deliveryDeadline = Stopwatch.GetTimestamp();
        while (slack.Delivered < envelopes && Stopwatch.GetElapsedTime(deliveryDeadline) < TimeSpan.FromSeconds(90))
        {
            await Task.Delay(50);
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        await host.StopAsync();
        var stats = LatencyStats.From(acks);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Slack Socket Mode /ask over the seeds: {envelopes} envelopes at {rate}/s; acked {stats.Count}, ack ms p50 {stats.P50:F2} p99 {stats.P99:F2} max {stats.Max:F2}; answers delivered {slack.Delivered} in {seconds:F1} s"));
        return stats.Count == envelopes && slack.Delivered == envelopes ? 0 : 1;
    }

    private static JsonObject Envelope(string id, string question, string responseUrl) => new()
    {
        ["envelope_id"] = id,
        ["type"] = "slash_commands",
        ["accepts_response_payload"] = true,
        ["payload"] = new JsonObject
        {
            ["command"] = "/ask", ["text"] = question, ["user_id"] = "U1", ["channel_id"] = "C1", ["team_id"] = "T1",
            ["response_url"] = responseUrl, ["trigger_id"] = "1.2.3",
        },
    };

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
