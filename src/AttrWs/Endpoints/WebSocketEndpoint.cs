namespace AttrWs;

/// <summary>Runs an endpoint for one accepted connection. Generated invokers and hand-registered handlers have this shape.</summary>
/// <param name="session">The accepted connection; <see cref="WebSocketSession.Aborted"/> is its cancellation token.</param>
public delegate ValueTask WebSocketEndpointHandler(WebSocketSession session);

/// <summary>
/// One WebSocket endpoint: its route, negotiation settings, authorization requirements, the handler that runs it,
/// and the descriptive metadata of the endpoint map. Generated code creates one per <see cref="WebSocketEndpointAttribute"/>;
/// applications may create them by hand for <c>Map(...)</c> registrations.
/// </summary>
public sealed class WebSocketEndpoint
{
    /// <summary>Creates an endpoint.</summary>
    /// <param name="template">The route template (see <see cref="WebSocketEndpointAttribute"/>).</param>
    /// <param name="handler">The handler invoked for every accepted connection.</param>
    public WebSocketEndpoint(string template, WebSocketEndpointHandler handler)
    {
        ArgumentException.ThrowIfNullOrEmpty(template);
        ArgumentNullException.ThrowIfNull(handler);
        Template = template;
        Handler = handler;
        Name = template;
    }

    /// <summary>The endpoint's name in the endpoint map (generated endpoints: <c>DeclaringType.Method</c> unless named).</summary>
    public string Name { get; init; }

    /// <summary>The route template.</summary>
    public string Template { get; }

    /// <summary>The handler invoked for every accepted connection.</summary>
    public WebSocketEndpointHandler Handler { get; }

    /// <summary>Subprotocols this endpoint speaks, in server-preference order. Empty: the endpoint uses none.</summary>
    public IReadOnlyList<string> SubProtocols { get; init; } = [];

    /// <summary>Accept without a subprotocol when the client offered none of <see cref="SubProtocols"/>.</summary>
    public bool AllowMissingSubProtocol { get; init; }

    /// <summary>Whether permessage-deflate may be negotiated on this endpoint.</summary>
    public DeflateMode Deflate { get; init; }

    /// <summary>
    /// Origins allowed to open this endpoint (exact <c>https://app.example.com</c> or wildcard <c>https://*.example.com</c>);
    /// when non-empty it replaces the server-wide origin allow-list for this endpoint. Empty: the server-wide policy applies.
    /// </summary>
    public IReadOnlyList<string> AllowedOrigins { get; init; } = [];

    /// <summary>The endpoint's <c>[Authorize]</c>/<c>[AllowAnonymous]</c> requirements.</summary>
    public EndpointAuthorization Authorization { get; init; } = EndpointAuthorization.None;

    /// <summary>The handler method's parameters and how each is bound (empty for hand-registered handlers).</summary>
    public IReadOnlyList<EndpointParameter> Parameters { get; init; } = [];

    /// <summary>
    /// Services an endpoint class needs for every connection (required constructor and method parameters); the server
    /// checks them at start-up where its container can tell. Empty for static endpoints and hand-registered handlers.
    /// </summary>
    public IReadOnlyList<EndpointServiceDependency> Services { get; init; } = [];

    /// <summary>Full name of the type that declares the endpoint method, or null for a hand-registered handler.</summary>
    public string? DeclaringType { get; init; }

    /// <summary>Name of the endpoint method, or null for a hand-registered handler.</summary>
    public string? MethodName { get; init; }

    /// <summary>
    /// Source file of the endpoint method, relative to the project directory (or mapped by the compiler's <c>PathMap</c>)
    /// so a build carries no path of the machine that built it; null for a hand-registered handler.
    /// </summary>
    public string? SourceFile { get; init; }

    /// <summary>1-based line of the endpoint method's attribute in <see cref="SourceFile"/>, or 0.</summary>
    public int SourceLine { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Template})";
}
