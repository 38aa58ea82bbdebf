using System.Net;
using System.Net.WebSockets;
using System.Security.Claims;
using AttrWs.Handshake;
using AttrWs.Routing;

namespace AttrWs;

/// <summary>
/// One accepted WebSocket connection, as endpoint code sees it.
/// </summary>
/// <remarks>Skeleton: the foundation work fills in receive/send/close (see issue 2).</remarks>
public sealed partial class WebSocketSession
{
    /// <summary>A unique id of the connection.</summary>
    public required string ConnectionId { get; init; }

    /// <summary>The request target (path and query) of the opening handshake.</summary>
    public required string RequestTarget { get; init; }

    /// <summary>The path part of the request target, percent-encoded.</summary>
    public required string Path { get; init; }

    /// <summary>The query part including <c>?</c>, or empty.</summary>
    public required string Query { get; init; }

    /// <summary>The captured route values.</summary>
    public required RouteValues RouteValues { get; init; }

    /// <summary>The headers of the opening handshake.</summary>
    public required HttpHeaderCollection RequestHeaders { get; init; }

    /// <summary>The negotiated subprotocol, or null.</summary>
    public string? SubProtocol { get; init; }

    /// <summary>The authenticated user, or null for anonymous connections.</summary>
    public ClaimsPrincipal? User { get; init; }

    /// <summary>The peer's address, when known.</summary>
    public EndPoint? RemoteEndPoint { get; init; }

    /// <summary>The endpoint serving the connection.</summary>
    public required WebSocketEndpoint Endpoint { get; init; }

    /// <summary>The open-request context of the handshake that accepted the connection.</summary>
    public required WebSocketOpenRequestContext OpenRequest { get; init; }

    /// <summary>Services for endpoint parameters, when the server has a service provider.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Cancelled when the connection closes, is aborted, or the server stops.</summary>
    public CancellationToken Aborted { get; init; }

    /// <summary>The underlying WebSocket (framing by <see cref="WebSocket.CreateFromStream(Stream, WebSocketCreationOptions)"/>).</summary>
    public required WebSocket WebSocket { get; init; }
}
