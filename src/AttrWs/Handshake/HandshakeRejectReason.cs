namespace AttrWs.Handshake;

/// <summary>
/// Why an opening handshake was rejected: one value per check of the handshake decision table plus the failures a
/// host detects. <see cref="HandshakeRejections"/> maps each value to its status code, required headers and body.
/// </summary>
public enum HandshakeRejectReason
{
    /// <summary>Not rejected (the handshake was accepted).</summary>
    None = 0,

    /// <summary>The request head is not well-formed HTTP/1.1 (400).</summary>
    MalformedRequest,

    /// <summary>The request head is larger than <see cref="WebSocketServerLimits.MaxRequestHeadBytes"/> (431).</summary>
    RequestHeadTooLarge,

    /// <summary>The request has more than <see cref="WebSocketServerLimits.MaxRequestHeaders"/> header fields (431).</summary>
    TooManyHeaders,

    /// <summary>The method is not GET (405 + <c>Allow: GET</c>).</summary>
    MethodNotAllowed,

    /// <summary>No endpoint matches the path (404).</summary>
    NotFound,

    /// <summary>A plain GET (no <c>Upgrade</c> header) to an endpoint path (426 + <c>Upgrade: websocket</c>).</summary>
    UpgradeRequired,

    /// <summary><c>Upgrade</c> lacks <c>websocket</c>, <c>Connection</c> lacks <c>upgrade</c>, or a WebSocket header is malformed (400).</summary>
    BadUpgradeHeaders,

    /// <summary><c>Sec-WebSocket-Version</c> is not 13 (426 + <c>Sec-WebSocket-Version: 13</c>).</summary>
    UnsupportedVersion,

    /// <summary><c>Sec-WebSocket-Key</c> is missing, repeated, or not the base64 encoding of 16 bytes (400).</summary>
    BadKey,

    /// <summary>The <c>Host</c> is not in <see cref="Security.WebSocketSecurityOptions.AllowedHosts"/> (400).</summary>
    HostNotAllowed,

    /// <summary>The <c>Origin</c> is not allowed by the origin policy (403).</summary>
    OriginNotAllowed,

    /// <summary>The endpoint requires an authenticated caller and there is none (401 + challenges).</summary>
    Unauthenticated,

    /// <summary>The caller is authenticated but a role or policy fails (403).</summary>
    Forbidden,

    /// <summary>The endpoint requires a subprotocol and the client offered none of its subprotocols (400).</summary>
    NoAcceptableSubProtocol,

    /// <summary>The open-request hook set a status other than 101 (that status).</summary>
    RejectedByApplication,

    /// <summary>The open-request hook produced an invalid response: a bad header, status or subprotocol (500).</summary>
    InvalidApplicationResponse,

    /// <summary>The open-request hook or the authorizer threw (500).</summary>
    ApplicationError,

    /// <summary>The server is at its connection limit (503 + <c>Retry-After</c>).</summary>
    ServerBusy,

    /// <summary>The client did not send a complete request head in time (408).</summary>
    HandshakeTimeout,

    /// <summary>
    /// The client's address is over a per-client limit (<see cref="WebSocketServerLimits.MaxHandshakesPerSecondPerClient"/>,
    /// <see cref="WebSocketServerLimits.MaxConnectionsPerClient"/>): 429 + <c>Retry-After</c>.
    /// </summary>
    ClientLimited,
}
