using System.Text.Json.Nodes;
using ClaimBot.Platforms.Chat;
using ClaimBot.Platforms.Tests.Fakes;

namespace ClaimBot.Platforms.Tests.Discord.Gateway;

/// <summary>From a MESSAGE_CREATE on the fake Gateway to the reply on the fake REST API, with a scripted engine.</summary>
public sealed class DiscordMentionFlowTests
{
    private const string Channel = "500000000000000005";

    [Fact]
    public async Task MentionInATextChannel_StartsAThreadFromTheMessageAndAnswersThere()
    {
        await using var host = await GatewayTestHost.StartAsync();
        var socket = await host.ReadyAsync();

        await host.MentionAsync(socket, "610000000000000001", Channel, "who was invited to Astana?");
        var answer = await host.PostedToAsync("610000000000000001");
        var thread = host.Discord.Calls.Single(c => c.Path == $"/api/v10/channels/{Channel}/messages/610000000000000001/threads");

        Assert.Equal("who was invited to Astana?", (string?)thread.Json!["name"]);
        var request = Assert.Single(host.Runner.Requests);
        Assert.Equal((ChatCommandKind.Ask, "who was invited to Astana?"), (request.Kind, request.Text));
        Assert.Empty(answer.Json!["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Matches(@"\[\d+\]", (string)answer.Json["content"]!);
        Assert.Null(answer.Json["message_reference"]);
        Assert.Equal("Bot " + GatewayTestHost.BotToken, answer.Authorization);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(2)]
    public async Task MentionInAThreadOrAChannelWithoutThreads_RepliesInPlaceWithAReference(int channelType)
    {
        await using var host = await GatewayTestHost.StartAsync(d => d.ChannelTypes[Channel] = channelType);
        var socket = await host.ReadyAsync();

        await host.MentionAsync(socket, "610000000000000002", Channel, "who was invited to Astana?");
        var answer = await host.PostedToAsync(Channel);

        Assert.Equal("610000000000000002", (string?)answer.Json!["message_reference"]!["message_id"]);
        Assert.DoesNotContain(host.Discord.Calls, c => c.Path.EndsWith("/threads", StringComparison.Ordinal));
        Assert.Empty(answer.Json["allowed_mentions"]!["parse"]!.AsArray());
    }

    [Fact]
    public async Task MentionInADirectMessage_RepliesInPlaceWithoutLookingUpTheChannel()
    {
        await using var host = await GatewayTestHost.StartAsync();
        var socket = await host.ReadyAsync();

        await host.MentionAsync(socket, "610000000000000003", "520000000000000005", "who was invited to Astana?", guild: null);
        var answer = await host.PostedToAsync("520000000000000005");

        Assert.Equal("610000000000000003", (string?)answer.Json!["message_reference"]!["message_id"]);
        Assert.DoesNotContain(host.Discord.Calls, c => c.Method == "GET" && c.Path == "/api/v10/channels/520000000000000005");
    }

    [Fact]
    public async Task ThreadCannotBeStarted_FallsBackToAReplyInTheChannel()
    {
        await using var host = await GatewayTestHost.StartAsync(d => d.RefuseThreads = true);
        var socket = await host.ReadyAsync();

        await host.MentionAsync(socket, "610000000000000004", Channel, "who was invited to Astana?");
        var answer = await host.PostedToAsync(Channel);

        Assert.Equal("610000000000000004", (string?)answer.Json!["message_reference"]!["message_id"]);
    }

    [Fact]
    public async Task CheckStatement_FactChecksTheStatement()
    {
        await using var host = await GatewayTestHost.StartAsync();
        var socket = await host.ReadyAsync();

        await host.MentionAsync(socket, "610000000000000005", Channel, "check Russia invited the Taliban to Astana");
        await host.PostedToAsync("610000000000000005");

        var request = Assert.Single(host.Runner.Requests);
        Assert.Equal((ChatCommandKind.Check, "Russia invited the Taliban to Astana"), (request.Kind, request.Text));
    }

    [Fact]
    public async Task FactCheckThisOnAReply_ChecksTheReferencedMessage()
    {
        await using var host = await GatewayTestHost.StartAsync();
        var socket = await host.ReadyAsync();
        var original = FakeDiscordGateway.Message("600000000000000006", Channel, GatewayTestHost.Guild, "Russia invited the Taliban to Astana");

        await host.MentionAsync(socket, "610000000000000006", Channel, "fact-check this", replyTo: original);
        await host.PostedToAsync("610000000000000006");

        var request = Assert.Single(host.Runner.Requests);
        Assert.Equal((ChatCommandKind.Check, "Russia invited the Taliban to Astana"), (request.Kind, request.Text));
    }

    [Fact]
    public async Task FactCheckThisWithoutTheReferencedMessageIncluded_FetchesIt()
    {
        await using var host = await GatewayTestHost.StartAsync(d =>
            d.StoredMessages["600000000000000007"] = FakeDiscordGateway.Message("600000000000000007", Channel, GatewayTestHost.Guild, "Astana talks were cancelled"));
        var socket = await host.ReadyAsync();
        var mention = FakeDiscordGateway.Message("610000000000000007", Channel, GatewayTestHost.Guild, $"<@{FakeDiscordGateway.BotUserId}> is this true?");
        mention["message_reference"] = new JsonObject { ["message_id"] = "600000000000000007", ["channel_id"] = Channel };

        await host.Discord.DispatchAsync(socket, "MESSAGE_CREATE", mention);
        await host.PostedToAsync("610000000000000007");

        Assert.Contains(host.Discord.Calls, c => c.Method == "GET" && c.Path == $"/api/v10/channels/{Channel}/messages/600000000000000007");
        Assert.Equal("Astana talks were cancelled", Assert.Single(host.Runner.Requests).Text);
    }

    [Fact]
    public async Task FactCheckThisOnAMessageWithoutReadableText_ExplainsInsteadOfGuessing()
    {
        await using var host = await GatewayTestHost.StartAsync();
        var socket = await host.ReadyAsync();
        var unreadable = FakeDiscordGateway.Message("600000000000000008", Channel, GatewayTestHost.Guild, string.Empty);

        await host.MentionAsync(socket, "610000000000000008", Channel, "fact-check this", replyTo: unreadable);
        var reply = await host.PostedToAsync("610000000000000008");

        Assert.Empty(host.Runner.Requests);
        Assert.Contains("can't read", (string)reply.Json!["content"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplayedMessageAfterResume_AnsweredOnce()
    {
        await using var host = await GatewayTestHost.StartAsync();
        var first = await host.ReadyAsync();
        await host.MentionAsync(first, "610000000000000009", Channel, "first question");
        await host.PostedToAsync("610000000000000009");

        first.Drop();
        var second = await host.Discord.NextConnectionAsync();
        await second.NextAsync(m => (int?)m["op"] == 6);
        await host.MentionAsync(second, "610000000000000009", Channel, "first question");
        await host.MentionAsync(second, "610000000000000010", Channel, "second question");
        await host.PostedToAsync("610000000000000010");
        await host.SyncAsync(second);

        Assert.Equal(["first question", "second question"], host.Runner.Requests.Select(r => r.Text).Order());
        Assert.Single(host.Discord.Calls, c => c.Path.EndsWith("/messages/610000000000000009/threads", StringComparison.Ordinal));
    }

    [Fact]
    public async Task QuotedEveryoneInTheAnswer_NeverPings()
    {
        await using var host = await GatewayTestHost.StartAsync();
        host.Runner.Script = (request, _, _) => Task.FromResult(new ChatReply(request.Kind, Notice: "Lavrov said @everyone and <@&123> were invited."));
        var socket = await host.ReadyAsync();

        await host.MentionAsync(socket, "610000000000000011", Channel, "who was invited to Astana?");
        var answer = await host.PostedToAsync("610000000000000011");

        Assert.Empty(answer.Json!["allowed_mentions"]!["parse"]!.AsArray());
        Assert.DoesNotContain("@everyone", (string)answer.Json["content"]!, StringComparison.Ordinal);
    }
}
