using System.Net.WebSockets;
using AttrWs.Diagnostics;
using AttrWs.Groups;
using AttrWs.Handshake;
using Microsoft.Extensions.Logging;

namespace AttrWs.Sessions;

/// <summary>
/// The life of an accepted connection, the same on every host (the standalone server and AttrWs.AspNetCore): the
/// session built from the handshake's decision, registered, run through its endpoint, closed with the endpoint's
/// outcome, then removed from the registry and its groups. Hosts differ only in how they get the <see cref="WebSocket"/>
/// and the services.
/// </summary>
internal sealed class SessionLifecycle(
    WebSocketConnectionRegistry connections, WebSocketGroupManager groups, AttrWsMetrics metrics, SessionLimits limits, ILogger logger)
{
    /// <summary>The session of an accepted handshake.</summary>
    /// <param name="head">The request head.</param>
    /// <param name="info">The connection.</param>
    /// <param name="decision">The accepting decision (its endpoint is set).</param>
    /// <param name="webSocket">The server-side WebSocket over the connection.</param>
    /// <param name="services">The services endpoint classes and parameters come from.</param>
    /// <param name="lifetime">Cancelled when the session ends; <see cref="WebSocketSession.Aborted"/> is its token.</param>
    public WebSocketSession Create(
        HttpRequestHead head, WebSocketConnectionInfo info, HandshakeDecision decision, WebSocket webSocket, IServiceProvider? services, CancellationTokenSource lifetime)
        => new()
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
            Endpoint = decision.Endpoint!,
            OpenRequest = decision.Context ?? new WebSocketOpenRequestContext(head, info),
            Services = services,
            Aborted = lifetime.Token,
            Lifetime = lifetime,
            WebSocket = webSocket,
            Metrics = metrics,
            GroupManager = groups,
            Options = limits,
        };

    /// <summary>Runs <paramref name="session"/> from registration to removal; never throws for the peer's or the endpoint's failures.</summary>
    /// <param name="session">A session from <see cref="Create"/>.</param>
    /// <param name="stopping">Cancelled when the host is stopping: a session accepted after that is closed with 1001 at once.</param>
    public async Task RunAsync(WebSocketSession session, CancellationToken stopping)
    {
        var endpoint = session.Endpoint;
        connections.TryAdd(session);
        metrics.SessionOpened();
        ServerLog.SessionOpened(logger, session.ConnectionId, session.Path, endpoint.Name);
        if (stopping.IsCancellationRequested)
        {
            // Accepted while the host was already closing the others: this one goes the same way.
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
                ServerLog.EndpointEndedByLostConnection(logger, endpoint.Name, session.ConnectionId, ex);
                status = WebSocketCloseStatus.EndpointUnavailable;
            }
            catch (Exception ex)
            {
                ServerLog.EndpointFailed(logger, endpoint.Name, session.ConnectionId, ex);
                status = WebSocketCloseStatus.InternalServerError;
                reason = "internal error";
            }

            try
            {
                // Joins a close already under way (the peer's or the host's); otherwise closes with the handler's outcome.
                await session.CloseAsync(status, reason, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
            {
                // The peer is gone; the session ends either way.
            }
        }
        finally
        {
            connections.Remove(session);
            groups.RemoveConnection(session);
            metrics.SessionClosed();
            session.CancelLifetime();
            session.ReleaseReceiveBuffer();
            ServerLog.SessionEnded(logger, session.ConnectionId, session.CloseStatus);
        }
    }

    /// <summary>
    /// Closes sessions that received no message for <paramref name="idle"/>: one sweep for the whole host (a few times
    /// per timeout, at most once a second) instead of a timer per session. Returns at once when the timeout is infinite.
    /// </summary>
    /// <param name="idle">The idle timeout (<see cref="WebSocketServerLimits.IdleTimeout"/>).</param>
    /// <param name="stopping">Ends the sweep.</param>
    public async Task SweepIdleSessionsAsync(TimeSpan idle, CancellationToken stopping)
    {
        if (idle == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        var period = TimeSpan.FromTicks(Math.Clamp(idle.Ticks / 4, TimeSpan.TicksPerMillisecond * 10, TimeSpan.TicksPerSecond));
        using var timer = new PeriodicTimer(period);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping).ConfigureAwait(false))
            {
                var now = Environment.TickCount64;
                foreach (var session in connections)
                {
                    if (!session.IsClosing && now - session.LastReceiveTimestamp >= (long)idle.TotalMilliseconds)
                    {
                        ServerLog.IdleTimeout(logger, session.ConnectionId, idle);
                        _ = session.CloseAsync(WebSocketCloseStatus.EndpointUnavailable, "idle timeout", CancellationToken.None);
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The host is stopping.
        }
    }
}
