namespace AttrWs.Handshake;

/// <summary>
/// The one table that turns a <see cref="HandshakeRejectReason"/> into a response: status code, the header the
/// status requires (if any) and a one-line body reason. Every check produces a reason; only this table knows
/// what goes on the wire for it.
/// </summary>
public static class HandshakeRejections
{
    /// <summary>Looks up the response for a reason.</summary>
    /// <param name="reason">The reason; <see cref="HandshakeRejectReason.None"/> is not a rejection.</param>
    /// <returns>The status code, required header and body reason.</returns>
    public static HandshakeRejectionEntry Get(HandshakeRejectReason reason) => reason switch
    {
        HandshakeRejectReason.MalformedRequest => new(400, "Malformed HTTP/1.1 request.", null, null),
        HandshakeRejectReason.RequestHeadTooLarge => new(431, "Request head too large.", null, null),
        HandshakeRejectReason.TooManyHeaders => new(431, "Too many request header fields.", null, null),
        HandshakeRejectReason.MethodNotAllowed => new(405, "A WebSocket handshake must use GET.", "Allow", "GET"),
        HandshakeRejectReason.NotFound => new(404, "No WebSocket endpoint at this path.", null, null),
        HandshakeRejectReason.UpgradeRequired => new(426, "This is a WebSocket endpoint: upgrade required.", "Upgrade", "websocket"),
        HandshakeRejectReason.BadUpgradeHeaders => new(400, "Invalid WebSocket upgrade headers.", null, null),
        HandshakeRejectReason.UnsupportedVersion => new(426, "Unsupported WebSocket version: only 13 is supported.", "Sec-WebSocket-Version", "13"),
        HandshakeRejectReason.BadKey => new(400, "Sec-WebSocket-Key must be the base64 encoding of 16 bytes.", null, null),
        HandshakeRejectReason.HostNotAllowed => new(400, "Host not allowed.", null, null),
        HandshakeRejectReason.OriginNotAllowed => new(403, "Origin not allowed.", null, null),
        HandshakeRejectReason.Unauthenticated => new(401, "Authentication required.", null, null),
        HandshakeRejectReason.Forbidden => new(403, "Forbidden.", null, null),
        HandshakeRejectReason.NoAcceptableSubProtocol => new(400, "No acceptable subprotocol.", null, null),
        HandshakeRejectReason.RejectedByApplication => new(403, "Rejected by the application.", null, null),
        HandshakeRejectReason.InvalidApplicationResponse => new(500, "The application produced an invalid handshake response.", null, null),
        HandshakeRejectReason.ApplicationError => new(500, "The application failed while handling the handshake.", null, null),
        HandshakeRejectReason.ServerBusy => new(503, "Server busy: too many connections.", "Retry-After", "5"),
        HandshakeRejectReason.HandshakeTimeout => new(408, "Handshake timed out.", null, null),
        HandshakeRejectReason.ClientLimited => new(429, "Too many requests from this client address.", "Retry-After", "1"),
        _ => new(500, "Handshake rejected.", null, null),
    };

    /// <summary>The standard reason phrase of a status code (RFC 9110 §15), or <c>Unknown</c>.</summary>
    /// <param name="statusCode">The status code.</param>
    /// <returns>The reason phrase, e.g. <c>Not Found</c> for 404.</returns>
    public static string GetReasonPhrase(int statusCode) => statusCode switch
    {
        101 => "Switching Protocols",
        200 => "OK",
        204 => "No Content",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        402 => "Payment Required",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        408 => "Request Timeout",
        409 => "Conflict",
        410 => "Gone",
        413 => "Content Too Large",
        414 => "URI Too Long",
        421 => "Misdirected Request",
        426 => "Upgrade Required",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        451 => "Unavailable For Legal Reasons",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Unknown",
    };
}

/// <summary>One row of <see cref="HandshakeRejections"/>.</summary>
/// <param name="StatusCode">The status code sent.</param>
/// <param name="ReasonText">The default one-line body reason.</param>
/// <param name="HeaderName">A header the status requires (e.g. <c>Allow</c> for 405), or null.</param>
/// <param name="HeaderValue">That header's value, or null.</param>
public readonly record struct HandshakeRejectionEntry(int StatusCode, string ReasonText, string? HeaderName, string? HeaderValue);
