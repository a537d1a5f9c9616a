using System.Net.Sockets;
using System.Text;

namespace ClaimBot.Platforms.Tests.Inbound;

/// <summary>A raw client on 127.0.0.1 that announces a body, sends part of it and hangs up, as a flooding client does.</summary>
internal static class AbandonedRequest
{
    public static async Task SendAsync(Uri server, string path, int announced = 4096, int sent = 100)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        var stream = client.GetStream();
        var head = $"POST {path} HTTP/1.1\r\nHost: {server.Authority}\r\nContent-Type: application/json\r\nContent-Length: {announced}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(new byte[sent]);
        await stream.FlushAsync();
        client.Client.Shutdown(SocketShutdown.Both);
    }
}
