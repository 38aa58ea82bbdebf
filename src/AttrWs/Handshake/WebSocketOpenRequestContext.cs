using System.Net;
using System.Net.WebSockets;
using System.Security.Claims;
using AttrWs.Handshake;
using AttrWs.Routing;

namespace AttrWs;

/// <summary>
/// Everything about an opening handshake that the application's open-request hook may read, and the parts it may
/// change: the status code (101 accepts, anything else rejects), the selected subprotocol (only one the client
/// offered) and extra response headers. The hook runs after every automatic check passed.
/// </summary>
public sealed class WebSocketOpenRequestContext
{
    /// <summary>Creates a context (hosts and the handshake core do; applications receive one).</summary>
    public WebSocketOpenRequestContext(HttpRequestHead request, WebSocketConnectionInfo connection)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(connection);
        Request = request;
        Connection = connection;
    }

    /// <summary>The parsed request head.</summary>
    public HttpRequestHead Request { get; }

    /// <summary>The connection the request arrived on.</summary>
    public WebSocketConnectionInfo Connection { get; }

    /// <summary>A unique id of this connection (also <see cref="WebSocketSession.ConnectionId"/>).</summary>
    public string ConnectionId => Connection.ConnectionId;

    /// <summary>The request target (path and query) as sent.</summary>
    public string RequestTarget => Request.Target;

    /// <summary>The path part of the target, still percent-encoded.</summary>
    public string Path => Request.Path;

    /// <summary>The query part of the target including <c>?</c>, or empty.</summary>
    public string Query => Request.Query;

    /// <summary>The <c>Host</c> header.</summary>
    public string? Host => Request.Headers["Host"];

    /// <summary>The <c>Origin</c> header, or null (non-browser clients usually send none).</summary>
    public string? Origin => Request.Headers["Origin"];

    /// <summary>All request headers: case-insensitive names, repeated fields kept.</summary>
    public HttpHeaderCollection RequestHeaders => Request.Headers;

    /// <summary>The remote end point of the connection, when known.</summary>
    public EndPoint? RemoteEndPoint => Connection.RemoteEndPoint;

    /// <summary>The matched endpoint.</summary>
    public WebSocketEndpoint? Endpoint { get; set; }

    /// <summary>The captured route values.</summary>
    public RouteValues RouteValues { get; set; } = RouteValues.Empty;

    /// <summary>The subprotocols the client offered, in its order (authentication tokens removed).</summary>
    public IReadOnlyList<string> OfferedSubProtocols { get; set; } = [];

    /// <summary>
    /// The subprotocol to answer with: pre-set to the negotiated one, or null for none. The hook may set it to another
    /// value the client offered; any other value fails the handshake with 500.
    /// </summary>
    public string? SubProtocol { get; set; }

    /// <summary>The raw <c>Sec-WebSocket-Extensions</c> offers, one entry per header field.</summary>
    public IReadOnlyList<string> OfferedExtensions { get; set; } = [];

    /// <summary>The negotiated permessage-deflate options, or null when deflate was not negotiated.</summary>
    public WebSocketDeflateOptions? DeflateOptions { get; set; }

    /// <summary>The authenticated user, or null.</summary>
    public ClaimsPrincipal? User { get; set; }

    /// <summary>101 (the default) accepts; any other code rejects with that status.</summary>
    public int StatusCode { get; set; } = 101;

    /// <summary>Headers added to the 101 or to the rejection. Names must be tokens and values free of CR/LF.</summary>
    public HttpHeaderCollection ResponseHeaders { get; } = new();

    /// <summary>The body reason of a rejection the hook decides (one line of text); a default is used when null.</summary>
    public string? RejectionReason { get; set; }
}

/// <summary>Facts about the transport connection a handshake arrived on.</summary>
/// <param name="ConnectionId">A unique id for the connection.</param>
/// <param name="RemoteEndPoint">The peer's address, when known.</param>
/// <param name="LocalEndPoint">The local address, when known.</param>
/// <param name="IsSecure">True for TLS (<c>wss</c>).</param>
public sealed record WebSocketConnectionInfo(string ConnectionId, EndPoint? RemoteEndPoint, EndPoint? LocalEndPoint, bool IsSecure);
