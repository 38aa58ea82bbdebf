namespace AttrWs;

/// <summary>
/// Gives every <see cref="WebSocketEndpointAttribute"/> method of a class a route prefix:
/// <c>[WebSocketRoute("/rooms")]</c> on the class and <c>[WebSocketEndpoint("{room}")]</c> on a method route
/// <c>/rooms/{room}</c>.
/// </summary>
/// <remarks>
/// The prefix is a route template (literals and parameters; a leading <c>/</c> is optional, a trailing one is ignored).
/// Method templates in the class are relative to it: <c>"{room}"</c> or <c>"lobby/{id:int}"</c>; an empty template
/// (<c>""</c>) routes the prefix itself. A method template starting with <c>/</c> is an error (ATTRWS019) rather
/// than an absolute route that would silently drop the prefix. The source generator combines the two at compile time.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class WebSocketRouteAttribute : Attribute
{
    /// <summary>Creates the attribute with a prefix such as <c>/rooms</c> or <c>/tenants/{tenant}</c>.</summary>
    /// <param name="prefix">The route prefix of every endpoint declared in the class.</param>
    public WebSocketRouteAttribute(string prefix) => Prefix = prefix;

    /// <summary>The route prefix.</summary>
    public string Prefix { get; }

    /// <summary>
    /// Comma-separated origins allowed to open every endpoint of the class (same syntax as
    /// <see cref="WebSocketEndpointAttribute.AllowedOrigins"/>). Combined with a method's own list: the endpoint accepts
    /// the entries of both.
    /// </summary>
    public string? AllowedOrigins { get; set; }
}
