using System.Net;

namespace AttrWs.PerfHarness.Servers;

/// <summary>AttrWs's standalone server with the Echo sample's handler (samples/Echo), default options but the connection cap.</summary>
internal static class AttrWsEchoServer
{
    public static async Task RunAsync(CancellationToken stop)
    {
        var options = new WebSocketServerOptions().Listen(IPAddress.Loopback, 0);
        options.MaxConnections = 100_000; // the idle scenario holds 10,000 connections, the default cap
        await using var server = new WebSocketServer(options);
        server.Map("/echo", EchoAsync);
        await server.StartAsync(stop).ConfigureAwait(false);
        ServerHost.AnnounceListening(server.ListeningEndPoints[0].Port);
        await ServerHost.WaitAsync(stop).ConfigureAwait(false);
    }

    // Same as samples/Echo/Program.cs.
    private static async ValueTask EchoAsync(WebSocketSession session)
    {
        await foreach (var message in session.ReadMessagesAsync(session.Aborted))
        {
            if (message.IsText)
            {
                await session.SendTextAsync(message.Data, session.Aborted).ConfigureAwait(false);
            }
            else
            {
                await session.SendBinaryAsync(message.Data, session.Aborted).ConfigureAwait(false);
            }
        }
    }
}
