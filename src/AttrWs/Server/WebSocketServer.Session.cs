using System.Buffers;
using System.Net.WebSockets;
using AttrWs.Diagnostics;
using AttrWs.Handshake;
using AttrWs.Server;

namespace AttrWs;

public sealed partial class WebSocketServer
{
    private async Task RunSessionAsync(Stream stream, HttpRequestHead head, WebSocketConnectionInfo info, HandshakeDecision decision)
    {
        var endpoint = decision.Endpoint!;
        using var lifetime = new CancellationTokenSource();
        // ClientFrameGuardStream: client-frame rules the BCL framing does not enforce (unmasked frames, RSV1 on control frames).
        using var webSocket = WebSocket.CreateFromStream(new ClientFrameGuardStream(stream), new WebSocketCreationOptions
        {
            IsServer = true,
            SubProtocol = decision.SubProtocol,
            KeepAliveInterval = Options.Limits.KeepAliveInterval,
            KeepAliveTimeout = Options.Limits.KeepAliveTimeout,
            DangerousDeflateOptions = decision.DeflateOptions,
        });
        var session = new WebSocketSession
        {
            ConnectionId = info.ConnectionId,
            RequestTarget = head.Target,
            Path = head.Path,
            Query = head.Query,
            RouteValues = decision.RouteValues,
            RequestHeaders = head.Headers,
            SubProtocol = decision.SubProtocol,
            User = decision.User,
            RemoteEndPoint = info.RemoteEndPoint,
            Endpoint = endpoint,
            OpenRequest = decision.Context ?? new WebSocketOpenRequestContext(head, info),
            Services = Options.Services,
            Aborted = lifetime.Token,
            Lifetime = lifetime,
            WebSocket = webSocket,
            Metrics = Metrics,
            GroupManager = _groups,
            Options = _sessionLimits!,
        };

        Connections.TryAdd(session);
        Metrics.SessionOpened();
        ServerLog.SessionOpened(_logger, info.ConnectionId, head.Path, endpoint.Name);
        if (_stopping.IsCancellationRequested)
        {
            // Accepted while StopAsync was already closing the others: this one goes the same way.
            _ = session.CloseAsync(WebSocketCloseStatus.EndpointUnavailable, "server shutting down", CancellationToken.None);
        }

        try
        {
            WebSocketCloseStatus status;
            string? reason = null;
            try
            {
                await endpoint.Handler(session).ConfigureAwait(false);
                status = WebSocketCloseStatus.NormalClosure;
            }
            catch (Exception ex) when (session.EndedByLostConnection(ex))
            {
                // The client dropped the connection (or it was aborted) while the endpoint awaited it: not the endpoint's failure.
                ServerLog.EndpointEndedByLostConnection(_logger, endpoint.Name, info.ConnectionId, ex);
                status = WebSocketCloseStatus.EndpointUnavailable;
            }
            catch (Exception ex)
            {
                ServerLog.EndpointFailed(_logger, endpoint.Name, info.ConnectionId, ex);
                status = WebSocketCloseStatus.InternalServerError;
                reason = "internal error";
            }

            // Joins a close already under way (the peer's or the server's); otherwise closes with the handler's outcome.
            await session.CloseAsync(status, reason).ConfigureAwait(false);
        }
        finally
        {
            Connections.Remove(session);
            _groups.RemoveConnection(session);
            Metrics.SessionClosed();
            session.CancelLifetime();
            session.ReleaseReceiveBuffer();
            ServerLog.SessionEnded(_logger, info.ConnectionId, session.CloseStatus);
        }
    }
}
