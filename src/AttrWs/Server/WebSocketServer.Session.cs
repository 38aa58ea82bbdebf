using System.Net.WebSockets;
using AttrWs.Handshake;
using AttrWs.Server;

namespace AttrWs;

public sealed partial class WebSocketServer
{
    private async Task RunSessionAsync(Stream stream, HttpRequestHead head, WebSocketConnectionInfo info, HandshakeDecision decision)
    {
        using var lifetime = new CancellationTokenSource();
        // ClientFrameGuardStream: client-frame rules the BCL framing does not enforce (unmasked frames, RSV1 on control frames).
        var guard = new ClientFrameGuardStream(stream);
        using var webSocket = WebSocket.CreateFromStream(guard, new WebSocketCreationOptions
        {
            IsServer = true,
            SubProtocol = decision.SubProtocol,
            KeepAliveInterval = Options.Limits.KeepAliveInterval,
            KeepAliveTimeout = Options.Limits.KeepAliveTimeout,
            DangerousDeflateOptions = decision.DeflateOptions,
        });
        var session = _sessions!.Create(head, info, decision, webSocket, Options.Services, lifetime);
        session.IncomingFrames = decision.DeflateOptions is null ? guard : null; // compressed frames do not announce the message's length
        await _sessions.RunAsync(session, _stopping.Token).ConfigureAwait(false);
    }
}
