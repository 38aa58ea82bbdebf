using System.Collections.ObjectModel;
using System.Net;
using System.Net.WebSockets;
using System.Security.Claims;
using AttrWs.Handshake;
using AttrWs.Routing;

namespace AttrWs;

/// <summary>
/// Everything about an opening handshake that the application's open-request hook may read, and the few parts it decides.
/// What the handshake core decided before the hook (endpoint, route values, user, offered subprotocols and extensions,
/// deflate options) is read-only. The hook decides the status code (101 accepts, 200-599 rejects), the selected subprotocol
/// (one the client offered; a subprotocol served by a sibling method on the same template switches to that method, whose
/// own origin policy, gate and deflate mode are then checked), extra response headers (add, set, remove) and the rejection
/// reason.
/// </summary>
public sealed class WebSocketOpenRequestContext
{
    private WebSocketDeflateOptions? _deflate;
    private HttpHeaderCollection? _responseHeaders;
    private IList<string> _offeredSubProtocols = Array.Empty<string>();
    private IList<string>? _offeredExtensions;
    private ReadOnlyCollection<string>? _offeredSubProtocolsView;
    private ReadOnlyCollection<string>? _offeredExtensionsView;

    /// <summary>Creates a context (hosts and the handshake core do; applications receive one).</summary>
    internal WebSocketOpenRequestContext(HttpRequestHead request, WebSocketConnectionInfo connection)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(connection);
        Request = request;
        Connection = connection;
    }

    /// <summary>
    /// The context of a handshake the core decided without application code, made when the session or the application
    /// first asks: set exactly as the processor sets the context it hands to application code.
    /// </summary>
    internal static WebSocketOpenRequestContext Create(
        HttpRequestHead request,
        WebSocketConnectionInfo connection,
        WebSocketEndpoint endpoint,
        RouteValues routeValues,
        string? subProtocol,
        IReadOnlyList<string> offers,
        WebSocketDeflateOptions? deflateOptions)
    {
        var context = new WebSocketOpenRequestContext(request, connection)
        {
            Endpoint = endpoint,
            RouteValues = routeValues,
            SubProtocol = subProtocol,
            DeflateOptions = deflateOptions is null ? null : Copy(deflateOptions), // its own copy, as the processor's
        };
        context.SetOffers(offers as IList<string> ?? [.. offers]);
        return context;
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
    public string? Host => Request.GetValue(KnownHeader.Host);

    /// <summary>The <c>Origin</c> header, or null (non-browser clients usually send none).</summary>
    public string? Origin => Request.GetValue(KnownHeader.Origin);

    /// <summary>All request headers: case-insensitive names, repeated fields kept.</summary>
    public HttpHeaderCollection RequestHeaders => Request.Headers;

    /// <summary>The remote end point of the connection, when known.</summary>
    public EndPoint? RemoteEndPoint => Connection.RemoteEndPoint;

    /// <summary>The matched endpoint (set by the core; after a subprotocol switch, the sibling method that serves it).</summary>
    public WebSocketEndpoint? Endpoint { get; internal set; }

    /// <summary>The captured route values.</summary>
    public RouteValues RouteValues { get; internal set; } = RouteValues.Empty;

    /// <summary>The subprotocols the client offered, in its order (authentication tokens removed). Read-only.</summary>
    public IReadOnlyList<string> OfferedSubProtocols => _offeredSubProtocolsView ??= new ReadOnlyCollection<string>(_offeredSubProtocols);

    /// <summary>
    /// The subprotocol to answer with: pre-set to the negotiated one, or null for none. The hook may set it to another
    /// value the client offered that a method on this template serves (that method then runs, after its own checks);
    /// any other value fails the handshake with 500.
    /// </summary>
    public string? SubProtocol { get; set; }

    /// <summary>The raw <c>Sec-WebSocket-Extensions</c> offers, one entry per header field. Read-only.</summary>
    public IReadOnlyList<string> OfferedExtensions => _offeredExtensionsView ??= new ReadOnlyCollection<string>(_offeredExtensions ??= ReadOfferedExtensions(Request));

    /// <summary>
    /// The negotiated permessage-deflate options, or null when deflate was not negotiated. A copy: changing it changes
    /// nothing on the wire.
    /// </summary>
    public WebSocketDeflateOptions? DeflateOptions
    {
        get => _deflate is null ? null : Copy(_deflate);
        internal set => _deflate = value;
    }

    /// <summary>The authenticated user, or null.</summary>
    public ClaimsPrincipal? User { get; internal set; }

    /// <summary>
    /// 101 (the default) accepts; a code in 200-599 rejects with that status (204 and 304 without a body). Any other
    /// value fails the handshake with 500 and a log entry naming it.
    /// </summary>
    public int StatusCode { get; set; } = 101;

    /// <summary>
    /// Headers sent with the 101 or with the rejection (add, set and remove). Names must be tokens and values free of
    /// CR/LF; headers the server owns (Upgrade, Connection, Sec-WebSocket-*, Content-*) are refused with 500.
    /// </summary>
    public HttpHeaderCollection ResponseHeaders => _responseHeaders ??= new();

    /// <summary>The response headers when someone created them (read without creating an empty collection).</summary>
    internal HttpHeaderCollection? ResponseHeadersIfAny => _responseHeaders;

    /// <summary>The body reason of a rejection the hook decides (one line of text); a default is used when null.</summary>
    public string? RejectionReason { get; set; }

    /// <summary>Sets the offered subprotocols (the core does, once); read-only views are made only when someone reads them.</summary>
    internal void SetOffers(IList<string> subProtocols)
    {
        _offeredSubProtocols = subProtocols;
        _offeredSubProtocolsView = null;
    }

    /// <summary>The raw extension offers, one per field: read from the request only when someone asks.</summary>
    private static string[] ReadOfferedExtensions(HttpRequestHead request)
    {
        var count = request.CountOf(KnownHeader.SecWebSocketExtensions);
        if (count == 0)
        {
            return [];
        }

        var headers = request.Headers;
        var offers = new string[count];
        var n = 0;
        for (var i = headers.IndexOf(KnownHeaderNames.SecWebSocketExtensions, 0); i >= 0 && n < count; i = headers.IndexOf(KnownHeaderNames.SecWebSocketExtensions, i + 1))
        {
            offers[n++] = headers[i].Value;
        }

        return offers;
    }

    private static WebSocketDeflateOptions Copy(WebSocketDeflateOptions options) => new()
    {
        ClientMaxWindowBits = options.ClientMaxWindowBits,
        ClientContextTakeover = options.ClientContextTakeover,
        ServerMaxWindowBits = options.ServerMaxWindowBits,
        ServerContextTakeover = options.ServerContextTakeover,
    };
}

/// <summary>Facts about the transport connection a handshake arrived on.</summary>
/// <param name="ConnectionId">A unique id for the connection.</param>
/// <param name="RemoteEndPoint">The peer's address, when known.</param>
/// <param name="LocalEndPoint">The local address, when known.</param>
/// <param name="IsSecure">True for TLS (<c>wss</c>).</param>
public sealed record WebSocketConnectionInfo(string ConnectionId, EndPoint? RemoteEndPoint, EndPoint? LocalEndPoint, bool IsSecure);
