using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ClaimBot.Platforms.Tests.Fakes;

/// <summary>
/// A fake Discord: the REST API the mention path calls (see the .Rest part) and a Gateway
/// that behaves like Discord's by default: HELLO on connect, READY for IDENTIFY (with a resume URL on /resume),
/// RESUMED for RESUME, an ACK for every heartbeat. Tests switch behaviours off to script the hard cases.
/// </summary>
internal sealed partial class FakeDiscordGateway : FakeSocketServer
{
    public const string BotUserId = "900000000000000001";

    private long _sequence;
    private int _sessions;

    public string ApiBaseUrl => BaseUrl + "/api/v10";

    /// <summary>The heartbeat_interval sent in HELLO, in milliseconds.</summary>
    public int HeartbeatInterval { get; set; } = 45_000;

    public bool AutoAckHeartbeats { get; set; } = true;

    /// <summary>Answer the next RESUME with INVALID_SESSION (d=false) instead of RESUMED.</summary>
    public bool RejectNextResume { get; set; }

    /// <summary>The last sequence number the fake dispatched.</summary>
    public long Sequence => Interlocked.Read(ref _sequence);

    /// <summary>Sends a dispatch (op 0) with the next sequence number.</summary>
    public Task DispatchAsync(FakeSocket socket, string type, JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(socket);
        return socket.SendAsync(new JsonObject { ["op"] = 0, ["t"] = type, ["s"] = Interlocked.Increment(ref _sequence), ["d"] = data });
    }

    /// <summary>Sends a dispatch whose data is <paramref name="rawData"/> as written (e.g. with a lone surrogate escape), with the next sequence number.</summary>
    public Task DispatchRawAsync(FakeSocket socket, string type, string rawData)
    {
        ArgumentNullException.ThrowIfNull(socket);
        var sequence = Interlocked.Increment(ref _sequence);
        return socket.SendTextAsync($$"""{"op":0,"t":"{{type}}","s":{{sequence}},"d":{{rawData}}}""");
    }

    /// <summary>A MESSAGE_CREATE payload from a human user.</summary>
    public static JsonObject Message(string id, string channelId, string? guildId, string content, string authorId = "300000000000000003", bool bot = false, JsonObject? replyTo = null)
    {
        var message = new JsonObject
        {
            ["id"] = id,
            ["channel_id"] = channelId,
            ["type"] = replyTo is null ? 0 : 19,
            ["content"] = content,
            ["author"] = new JsonObject { ["id"] = authorId, ["username"] = "reader", ["bot"] = bot },
            ["mentions"] = content.Contains($"<@{BotUserId}>", StringComparison.Ordinal) ? new JsonArray { new JsonObject { ["id"] = BotUserId } } : new JsonArray(),
        };
        if (guildId is not null)
        {
            message["guild_id"] = guildId;
        }

        if (replyTo is not null)
        {
            message["message_reference"] = new JsonObject { ["message_id"] = (string?)replyTo["id"], ["channel_id"] = channelId };
            message["referenced_message"] = replyTo;
        }

        return message;
    }

    public static async Task<FakeDiscordGateway> StartAsync()
    {
        var fake = new FakeDiscordGateway();
        await fake.ListenAsync();
        return fake;
    }

    protected override async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            await HandleRestAsync(context);
            return;
        }

        await AcceptAsync(context, RespondAsync, socket => socket.SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = HeartbeatInterval } }));
    }

    private async Task RespondAsync(FakeSocket socket, JsonObject message)
    {
        switch ((int?)message["op"])
        {
            case 1 when AutoAckHeartbeats:
                await socket.SendAsync(new JsonObject { ["op"] = 11 });
                break;
            case 2:
                var session = $"session-{Interlocked.Increment(ref _sessions)}";
                Interlocked.Exchange(ref _sequence, 0);
                await DispatchAsync(socket, "READY", new JsonObject
                {
                    ["v"] = 10,
                    ["session_id"] = session,
                    ["resume_gateway_url"] = SocketBaseUrl + "/resume",
                    ["user"] = new JsonObject { ["id"] = BotUserId, ["username"] = "ClaimBot", ["bot"] = true },
                    ["guilds"] = new JsonArray(),
                });
                break;
            case 6 when RejectNextResume:
                RejectNextResume = false;
                await socket.SendAsync(new JsonObject { ["op"] = 9, ["d"] = false });
                break;
            case 6:
                await DispatchAsync(socket, "RESUMED", new JsonObject());
                break;
        }
    }
}
