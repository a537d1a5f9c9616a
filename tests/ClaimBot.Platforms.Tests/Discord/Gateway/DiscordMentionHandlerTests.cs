using ClaimBot.Platforms.Discord;
using ClaimBot.Platforms.Discord.Gateway;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ClaimBot.Platforms.Tests.Discord.Gateway;

/// <summary>Which messages get an answer queued: explicit mentions from people, once each, within the channel's limit.</summary>
public sealed class DiscordMentionHandlerTests : IDisposable
{
    private const string Bot = "900000000000000001";
    private const string Person = "300000000000000003";

    private readonly FakeTimeProvider _time = new();
    private readonly ServiceProvider _services = new ServiceCollection().BuildServiceProvider();
    private readonly DiscordReplyWorker _worker = new(NullLogger<DiscordReplyWorker>.Instance);
    private readonly DiscordMentionHandler _handler;

    public DiscordMentionHandlerTests()
    {
        var options = Options.Create(new DiscordOptions { Gateway = { Enabled = true, ChannelRepliesPerMinute = 2 } });
        _handler = new DiscordMentionHandler(_worker, new DiscordChannelRateLimiter(options, _time), _services.GetRequiredService<IServiceScopeFactory>(), NullLogger<DiscordMentionHandler>.Instance);
    }

    public void Dispose()
    {
        _worker.Dispose();
        _services.Dispose();
    }

    private static DiscordIncomingMessage Message(string id, string content, string author = Person, bool bot = false, bool webhook = false, string channel = "C1") =>
        new(id, channel, "G1", author, bot, webhook, content, null, null, null, false);

    [Fact]
    public void Handle_PersonMentioningTheBot_Queues()
    {
        Assert.True(_handler.Handle(Message("1", $"<@{Bot}> who was invited to Astana?"), Bot));
    }

    [Theory]
    [InlineData(Bot, false, false)]
    [InlineData("800000000000000008", true, false)]
    [InlineData(Person, false, true)]
    public void Handle_OwnOtherBotsOrWebhookMessages_Ignored(string author, bool bot, bool webhook)
    {
        Assert.False(_handler.Handle(Message("2", $"<@{Bot}> who was invited to Astana?", author, bot, webhook), Bot));
    }

    [Fact]
    public void Handle_NoExplicitMention_Ignored()
    {
        Assert.False(_handler.Handle(Message("3", "who was invited to Astana? <@123456789012345678>"), Bot));
    }

    [Fact]
    public void Handle_SameMessageTwice_QueuedOnce()
    {
        var message = Message("4", $"<@!{Bot}> who was invited to Astana?");

        Assert.True(_handler.Handle(message, Bot));
        Assert.False(_handler.Handle(message, Bot));
    }

    [Fact]
    public void Handle_OverTheChannelLimit_IgnoredUntilTheMinuteHasPassed()
    {
        Assert.True(_handler.Handle(Message("5", $"<@{Bot}> one"), Bot));
        Assert.True(_handler.Handle(Message("6", $"<@{Bot}> two"), Bot));
        var third = _handler.Handle(Message("7", $"<@{Bot}> three"), Bot);
        var otherChannel = _handler.Handle(Message("8", $"<@{Bot}> elsewhere", channel: "C2"), Bot);
        _time.Advance(TimeSpan.FromMinutes(1));
        var later = _handler.Handle(Message("9", $"<@{Bot}> four"), Bot);

        Assert.False(third);
        Assert.True(otherChannel);
        Assert.True(later);
    }
}
