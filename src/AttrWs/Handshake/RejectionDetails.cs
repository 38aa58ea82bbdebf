namespace AttrWs.Handshake;

/// <summary>
/// What the processor knows about a rejection it is about to build: the reason and where it happened (connection,
/// endpoint, context), plus what a few rows add (a body line, a log-only detail, the exception behind a 500, extra
/// headers, the application's own status). Built with <see cref="Before"/> or <see cref="After"/> and <c>with</c>.
/// </summary>
/// <param name="Reason">The reason; the table (<see cref="HandshakeRejections"/>) maps it to status and headers.</param>
/// <param name="ConnectionId">The connection's id, when known (for the rejection notification).</param>
internal readonly record struct RejectionDetails(HandshakeRejectReason Reason, string? ConnectionId)
{
    /// <summary>The endpoint, once routing found one.</summary>
    public WebSocketEndpoint? Endpoint { get; init; }

    /// <summary>The open-request context, once it was created.</summary>
    public WebSocketOpenRequestContext? Context { get; init; }

    /// <summary>The body line, or null for the table's default.</summary>
    public string? Body { get; init; }

    /// <summary>Detail for the notification only (500s keep internals out of the body), or null to report the body line.</summary>
    public string? LogDetail { get; init; }

    /// <summary>The exception behind a 500.</summary>
    public Exception? Exception { get; init; }

    /// <summary>Headers after the table's required header (challenges, hook headers, the host's Retry-After).</summary>
    public HttpHeaderCollection? Headers { get; init; }

    /// <summary>The status when the application chose it; 0 for the table's.</summary>
    public int Status { get; init; }

    /// <summary>A rejection decided before the open-request context exists (rows 3-8, host-detected failures).</summary>
    public static RejectionDetails Before(HandshakeRejectReason reason, string? connectionId, WebSocketEndpoint? endpoint = null)
        => new(reason, connectionId) { Endpoint = endpoint };

    /// <summary>A rejection of a request whose context exists (rows 9-13): its connection and current endpoint.</summary>
    public static RejectionDetails After(HandshakeRejectReason reason, WebSocketOpenRequestContext context)
        => new(reason, context.ConnectionId) { Endpoint = context.Endpoint, Context = context };
}
