using System.Net;
using System.Net.WebSockets;
using System.Security.Claims;
using AttrWs.Diagnostics;
using AttrWs.Handshake;
using AttrWs.Routing;

namespace AttrWs;

/// <summary>
/// One accepted WebSocket connection, as endpoint code sees it: the facts of its opening handshake, whole-message
/// receives over pooled buffers, serialized and bounded sends, and the close handshake.
/// </summary>
/// <remarks>
/// Only hosts create sessions (the standalone server and, through <c>InternalsVisibleTo</c>, AttrWs.AspNetCore): the
/// constructor is internal, so the init-only properties below are read-only to applications.
/// Receives must not overlap (one reader); sends and closes may come from any thread (they are queued in order).
/// </remarks>
public sealed partial class WebSocketSession
{
    private long _lastReceiveTimestamp = Environment.TickCount64;
    private Sessions.SessionHost _host = Sessions.SessionHost.Default;

    // The open-request context, or the request head it is made from on first access (with _connectionInfo).
    private object? _openRequest;
    private WebSocketConnectionInfo? _connectionInfo;

    /// <summary>Creates a session (hosts do, with an object initializer; applications receive one).</summary>
    internal WebSocketSession()
    {
    }

    /// <summary>A unique id of the connection.</summary>
    public required string ConnectionId { get; init; }

    // The request's strings are read from the opening handshake's head when asked for: the head keeps the received
    // bytes and builds its strings on first access, so an idle connection holds the bytes, not a string per header.

    /// <summary>The request target (path and query) of the opening handshake.</summary>
    public string RequestTarget => Request.Target;

    /// <summary>The path part of the request target, percent-encoded.</summary>
    public string Path => Request.Path;

    /// <summary>The query part including <c>?</c>, or empty.</summary>
    public string Query => Request.Query;

    /// <summary>The captured route values.</summary>
    public required RouteValues RouteValues { get; init; }

    /// <summary>The headers of the opening handshake.</summary>
    public HttpHeaderCollection RequestHeaders => Request.Headers;

    /// <summary>The negotiated subprotocol, or null.</summary>
    public string? SubProtocol { get; init; }

    /// <summary>The authenticated user, or null for anonymous connections.</summary>
    public ClaimsPrincipal? User { get; init; }

    /// <summary>The peer's address, when known.</summary>
    public EndPoint? RemoteEndPoint { get; init; }

    /// <summary>The endpoint serving the connection.</summary>
    public required WebSocketEndpoint Endpoint { get; init; }

    /// <summary>The open-request context of the handshake that accepted the connection.</summary>
    /// <remarks>
    /// Hosts set it, or (<see cref="SetOpenRequestSource"/>) leave it to be made on first access when no application
    /// code saw the handshake: an idle connection whose endpoint never asks does not hold it.
    /// </remarks>
    public WebSocketOpenRequestContext OpenRequest
    {
        get => _openRequest as WebSocketOpenRequestContext ?? CreateOpenRequest();
        init => _openRequest = value;
    }

    /// <summary>Services for endpoint parameters, when the server has a service provider.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Cancelled when the connection closes, is aborted, or the server stops.</summary>
    public CancellationToken Aborted { get; init; }

    /// <summary>
    /// The underlying WebSocket (framing by <see cref="WebSocket.CreateFromStream(Stream, WebSocketCreationOptions)"/>).
    /// Prefer the session's methods: sending on the socket directly bypasses the send queue and its ordering.
    /// </summary>
    public required WebSocket WebSocket { get; init; }

    /// <summary>The session's limits (message size, send queue, close timeout), from <see cref="WebSocketServerOptions.Limits"/>.</summary>
    internal Sessions.SessionLimits Options
    {
        get => _host.Limits;
        init => _host = _host with { Limits = value };
    }

    /// <summary>What every session of a host shares (limits, metrics, groups): one reference per session, not three.</summary>
    internal Sessions.SessionHost Host
    {
        get => _host;
        init => _host = value;
    }

    /// <summary>The state of the connection.</summary>
    public WebSocketState State => WebSocket.State;

    /// <summary>
    /// The status of the close frame that ended the session once it closed: the server's own when the server closed
    /// first, the peer's when the peer did. Null while open or after an abort without a close frame.
    /// </summary>
    public WebSocketCloseStatus? CloseStatus => Volatile.Read(ref _sendAndClose)?.CloseStatus ?? WebSocket.CloseStatus;

    /// <summary>The reason text that came with <see cref="CloseStatus"/>, or null.</summary>
    public string? CloseStatusDescription => Volatile.Read(ref _sendAndClose)?.CloseStatusDescription ?? WebSocket.CloseStatusDescription;

    /// <summary>Server metrics, when the session belongs to the standalone server.</summary>
    internal AttrWsMetrics? Metrics
    {
        get => _host.Metrics;
        init => _host = _host with { Metrics = value };
    }

    /// <summary>Cancels <see cref="Aborted"/>; owned by the host that created the session.</summary>
    internal CancellationTokenSource? Lifetime { get; init; }

    /// <summary>When the last whole message arrived (<see cref="Environment.TickCount64"/>), for the idle timeout.</summary>
    internal long LastReceiveTimestamp => Volatile.Read(ref _lastReceiveTimestamp);

    /// <summary>
    /// Drops the connection at once, without a close handshake: pending receives and sends fail and
    /// <see cref="Aborted"/> is cancelled.
    /// </summary>
    public void Abort()
    {
        WebSocket.Abort();
        CancelLifetime();
        FailPendingSends();
    }

    /// <summary>
    /// True when <paramref name="exception"/>, thrown out of the endpoint, only reports that the connection is gone: a
    /// cancellation, WebSocket or I/O error after the session was aborted (the client dropped the connection, the keep-alive
    /// gave up, the host aborted it) or after the WebSocket left the open states. The hosts log that as the client's going,
    /// not as an endpoint failure with 1011.
    /// </summary>
    internal bool EndedByLostConnection(Exception exception)
        => exception is OperationCanceledException or WebSocketException or IOException
           && (Aborted.IsCancellationRequested || WebSocket.State is WebSocketState.Aborted or WebSocketState.Closed or WebSocketState.CloseReceived);

    internal void CancelLifetime()
    {
        try
        {
            Lifetime?.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The host already released the session.
        }
    }

    /// <summary>
    /// Makes <see cref="OpenRequest"/> on first access from the accepting handshake's request and connection: for a
    /// handshake decided without application code, no offered subprotocol and no negotiated deflate, the context the
    /// handshake core would have made (request, connection, endpoint, route values, no subprotocol, no offers).
    /// </summary>
    /// <summary>The opening handshake's request head, read without making <see cref="OpenRequest"/>.</summary>
    internal HttpRequestHead Request => _openRequest as HttpRequestHead ?? OpenRequest.Request;

    /// <summary>Sets <see cref="OpenRequest"/> (the context application code saw, or one the host made).</summary>
    internal void SetOpenRequest(WebSocketOpenRequestContext context) => _openRequest = context;

    internal void SetOpenRequestSource(HttpRequestHead request, WebSocketConnectionInfo connection)
    {
        _openRequest = request;
        _connectionInfo = connection;
    }

    private WebSocketOpenRequestContext CreateOpenRequest()
    {
        if (_openRequest is not HttpRequestHead request)
        {
            throw new InvalidOperationException("The session has no open-request context.");
        }

        var context = WebSocketOpenRequestContext.Create(request, _connectionInfo!, Endpoint, RouteValues, SubProtocol, [], null);

        // Two first readers may race: both made an equal context; every later one reads the one kept.
        return Interlocked.CompareExchange(ref _openRequest, context, request) as WebSocketOpenRequestContext ?? context;
    }

    private void RecordClose(WebSocketCloseStatus status, string? description)
    {
        var state = SendAndClose;
        if (state.CloseStatus is null)
        {
            state.CloseStatusDescription = description;
            state.CloseStatus = status;
        }
    }
}
