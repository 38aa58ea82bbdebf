namespace AttrWs.Routing;

/// <summary>
/// A routing table: resolves a request path to the route (and so the endpoints) that serve it.
/// The source generator emits one per assembly as code; <see cref="RuntimeRouteTable"/> serves hand registrations.
/// </summary>
public interface IWebSocketRouteTable
{
    /// <summary>Every endpoint of the table, in a stable order: the endpoint map.</summary>
    IReadOnlyList<WebSocketEndpoint> Endpoints { get; }

    /// <summary>
    /// Matches a request path (the request target before <c>?</c>, still percent-encoded). Literals compare
    /// case-insensitively, a trailing slash is tolerated, route values are percent-decoded, and a value that fails
    /// its constraint or its parameter's type does not match. Implementations allocate nothing when no route values
    /// are captured.
    /// </summary>
    /// <param name="path">The path, starting with <c>/</c>.</param>
    /// <param name="match">The matched route and its values.</param>
    /// <returns>True when a route matches.</returns>
    bool TryMatch(ReadOnlySpan<char> path, out RouteMatch match);
}

/// <summary>A route template and the endpoints that share it (distinguished by their subprotocol sets).</summary>
public sealed class WebSocketRoute
{
    /// <summary>Creates a route.</summary>
    /// <param name="template">The template the endpoints share.</param>
    /// <param name="endpoints">The endpoints in preference order (declaration order).</param>
    public WebSocketRoute(string template, IReadOnlyList<WebSocketEndpoint> endpoints)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints.Count == 0)
        {
            throw new ArgumentException("A route needs at least one endpoint.", nameof(endpoints));
        }

        Template = template;
        Endpoints = endpoints;
    }

    /// <summary>The template.</summary>
    public string Template { get; }

    /// <summary>The endpoints in preference order; the negotiated subprotocol picks one.</summary>
    public IReadOnlyList<WebSocketEndpoint> Endpoints { get; }
}

/// <summary>The result of a successful route match.</summary>
/// <param name="Route">The matched route.</param>
/// <param name="Values">The captured route values (<see cref="RouteValues.Empty"/> when none).</param>
public readonly record struct RouteMatch(WebSocketRoute Route, RouteValues Values);

/// <summary>Something endpoints and routing tables can be added to: the standalone server, or a host adapter.</summary>
public interface IWebSocketEndpointRouteBuilder
{
    /// <summary>Adds a routing table. Tables are consulted in the order they were added; the first match wins.</summary>
    void AddRouteTable(IWebSocketRouteTable table);

    /// <summary>The service provider endpoints resolve services from, if any.</summary>
    IServiceProvider? Services { get; }
}
