using System.Collections.Concurrent;
using System.Net;
using System.Net.WebSockets;

namespace AttrWs.ConformanceTests.Infrastructure;

/// <summary>
/// A real <see cref="WebSocketServer"/> on 127.0.0.1:0 with the endpoints the conformance tests talk to:
/// <c>/echo</c>, <c>/chat</c> (subprotocols v2.chat, v1.chat, required), <c>/opt</c> (mqtt, optional),
/// <c>/rooms/{room}</c>, <c>/deflate</c> (permessage-deflate on), <c>/close</c> (echoes one message, then closes
/// with 4001 "server-bye"). Every session's close status is recorded in <see cref="Closed"/>.
/// </summary>
public sealed class ConformanceServer : IAsyncDisposable
{
    private ConformanceServer(WebSocketServer server) => Server = server;

    /// <summary>The server.</summary>
    public WebSocketServer Server { get; }

    /// <summary>The server's address.</summary>
    public IPEndPoint EndPoint => Server.ListeningEndPoints[0];

    /// <summary>The port.</summary>
    public int Port => EndPoint.Port;

    /// <summary>How each session ended, as the server saw it: (path, close status, reason).</summary>
    public ConcurrentQueue<(string Path, WebSocketCloseStatus? Status, string? Reason)> Closed { get; } = new();

    /// <summary>Builds a <c>ws://127.0.0.1:port{path}</c> URI.</summary>
    public Uri Ws(string path) => new($"ws://127.0.0.1:{Port}{path}");

    /// <summary>Starts a server; <paramref name="configure"/> may change the options first.</summary>
    public static async Task<ConformanceServer> StartAsync(Action<WebSocketServerOptions>? configure = null)
    {
        var options = new WebSocketServerOptions { Limits = { ShutdownTimeout = TimeSpan.FromSeconds(5), CloseTimeout = TimeSpan.FromSeconds(3) } }
            .Listen(IPAddress.Loopback, 0);
        options.Security.AllowedHosts.Add("localhost");
        options.Security.AllowedHosts.Add("127.0.0.1");
        configure?.Invoke(options);
        var server = new WebSocketServer(options);
        var instance = new ConformanceServer(server);
        server.Map(new WebSocketEndpoint("/echo", instance.EchoAsync));
        server.Map(new WebSocketEndpoint("/chat", instance.EchoAsync) { SubProtocols = ["v2.chat", "v1.chat"] });
        server.Map(new WebSocketEndpoint("/opt", instance.EchoAsync) { SubProtocols = ["mqtt"], AllowMissingSubProtocol = true });
        server.Map(new WebSocketEndpoint("/rooms/{room}", instance.EchoAsync));
        server.Map(new WebSocketEndpoint("/deflate", instance.EchoAsync) { Deflate = DeflateMode.Enabled });
        server.Map(new WebSocketEndpoint("/close", instance.CloseAfterOneAsync));
        await server.StartAsync().ConfigureAwait(false);
        return instance;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Server.DisposeAsync();

    private async ValueTask EchoAsync(WebSocketSession session)
    {
        try
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
        finally
        {
            Record(session);
        }
    }

    private async ValueTask CloseAfterOneAsync(WebSocketSession session)
    {
        if (await session.ReceiveAsync(session.Aborted).ConfigureAwait(false) is { } message)
        {
            await session.SendTextAsync(message.GetText(), session.Aborted).ConfigureAwait(false);
            await session.CloseAsync((WebSocketCloseStatus)4001, "server-bye").ConfigureAwait(false);
        }

        Record(session);
    }

    private void Record(WebSocketSession session)
    {
        // The close status is final once the close handshake is over; give it a moment when the peer closed first.
        Closed.Enqueue((session.Path, session.CloseStatus, session.CloseStatusDescription));
    }
}
