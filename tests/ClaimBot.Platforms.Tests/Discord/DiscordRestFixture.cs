using ClaimBot.Platforms.Discord;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimBot.Platforms.Tests.Discord;

/// <summary>The adapter's REST client, registered as the host would, pointed at a fresh <see cref="FakeDiscordApi"/>.</summary>
internal sealed class DiscordRestFixture : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private DiscordRestFixture(FakeDiscordApi api, ServiceProvider services)
    {
        Api = api;
        _services = services;
    }

    public FakeDiscordApi Api { get; }

    public DiscordRestClient Client => _services.GetRequiredService<DiscordRestClient>();

    public DiscordCommandRegistrar Registrar => _services.GetRequiredService<DiscordCommandRegistrar>();

    public static async Task<DiscordRestFixture> StartAsync(Action<DiscordOptions>? configure = null)
    {
        var api = await FakeDiscordApi.StartAsync();
        var services = new ServiceCollection()
            .AddLogging()
            .AddDiscordInteractions()
            .Configure<DiscordOptions>(o =>
            {
                o.ApplicationId = DiscordTestHost.ApplicationId;
                o.BotToken = "test-bot-token";
                o.ApiBaseUrl = api.BaseUrl;
                configure?.Invoke(o);
            })
            .BuildServiceProvider();
        return new DiscordRestFixture(api, services);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Api.DisposeAsync();
    }
}
