using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace ClaimBot.Benchmarks.Sockets;

/// <summary>The stand-in's sending side of the one socket; the bench sends from one loop, so sends never overlap.</summary>
internal sealed class BenchSlackSocket(WebSocket socket)
{
    public Task SendAsync(JsonObject message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
}
