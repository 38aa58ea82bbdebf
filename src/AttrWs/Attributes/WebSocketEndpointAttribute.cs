namespace AttrWs;

/// <summary>
/// Declares a method as a WebSocket endpoint: a static method, or an instance method of an endpoint class that generated
/// code creates for each connection from a service scope (constructor services, <see cref="WebSocketRouteAttribute"/>
/// prefix). The AttrWs source generator turns every such method into an entry of the compile-time routing table, a typed invoker and an endpoint-map descriptor.
/// </summary>
/// <remarks>
/// The method must be accessible from its assembly (public or internal), non-generic,
/// return <see cref="System.Threading.Tasks.Task"/>, <see cref="System.Threading.Tasks.ValueTask"/> or <c>void</c>,
/// and take only bindable parameters: route values, <see cref="WebSocketSession"/>,
/// <see cref="System.Threading.CancellationToken"/> (the connection's), or services. An instance method's class must be a
/// concrete, non-generic class with one public or internal constructor (or one marked
/// <c>[ActivatorUtilitiesConstructor]</c>); the instance and then the connection's scope are disposed when the connection ends.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class WebSocketEndpointAttribute : Attribute
{
    /// <summary>Creates the attribute with a route template such as <c>/chat/{room}</c>.</summary>
    /// <param name="template">
    /// An ASP.NET Core style route template: literal segments, <c>{name}</c>, <c>{name:constraint}</c>,
    /// optional <c>{name?}</c> and catch-all <c>{*rest}</c> (both last segment only).
    /// </param>
    public WebSocketEndpointAttribute(string template) => Template = template;

    /// <summary>The route template.</summary>
    public string Template { get; }

    /// <summary>
    /// Comma-separated subprotocols this endpoint speaks, in server-preference order (e.g. <c>"chat.v2,chat.v1"</c>).
    /// Each must be an RFC 7230 token. When set, a client that offers none of them is rejected with 400
    /// unless <see cref="AllowMissingSubProtocol"/> is true.
    /// </summary>
    public string? SubProtocols { get; set; }

    /// <summary>
    /// When <see cref="SubProtocols"/> is set and the client offered none of them, accept the connection without a
    /// subprotocol instead of rejecting it with 400. Default: false.
    /// </summary>
    public bool AllowMissingSubProtocol { get; set; }

    /// <summary>Whether permessage-deflate (RFC 7692) may be negotiated on this endpoint. Default: follow the server setting.</summary>
    public DeflateMode Deflate { get; set; }

    /// <summary>
    /// Comma-separated origins allowed to open this endpoint (e.g. <c>"https://app.example.com,https://*.example.com"</c>):
    /// exact origins (scheme, host and port, case-insensitive) or subdomain wildcards (<c>https://*.example.com</c> matches
    /// subdomains, not <c>example.com</c> itself). When set, it replaces the server-wide allow-list for this endpoint;
    /// another origin gets 403. Requests without an <c>Origin</c> follow the server's <c>AllowMissingOrigin</c> option.
    /// </summary>
    public string? AllowedOrigins { get; set; }

    /// <summary>A name for the endpoint map; defaults to <c>DeclaringType.Method</c>.</summary>
    public string? Name { get; set; }
}

/// <summary>Per-endpoint permessage-deflate setting.</summary>
public enum DeflateMode
{
    /// <summary>Use the server-wide setting (<c>WebSocketServerOptions.Handshake.EnableDeflate</c>).</summary>
    Default = 0,

    /// <summary>Negotiate permessage-deflate on this endpoint when the client offers it, whatever the server setting.</summary>
    Enabled = 1,

    /// <summary>Never negotiate permessage-deflate on this endpoint.</summary>
    Disabled = 2,
}
