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
    private readonly SessionHost _host = new(limits, metrics, groups);

    /// <summary>The session of an accepted handshake.</summary>
    /// <param name="head">The request head.</param>
    /// <param name="info">The connection.</param>
    /// <param name="decision">The accepting decision (its endpoint is set).</param>
    /// <param name="webSocket">The server-side WebSocket over the connection.</param>
    /// <param name="services">The services endpoint classes and parameters come from.</param>
    /// <param name="lifetime">Cancelled when the session ends; <see cref="WebSocketSession.Aborted"/> is its token.</param>
    /// <param name="hostUser">
    /// The caller the host authenticated when the handshake's decision has none (ASP.NET Core's authentication on an open
    /// endpoint): the session's <see cref="WebSocketSession.User"/> and its open request's.
    /// </param>
    public WebSocketSession Create(
        HttpRequestHead head, WebSocketConnectionInfo info, HandshakeDecision decision, WebSocket webSocket, IServiceProvider? services, CancellationTokenSource lifetime,
        System.Security.Claims.ClaimsPrincipal? hostUser = null)
    {
        // The host's caller stands in only where the decision has no user of its own.
        var user = decision.User ?? hostUser;
        var session = new WebSocketSession
        {
            ConnectionId = info.ConnectionId,
            RouteValues = decision.RouteValues,
            SubProtocol = decision.SubProtocol,
            User = user,
            RemoteEndPoint = info.RemoteEndPoint,
            Endpoint = decision.Endpoint!,
            Services = services,
            Aborted = lifetime.Token,
            Lifetime = lifetime,
            WebSocket = webSocket,
            Host = _host,
        };

        if (hostUser is null && OpenRequestIsDerivable(head, decision))
        {
            // Made from the head when someone asks (the session's request properties read the head without it).
            session.SetOpenRequestSource(head, info);
        }
        else
        {
            var openRequest = decision.Context ?? new WebSocketOpenRequestContext(head, info);
            if (decision.User is null && hostUser is not null)
            {
                openRequest.User = hostUser;
            }

            session.SetOpenRequest(openRequest);
        }

        return session;
    }

    /// <summary>
    /// True when the session can make the open-request context itself, equal to the one <paramref name="decision"/>
    /// would: no application code saw it (there is no context to keep), the client offered no subprotocol (the offers
    /// are empty) and no deflate was negotiated (nothing to copy).
    /// </summary>
    internal static bool OpenRequestIsDerivable(HttpRequestHead head, HandshakeDecision decision)
        => !decision.HasContext && decision.Endpoint is not null && decision.DeflateOptions is null && decision.SubProtocol is null
           && ReferenceEquals(decision.Request, head) && head.CountOf(KnownHeader.SecWebSocketProtocol) == 0;

    /// <summary>
    /// Registers an accepted session (registry, metrics, log) before its endpoint runs. Each host calls the steps
    /// (this, the endpoint's handler, <see cref="EndAsync"/>, <see cref="Remove"/>) inside its own connection method,
    /// so a connection is one suspended frame.
    /// </summary>
    /// <param name="session">A session from <see cref="Create"/>.</param>
    /// <param name="stopping">Cancelled when the host is stopping: a session accepted after that is closed with 1001 at once.</param>
    public void Open(WebSocketSession session, CancellationToken stopping)
    {
        connections.TryAdd(session);
        metrics.SessionOpened();
        ServerLog.SessionOpened(logger, session.ConnectionId, session.Path, session.Endpoint.Name);
        if (stopping.IsCancellationRequested)
        {
            // Accepted while the host was already closing the others: this one goes the same way.
            _ = session.CloseAsync(WebSocketCloseStatus.EndpointUnavailable, "server shutting down", CancellationToken.None);
        }
    }

    /// <summary>
    /// After the endpoint's handler returned or threw (<paramref name="failure"/>): logs the outcome and closes the
    /// session with it (or joins a close already under way). Never throws for the peer's failures.
    /// </summary>
    /// <param name="session">The session.</param>
    /// <param name="failure">What the handler threw, or null when it returned.</param>
    public async Task EndAsync(WebSocketSession session, Exception? failure)
    {
        var endpoint = session.Endpoint;
        WebSocketCloseStatus status;
        string? reason = null;
        if (failure is null)
        {
            status = WebSocketCloseStatus.NormalClosure;
        }
        else if (session.EndedByLostConnection(failure))
        {
            // The client dropped the connection (or it was aborted) while the endpoint awaited it: not the endpoint's failure.
            ServerLog.EndpointEndedByLostConnection(logger, endpoint.Name, session.ConnectionId, failure);
            status = WebSocketCloseStatus.EndpointUnavailable;
        }
        else
        {
            ServerLog.EndpointFailed(logger, endpoint.Name, session.ConnectionId, failure);
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

    /// <summary>Takes an ended session out of the registry and its groups, cancels its lifetime and returns its buffer.</summary>
    /// <param name="session">The session.</param>
    public void Remove(WebSocketSession session)
    {
        connections.Remove(session);
        groups.RemoveConnection(session);
        metrics.SessionClosed();
        session.CancelLifetime();
        session.ReleaseReceiveBuffer();
        ServerLog.SessionEnded(logger, session.ConnectionId, session.CloseStatus);
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

    /// <summary>
    /// Keeps alive the sessions whose transport does it (<see cref="WebSocketSession.KeepAlive"/>): one sweep for the
    /// whole host instead of a timer inside each WebSocket (≈ 240 B per connection), beating as often as the BCL
    /// WebSocket's own timer would (a quarter of the shorter of interval and timeout; here at least 10 ms, at most 1 s).
    /// A session whose ping got no pong within the timeout is aborted. Returns at once when keep-alive is off.
    /// </summary>
    /// <param name="interval">Quiet from the peer before a ping (<see cref="WebSocketServerLimits.KeepAliveInterval"/>).</param>
    /// <param name="timeout">How long a ping waits for its pong; infinite sends unsolicited pongs (<see cref="WebSocketServerLimits.KeepAliveTimeout"/>).</param>
    /// <param name="stopping">Ends the sweep.</param>
    public async Task SweepKeepAliveAsync(TimeSpan interval, TimeSpan timeout, CancellationToken stopping)
    {
        if (!KeepAliveIsOn(interval))
        {
            return;
        }

        var intervalMs = Math.Max(1, (long)interval.TotalMilliseconds);
        var timeoutMs = timeout == Timeout.InfiniteTimeSpan ? -1 : Math.Max(1, (long)timeout.TotalMilliseconds);
        var shorter = timeoutMs < 0 ? intervalMs : Math.Min(intervalMs, timeoutMs);
        var period = TimeSpan.FromMilliseconds(Math.Clamp(shorter / 4, 10, 1000));
        using var timer = new PeriodicTimer(period);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping).ConfigureAwait(false))
            {
                var now = Environment.TickCount64;
                foreach (var session in connections)
                {
                    if (session.KeepAlive is { } transport && transport.Beat(now, intervalMs, timeoutMs) == KeepAliveBeat.TimedOut)
                    {
                        ServerLog.KeepAliveTimedOut(logger, session.ConnectionId, timeout);
                        session.Abort();
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The host is stopping.
        }
    }

    /// <summary>True when <paramref name="interval"/> asks for keep-alive frames (neither zero nor infinite).</summary>
    public static bool KeepAliveIsOn(TimeSpan interval) => interval > TimeSpan.Zero && interval != Timeout.InfiniteTimeSpan;
}
