using System.Net;

namespace AttrWs.PerfHarness.Servers;

/// <summary>
/// AttrWs's standalone server as the Echo sample runs it: a <c>[WebSocketEndpoint("/echo")]</c> method routed by the
/// generated table (<c>MapGeneratedEndpoints</c>), default options but the connection cap and the message size (16 MiB).
/// </summary>
internal static class AttrWsEchoServer
{
    public static async Task RunAsync(CancellationToken stop)
    {
        var options = new WebSocketServerOptions().Listen(IPAddress.Loopback, 0);
        options.Limits.MaxConnections = 100_000; // the idle scenario holds 10,000 connections, the default cap
        options.Limits.MaxMessageSize = 16 << 20; // the large-message scenario echoes up to 16 MiB
        await using var server = new WebSocketServer(options);
        server.MapGeneratedEndpoints();
        await server.StartAsync(stop).ConfigureAwait(false);
        ServerHost.AnnounceListening(server.ListeningEndPoints[0].Port);
        await ServerHost.WaitAsync(stop).ConfigureAwait(false);
    }
}

/// <summary>The endpoint, as in samples/Echo/EchoEndpoint.cs.</summary>
internal static class AttrWsEchoEndpoint
{
    [WebSocketEndpoint("/echo")]
    public static async Task EchoAsync(WebSocketSession session, CancellationToken aborted)
    {
        await foreach (var message in session.ReadMessagesAsync(aborted))
        {
            if (message.IsText)
            {
                await session.SendTextAsync(message.Data, aborted).ConfigureAwait(false);
            }
            else
            {
                await session.SendBinaryAsync(message.Data, aborted).ConfigureAwait(false);
            }
        }
    }
}
