using System.Net;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using AttrWs.Diagnostics;
using AttrWs.Handshake;
using AttrWs.Server;
using AttrWs.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace AttrWs.AspNetCore;

/// <summary>
/// The request delegate of every mapped WebSocket route: the request (HTTP/1.1 upgrade or HTTP/2 extended CONNECT)
/// becomes the core's <see cref="HttpRequestHead"/>, the sans-I/O core decides, and an accepted handshake is completed
/// by <see cref="WebSocketManager.AcceptWebSocketAsync(WebSocketAcceptContext)"/> and run as a <see cref="WebSocketSession"/>.
/// </summary>
/// <param name="host">The host.</param>
/// <param name="processor">The handshake core.</param>
/// <param name="authorizes">Whether the core may call the ASP.NET Core authorizer (which finds the request through <see cref="AspNetCoreAuthorizer.Current"/>).</param>
/// <param name="runsApplicationCode">Whether the core may run application code, whose time the handshake timeout bounds.</param>
internal sealed class WebSocketRequestHandler(WebSocketEndpointHost host, HandshakeProcessor processor, bool authorizes, bool runsApplicationCode)
{
    /// <summary>
    /// RFC 8441 has no <c>Sec-WebSocket-Key</c>: the core's key row is satisfied with this fixed, valid key, whose
    /// accept value is never sent (HTTP/2 answers 200, not 101).
    /// </summary>
    private const string Http2PlaceholderKey = "dGhlIHNhbXBsZSBub25jZQ==";

    /// <summary>The request behind a session of this host while it runs (its services are the request's), else null.</summary>
    internal static HttpContext? HttpContextOf(WebSocketSession session) => (session.Services as RequestServiceProvider)?.HttpContext;

    /// <summary>
    /// One WebSocket request from its head to the end of its session. As on the standalone server, the connection's
    /// life is this one method: the steps that finish before the endpoint runs (the handshake, building the session) are
    /// a separate method whose frame is gone by then, and the session's steps (<see cref="SessionLifecycle.Open"/>, the
    /// endpoint's handler, <see cref="SessionLifecycle.EndAsync"/>, <see cref="SessionLifecycle.Remove"/>) run here, so a
    /// connection holds one suspended frame of this host, not three.
    /// </summary>
    public async Task HandleAsync(HttpContext http)
    {
        if (await AcceptSessionAsync(http).ConfigureAwait(false) is not { } session)
        {
            return;
        }

        var socket = session.WebSocket;
        var lifetime = session.Lifetime!;
        var services = (RequestServiceProvider)session.Services!;
        try
        {
            // The session's receives with its own token (Aborted) do not pass it down to the WebSocket: an aborted request
            // (which cancels Aborted through the linked source) aborts the WebSocket here, as a cancelled receive would.
            var abortOnRequestAborted = http.RequestAborted.UnsafeRegister(static state => ((WebSocket)state!).Abort(), socket);
            var sessions = host.Sessions;
            try
            {
                sessions.Open(session, CancellationToken.None);
                try
                {
                    Exception? failure = null;
                    try
                    {
                        await session.Endpoint.Handler(session).ConfigureAwait(false);
                    }
                    catch (Exception ex)
                    {
                        failure = ex;
                    }

                    await sessions.EndAsync(session, failure).ConfigureAwait(false);
                }
                finally
                {
                    sessions.Remove(session);
                }
            }
            finally
            {
                abortOnRequestAborted.Dispose();
                services.End();
            }

            if (socket.State != WebSocketState.Closed)
            {
                await LingerAsync(http, host.Options.Limits.CloseTimeout).ConfigureAwait(false);
            }
        }
        finally
        {
            socket.Dispose();
            lifetime.Dispose();
        }
    }

    /// <summary>The handshake, answered here when it fails; the session of an accepted one (not yet registered), else null.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<WebSocketSession?> AcceptSessionAsync(HttpContext http)
    {
        var connectionId = ConnectionIds.Next();
        var head = ToRequestHead(http, out var isHttp2);
        var connection = http.Connection;
        var info = new WebSocketConnectionInfo(
            connectionId,
            connection.RemoteIpAddress is { } remote ? new IPEndPoint(remote, connection.RemotePort) : null,
            connection.LocalIpAddress is { } local ? new IPEndPoint(local, connection.LocalPort) : null,
            http.Request.IsHttps);
        if (host.Logger.IsEnabled(LogLevel.Trace))
        {
            var redactedTarget = processor.Redactor.RedactTarget(head.Target);
            var redactedHeaders = processor.Redactor.RedactHeaders(head.Headers);
            ServerLog.HandshakeRequest(host.Logger, connectionId, head.Method, redactedTarget, redactedHeaders);
        }

        // One token source per connection: the handshake's budget for application code (authorization policies, the
        // hook), as on the server, then the session's lifetime (Aborted). Both end when the client leaves.
        var lifetime = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        try
        {
            if (await DecideAsync(http, head, info, lifetime).ConfigureAwait(false) is not { } decision)
            {
                return null;
            }

            if (!decision.IsAccepted)
            {
                await RejectAsync(http, connectionId, head.Path, decision, isHttp2).ConfigureAwait(false);
                return null;
            }

            var webSocket = await AcceptAsync(http, connectionId, decision).ConfigureAwait(false);
            if (webSocket is null)
            {
                return null;
            }

            host.Metrics.HandshakeAccepted();
            var session = CreateSession(http, webSocket, head, info, decision, lifetime);
            lifetime = null; // the session owns it from here
            return session;
        }
        finally
        {
            lifetime?.Dispose();
        }
    }

    /// <summary>The core's decision within the handshake timeout; null when the client left or the timeout elapsed (answered here).</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<HandshakeDecision?> DecideAsync(HttpContext http, HttpRequestHead head, WebSocketConnectionInfo info, CancellationTokenSource lifetime)
    {
        // The timeout bounds application code; without any, the core decides at once and no timer is armed (a timer
        // per handshake, and the timer queue's lock twice). The client leaving is still seen below.
        if (runsApplicationCode)
        {
            lifetime.CancelAfter(host.Options.Limits.HandshakeTimeout);
        }

        HandshakeDecision decision;
        if (authorizes)
        {
            AspNetCoreAuthorizer.Current = http;
            try
            {
                decision = await processor.ProcessAsync(head, info, lifetime.Token).ConfigureAwait(false);
            }
            finally
            {
                AspNetCoreAuthorizer.Current = null;
            }
        }
        else
        {
            // No endpoint has [Authorize] and there is no hook: the authorizer never runs, so the request is not made
            // reachable from it (setting an async-local value costs an execution context, twice).
            decision = await processor.ProcessAsync(head, info, lifetime.Token).ConfigureAwait(false);
        }

        // Stop the timer first, then look: a timeout that fired in between is still seen.
        if (runsApplicationCode)
        {
            lifetime.CancelAfter(Timeout.InfiniteTimeSpan);
        }

        if (lifetime.IsCancellationRequested)
        {
            // The client left or the timeout elapsed while application code ran: nothing more to answer.
            ServerLog.HandshakeTimedOutInApplication(host.Logger, info.ConnectionId, head.Path);
            host.Metrics.HandshakeRejected(HandshakeRejectReason.HandshakeTimeout, 408);
            http.Abort();
            return null;
        }

        return decision;
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<WebSocket?> AcceptAsync(HttpContext http, string connectionId, HandshakeDecision decision)
    {
        for (var i = 0; i < decision.ResponseHeaders.Count; i++)
        {
            var (name, value) = decision.ResponseHeaders[i];
            http.Response.Headers.Append(name, value);
        }

        var deflate = decision.DeflateOptions;
        var accept = new WebSocketAcceptContext
        {
            SubProtocol = decision.SubProtocol,
            KeepAliveInterval = host.Options.Limits.KeepAliveInterval,
            KeepAliveTimeout = host.Options.Limits.KeepAliveTimeout,
            DangerousEnableCompression = deflate is not null,
            // ASP.NET Core negotiates from the same offer within the limits the core chose.
            ServerMaxWindowBits = deflate?.ServerMaxWindowBits ?? 15,
            DisableServerContextTakeover = deflate?.ServerContextTakeover == false,
        };
        if (!ClientFrameGuardFeatures.Arm(http))
        {
            throw new InvalidOperationException("The AttrWs WebSocket pipeline is missing: call builder.Services.AddWebSocketEndpoints() (it adds the WebSockets middleware and the client-frame checks).");
        }

        try
        {
            return await http.WebSockets.AcceptWebSocketAsync(accept).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or WebSocketException or InvalidOperationException or OperationCanceledException)
        {
            ServerLog.ConnectionFailed(host.Logger, connectionId, ex);
            return null;
        }
    }

    private WebSocketSession CreateSession(HttpContext http, WebSocket webSocket, HttpRequestHead head, WebSocketConnectionInfo info, HandshakeDecision decision, CancellationTokenSource lifetime)
    {
        // The request's scope: endpoint classes and services come from the app's container, per connection.
        var services = new RequestServiceProvider(http);
        // An open endpoint is not authorized (as ASP.NET Core skips endpoints without authorization metadata), so its
        // session's caller is the one the app's authentication found, as an [Authorize] endpoint's is.
        var user = decision.User is null ? AspNetCoreAuthorizer.AuthenticatedUser(http) : null;
        var session = host.Sessions.Create(head, info, decision, webSocket, services, lifetime, user);

        // As on the standalone server: a large message's buffer is sized from its frame header (not with compression,
        // whose frames do not announce the message's length).
        session.IncomingFrames = decision.DeflateOptions is null ? ClientFrameGuardFeatures.GuardOf(http) : null;
        return session;
    }

    /// <summary>
    /// Kestrel ends an upgraded request whose peer has not hung up with a TCP reset, which can discard a close frame this
    /// side just sent (a failed connection: 1002, 1009, 1011) before the peer reads it. The standalone server closes with
    /// a FIN after it. So when the close handshake did not complete, the peer gets the close timeout to read the close
    /// frame and hang up (which aborts the request) before the request ends.
    /// </summary>
    private static async Task LingerAsync(HttpContext http, TimeSpan closeTimeout)
    {
        try
        {
            await Task.Delay(closeTimeout, http.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The peer hung up (or the server is stopping): the request may end.
        }
    }

    private async Task RejectAsync(HttpContext http, string connectionId, string path, HandshakeDecision decision, bool isHttp2)
    {
        host.Metrics.HandshakeRejected(decision.Reason, decision.StatusCode);
        var detail = decision.LogDetail ?? "-";
        if (decision.Exception is { } exception)
        {
            ServerLog.HandshakeError(host.Logger, connectionId, path, detail, exception);
        }
        else if (decision.Reason == HandshakeRejectReason.InvalidApplicationResponse)
        {
            ServerLog.InvalidApplicationResponse(host.Logger, connectionId, path, detail);
        }
        else
        {
            ServerLog.HandshakeRejected(host.Logger, connectionId, path, decision.Reason, decision.StatusCode);
        }

        // Authorization failures are answered by the app's schemes: their challenge (401 + WWW-Authenticate, or a login
        // redirect) or their forbid, exactly as for any other endpoint of the app.
        if (decision.Reason is HandshakeRejectReason.Unauthenticated or HandshakeRejectReason.Forbidden
            && http.Items.TryGetValue(AspNetCoreAuthorizer.FailedPolicyKey, out var failed) && failed is AuthorizationPolicy policy)
        {
            var schemes = policy.AuthenticationSchemes;
            if (decision.Reason == HandshakeRejectReason.Unauthenticated)
            {
                await ForEachScheme(http, schemes, static (context, scheme) => context.ChallengeAsync(scheme)).ConfigureAwait(false);
            }
            else
            {
                await ForEachScheme(http, schemes, static (context, scheme) => context.ForbidAsync(scheme)).ConfigureAwait(false);
            }

            return;
        }

        var response = http.Response;
        response.StatusCode = decision.StatusCode;
        for (var i = 0; i < decision.ResponseHeaders.Count; i++)
        {
            var (name, value) = decision.ResponseHeaders[i];
            response.Headers.Append(name, value);
        }

        if (!isHttp2 && http.Request.Protocol.StartsWith("HTTP/1", StringComparison.Ordinal))
        {
            response.Headers.Connection = "close";
        }

        if (decision.StatusCode is 204 or 304)
        {
            return;
        }

        response.ContentType = "text/plain; charset=utf-8";
        await response.WriteAsync(decision.ReasonText + "\n", http.RequestAborted).ConfigureAwait(false);
    }

    private static async Task ForEachScheme(HttpContext http, IReadOnlyList<string> schemes, Func<HttpContext, string?, Task> action)
    {
        if (schemes.Count == 0)
        {
            await action(http, null).ConfigureAwait(false);
            return;
        }

        foreach (var scheme in schemes)
        {
            await action(http, scheme).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The request as the core reads it. An HTTP/2 extended CONNECT (RFC 8441, <c>:protocol websocket</c>) is the
    /// same request as an HTTP/1.1 upgrade GET: it is presented as one, with the upgrade tokens and a placeholder key.
    /// </summary>
    internal static HttpRequestHead ToRequestHead(HttpContext http, out bool isHttp2)
    {
        var request = http.Request;
        var connect = http.Features.Get<IHttpExtendedConnectFeature>();
        isHttp2 = connect is { IsExtendedConnect: true } && string.Equals(connect.Protocol, "websocket", StringComparison.OrdinalIgnoreCase);
        var headers = new HttpHeaderCollection(request.Headers.Count + 4);
        foreach (var (name, values) in request.Headers)
        {
            if (name.StartsWith(':'))
            {
                continue; // HTTP/2 pseudo-headers are not header fields
            }

            foreach (var value in values)
            {
                headers.Add(name, value ?? string.Empty);
            }
        }

        if (isHttp2)
        {
            headers.Add(KnownHeaderNames.Upgrade, "websocket");
            headers.Add(KnownHeaderNames.Connection, "Upgrade");
            headers.Add(KnownHeaderNames.SecWebSocketKey, Http2PlaceholderKey);
            if (!headers.Contains(KnownHeaderNames.Host) && request.Host.HasValue)
            {
                headers.Add(KnownHeaderNames.Host, request.Host.Value);
            }
        }

        // The generated table routes the path the app sees (after UsePathBase), as endpoint routing does.
        var target = request.Path.ToUriComponent() + request.QueryString.ToUriComponent();
        return new HttpRequestHead(isHttp2 ? "GET" : request.Method, target, headers, isHttp2 ? "HTTP/2" : request.Protocol);
    }
}
