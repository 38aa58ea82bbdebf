using System.Net.WebSockets;
using System.Security.Claims;
using AttrWs.Routing;

namespace AttrWs.Handshake;

/// <summary>
/// The outcome of an opening handshake: accept (101) with the negotiated subprotocol, deflate options and endpoint,
/// or a rejection with its status, reason and headers. <see cref="HandshakeResponseWriter"/> turns it into bytes.
/// </summary>
/// <remarks>
/// A value, not an object per handshake: the hosts copy it from the processor's <see cref="ValueTask{TResult}"/> into
/// the session. What only a rejection has (body line, log detail, exception) sits in one object made for rejections.
/// </remarks>
internal readonly struct HandshakeDecision
{
    private readonly HttpHeaderCollection? _responseHeaders;
    private readonly RejectionText? _rejection;
    private readonly WebSocketOpenRequestContext? _context;

    // An accepted handshake no application code saw: the open-request context is made from these when someone asks.
    private readonly HttpRequestHead? _request;
    private readonly WebSocketConnectionInfo? _connection;
    private readonly IReadOnlyList<string>? _offers;

    private HandshakeDecision(
        int statusCode,
        HandshakeRejectReason reason,
        HttpHeaderCollection? responseHeaders,
        RejectionText? rejection,
        WebSocketOpenRequestContext? context,
        HttpRequestHead? request = null,
        WebSocketConnectionInfo? connection = null,
        IReadOnlyList<string>? offers = null)
    {
        StatusCode = statusCode;
        Reason = reason;
        _responseHeaders = responseHeaders;
        _rejection = rejection;
        _context = context;
        _request = request;
        _connection = connection;
        _offers = offers;
    }

    /// <summary>True for a 101 Switching Protocols.</summary>
    public bool IsAccepted => Reason == HandshakeRejectReason.None && StatusCode == 101;

    /// <summary>The response status code.</summary>
    public int StatusCode { get; }

    /// <summary>Why the handshake was rejected; <see cref="HandshakeRejectReason.None"/> when accepted.</summary>
    public HandshakeRejectReason Reason { get; }

    /// <summary>The one-line body of a rejection; null when accepted.</summary>
    public string? ReasonText => _rejection?.ReasonText;

    /// <summary>
    /// Headers to send besides the ones the server owns (framing headers of a 101, <c>Content-*</c> and
    /// <c>Connection</c> of a rejection): the status's required header, authentication challenges, hook headers.
    /// </summary>
    public HttpHeaderCollection ResponseHeaders => _responseHeaders ?? HttpHeaderCollection.Empty;

    /// <summary>
    /// The client's <c>Sec-WebSocket-Key</c> (accepted handshakes), from which <c>Sec-WebSocket-Accept</c> is computed.
    /// Read from the request when asked (the response writer reads it without a string).
    /// </summary>
    public string? ClientKey => IsAccepted ? Request?.GetValue(KnownHeader.SecWebSocketKey) : null;

    /// <summary>The request head of an accepted handshake (read without creating the open-request context), or null.</summary>
    internal HttpRequestHead? Request => _context?.Request ?? _request;

    /// <summary>The selected subprotocol (one the client offered), or null.</summary>
    public string? SubProtocol { get; private init; }

    /// <summary>The negotiated permessage-deflate options for <see cref="WebSocketCreationOptions.DangerousDeflateOptions"/>, or null.</summary>
    public WebSocketDeflateOptions? DeflateOptions { get; private init; }

    /// <summary>The <c>Sec-WebSocket-Extensions</c> response value when deflate was negotiated, or null.</summary>
    public string? Extensions { get; private init; }

    /// <summary>The matched endpoint, or null when the request did not get that far.</summary>
    public WebSocketEndpoint? Endpoint { get; private init; }

    /// <summary>The captured route values.</summary>
    public RouteValues RouteValues => RouteValuesOrNull ?? RouteValues.Empty;

    /// <summary>The authenticated user, or null.</summary>
    public ClaimsPrincipal? User { get; private init; }

    /// <summary>The open-request context, or null for rejections decided before it was created.</summary>
    /// <remarks>
    /// When application code (origin policy callback, authorizer, hook) ran, the very context it saw. Otherwise an
    /// accepted decision creates it on each access from what was decided (the session reads it once): it then equals
    /// the context the processor would have made (request, connection, endpoint, route values, offers, subprotocol,
    /// deflate options, no user, status 101).
    /// </remarks>
    public WebSocketOpenRequestContext? Context => _context ?? (_request is null ? null : CreateContext());

    /// <summary>True when the decision holds a context (application code saw it), not one it would create on access.</summary>
    internal bool HasContext => _context is not null;

    /// <summary>The exception behind a 500, or null.</summary>
    public Exception? Exception => _rejection?.Exception;

    /// <summary>
    /// What went wrong, for logs only (already redacted; for a 500 it names the application's mistake, which the body
    /// never shows); null when accepted.
    /// </summary>
    public string? LogDetail => _rejection?.LogDetail;

    private RouteValues? RouteValuesOrNull { get; init; }

    internal static HandshakeDecision Accept(WebSocketOpenRequestContext context, string? extensions) =>
        new(101, HandshakeRejectReason.None, context.ResponseHeadersIfAny, null, context)
        {
            SubProtocol = context.SubProtocol,
            DeflateOptions = context.DeflateOptions,
            Extensions = extensions,
            Endpoint = context.Endpoint,
            RouteValuesOrNull = context.RouteValues,
            User = context.User,
        };

    /// <summary>An accepted handshake no application code saw: no context is made unless someone asks for it.</summary>
    internal static HandshakeDecision Accept(
        HttpRequestHead request,
        WebSocketConnectionInfo connection,
        WebSocketEndpoint endpoint,
        RouteValues routeValues,
        string? subProtocol,
        IReadOnlyList<string> offers,
        WebSocketDeflateOptions? deflateOptions,
        string? extensions) =>
        new(101, HandshakeRejectReason.None, null, null, null, request, connection, offers)
        {
            SubProtocol = subProtocol,
            DeflateOptions = deflateOptions,
            Extensions = extensions,
            Endpoint = endpoint,
            RouteValuesOrNull = routeValues,
        };

    internal static HandshakeDecision Rejection(
        int statusCode,
        HandshakeRejectReason reason,
        string reasonText,
        HttpHeaderCollection headers,
        WebSocketOpenRequestContext? context,
        WebSocketEndpoint? endpoint,
        Exception? exception,
        string logDetail) =>
        new(statusCode, reason, headers, new RejectionText(reasonText, logDetail, exception), context)
        {
            Endpoint = endpoint,
            RouteValuesOrNull = context?.RouteValues,
            User = context?.User,
        };

    private WebSocketOpenRequestContext CreateContext() =>
        WebSocketOpenRequestContext.Create(_request!, _connection!, Endpoint!, RouteValues, SubProtocol, _offers!, DeflateOptions);

    /// <summary>What only a rejection carries: made once per rejection (rare), never for an accepted handshake.</summary>
    private sealed record RejectionText(string ReasonText, string LogDetail, Exception? Exception);
}
