namespace AttrWs.Handshake;

/// <summary>
/// The one table that turns a <see cref="HandshakeRejectReason"/> into a response: status code, the header the
/// status requires (if any) and a one-line body reason. Every check produces a reason; only this table knows
/// what goes on the wire for it.
/// </summary>
internal static class HandshakeRejections
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

    /// <summary>
    /// The registered reason phrase of a status code (the IANA HTTP Status Code Registry, RFC 9110 §15 and the RFCs it
    /// lists), or an empty string for a code without one (RFC 9112 §4 allows an empty reason phrase). Never invented.
    /// </summary>
    /// <param name="statusCode">The status code.</param>
    /// <returns>The reason phrase, e.g. <c>Not Found</c> for 404; empty for unregistered or unused codes such as 418.</returns>
    public static string GetReasonPhrase(int statusCode) => statusCode switch
    {
        100 => "Continue",
        101 => "Switching Protocols",
        102 => "Processing",
        103 => "Early Hints",
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        203 => "Non-Authoritative Information",
        204 => "No Content",
        205 => "Reset Content",
        206 => "Partial Content",
        207 => "Multi-Status",
        208 => "Already Reported",
        226 => "IM Used",
        300 => "Multiple Choices",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        305 => "Use Proxy",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        402 => "Payment Required",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        407 => "Proxy Authentication Required",
        408 => "Request Timeout",
        409 => "Conflict",
        410 => "Gone",
        411 => "Length Required",
        412 => "Precondition Failed",
        413 => "Content Too Large",
        414 => "URI Too Long",
        415 => "Unsupported Media Type",
        416 => "Range Not Satisfiable",
        417 => "Expectation Failed",
        421 => "Misdirected Request",
        422 => "Unprocessable Content",
        423 => "Locked",
        424 => "Failed Dependency",
        425 => "Too Early",
        426 => "Upgrade Required",
        428 => "Precondition Required",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        451 => "Unavailable For Legal Reasons",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        505 => "HTTP Version Not Supported",
        506 => "Variant Also Negotiates",
        507 => "Insufficient Storage",
        508 => "Loop Detected",
        511 => "Network Authentication Required",
        _ => string.Empty,
    };

    /// <summary>True for the statuses whose response carries no content (RFC 9110 §15.3.5, §15.3.6, §15.4.5): 204, 205 and 304.</summary>
    /// <param name="statusCode">The status code.</param>
    /// <returns>True when a rejection with this status is written without a body.</returns>
    public static bool HasNoContent(int statusCode) => statusCode is 204 or 205 or 304;
}

/// <summary>One row of <see cref="HandshakeRejections"/>.</summary>
/// <param name="StatusCode">The status code sent.</param>
/// <param name="ReasonText">The default one-line body reason.</param>
/// <param name="HeaderName">A header the status requires (e.g. <c>Allow</c> for 405), or null.</param>
/// <param name="HeaderValue">That header's value, or null.</param>
internal readonly record struct HandshakeRejectionEntry(int StatusCode, string ReasonText, string? HeaderName, string? HeaderValue);
