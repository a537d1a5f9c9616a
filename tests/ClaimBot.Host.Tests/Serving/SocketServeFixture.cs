using System.Net;
using ClaimBot.Host.Serving;
using ClaimBot.Platforms.Tests.Fakes;
using Microsoft.AspNetCore.Builder;

namespace ClaimBot.Host.Tests.Serving;

/// <summary>
/// <c>claimbot serve</c> over the seeds with only outbound connections configured: Slack in Socket Mode (app and bot
/// tokens, no signing secret) and Discord over the Gateway (bot token, no public key), against fakes on 127.0.0.1.
/// </summary>
public sealed class SocketServeFixture : IAsyncLifetime
{
    private WebApplication? _app;

    internal TestWorkspace Workspace { get; } = TestWorkspace.WithSeeds();

    internal FakeSlackSocketMode Slack { get; private set; } = null!;

    internal FakeDiscordGateway Discord { get; private set; } = null!;

    internal HttpClient Client { get; private set; } = null!;

    /// <summary>Slack's first Socket Mode connection (taken once, at start).</summary>
    internal FakeSocket SlackSocket { get; private set; } = null!;

    /// <summary>The Gateway connection, identified and READY.</summary>
    internal FakeSocket DiscordSocket { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Slack = await FakeSlackSocketMode.StartAsync();
        Discord = await FakeDiscordGateway.StartAsync();
        string[] args =
        [
            .. Workspace.ConfigurationArgs,
            "--Slack:Mode=SocketMode",
            "--Slack:AppToken=xapp-1-A111-serve",
            "--Slack:BotToken=xoxb-serve-token",
            $"--Slack:ApiBaseUrl={Slack.ApiBaseUrl}",
            $"--Discord:ApplicationId={ServeTestHost.DiscordApplicationId}",
            "--Discord:BotToken=serve-bot-token",
            $"--Discord:ApiBaseUrl={Discord.ApiBaseUrl}",
            "--Discord:Gateway:Enabled=true",
        ];
        _app = ServeHost.Build(args, "http://127.0.0.1:0");
        await _app.StartAsync();
        Client = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
        for (var i = 0; i < 1500 && (await Client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode != HttpStatusCode.OK; i++)
        {
            await Task.Delay(20);
        }

        SlackSocket = await Slack.NextConnectionAsync();
        DiscordSocket = await Discord.NextConnectionAsync();
        await DiscordSocket.NextAsync(m => (int?)m["op"] == 2);
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        await Slack.DisposeAsync();
        await Discord.DisposeAsync();
        Workspace.Dispose();
    }
}
