using System.Net.WebSockets;
using AttrWs.Server;

namespace AttrWs;

public sealed partial class WebSocketServer
{
    /// <summary>
    /// The session of an accepted handshake over its WebSocket. A plain method, so the request head, decision and stream
    /// layers it reads are not kept by any suspended frame: what stays is what the session itself holds.
    /// </summary>
    private WebSocketSession CreateSession(AcceptedHandshake accepted)
    {
        // Clients almost always wait for the 101 before sending frames: only then is there nothing to replay, and the
        // session reads the transport directly (one stream layer fewer per connection).
        var stream = accepted.Leftover.Length == 0 ? accepted.Stream : new ReplayStream(accepted.Stream, accepted.Leftover);
        var decision = accepted.Decision;

        // Client-frame rules the BCL framing does not enforce (unmasked frames, RSV1 on control frames): the socket's own
        // stream applies them when the WebSocket reads it directly, ClientFrameGuardStream over TLS or replayed bytes.
        Stream guarded;
        Sessions.IIncomingFrameProgress frames;
        if (stream is SocketStream socketStream)
        {
            socketStream.GuardClientFrames();
            guarded = socketStream;
            frames = socketStream;
        }
        else
        {
            var guard = new ClientFrameGuardStream(stream);
            guarded = guard;
            frames = guard;
        }

        // The socket's own stream keeps the connection alive for the server's one keep-alive sweep; elsewhere (TLS,
        // replayed bytes) the WebSocket's own timer does, since only the socket's stream can put a frame between two of
        // the WebSocket's own.
        var keepAlive = guarded as SocketStream;
        var webSocket = WebSocket.CreateFromStream(guarded, new WebSocketCreationOptions
        {
            IsServer = true,
            SubProtocol = decision.SubProtocol,
            KeepAliveInterval = keepAlive is null ? Options.Limits.KeepAliveInterval : TimeSpan.Zero,
            KeepAliveTimeout = keepAlive is null ? Options.Limits.KeepAliveTimeout : Timeout.InfiniteTimeSpan,
            DangerousDeflateOptions = decision.DeflateOptions,
        });
        var session = _sessions!.Create(accepted.Head, accepted.Info, decision, webSocket, Options.Services, new CancellationTokenSource());
        session.IncomingFrames = decision.DeflateOptions is null ? frames : null; // compressed frames do not announce the message's length
        session.KeepAlive = Sessions.SessionLifecycle.KeepAliveIsOn(Options.Limits.KeepAliveInterval) ? keepAlive : null;
        return session;
    }
}
