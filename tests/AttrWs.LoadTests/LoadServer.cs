using System.Net;

namespace AttrWs.LoadTests;

/// <summary>The server under load: <c>/echo</c> sends every message back, in order.</summary>
public static class LoadServer
{
    /// <summary>Creates (not started) an echo server on 127.0.0.1:<paramref name="port"/> sized for <paramref name="maxConnections"/>.</summary>
    public static WebSocketServer Create(int maxConnections, int port = 0)
    {
        var options = new WebSocketServerOptions
        {
            Backlog = 4096,
            Limits =
            {
                MaxConnections = maxConnections,
                ShutdownTimeout = TimeSpan.FromSeconds(60),
                CloseTimeout = TimeSpan.FromSeconds(30),
                HandshakeTimeout = TimeSpan.FromSeconds(60),
            },
        }.Listen(IPAddress.Loopback, port);
        var server = new WebSocketServer(options);
        server.Map("/echo", EchoAsync);
        return server;
    }

    private static async ValueTask EchoAsync(WebSocketSession session)
    {
        await foreach (var message in session.ReadMessagesAsync(session.Aborted).ConfigureAwait(false))
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
