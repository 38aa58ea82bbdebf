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

    /// <summary>
    /// Matches a request path held in a string (see <see cref="TryMatch(ReadOnlySpan{char}, out RouteMatch)"/>). A table
    /// may keep the string and record where the values are instead of decoding them: the generated tables and
    /// <see cref="RuntimeRouteTable"/> allocate nothing here, and a value's string is created when it is first read.
    /// </summary>
    /// <param name="path">The path, starting with <c>/</c>.</param>
    /// <param name="match">The matched route and its values.</param>
    /// <returns>True when a route matches.</returns>
    bool TryMatch(string path, out RouteMatch match)
    {
        ArgumentNullException.ThrowIfNull(path);
        return TryMatch(path.AsSpan(), out match);
    }
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
/// <remarks>
/// A match of a string path (<see cref="IWebSocketRouteTable.TryMatch(string, out RouteMatch)"/>) may hold only where its
/// values are in the path: then reading <see cref="Values"/> creates the values object, and each read creates another
/// (read it once and keep it); its values are decoded on their first read.
/// </remarks>
public readonly record struct RouteMatch(WebSocketRoute Route, RouteValues Values)
{
    // Given values, or null while the values are only recorded as ranges of _source (see RouteMatching.Captured).
    private readonly RouteValues? _values = Values;
    private readonly string[]? _names;
    private readonly string? _source;
    private readonly RouteCaptures _ranges;

    internal RouteMatch(WebSocketRoute route, string[] names, in RouteCaptures ranges, string? source)
        : this(route, null!)
    {
        _names = names;
        _ranges = ranges;
        _source = source;
    }

    /// <summary>The captured route values (<see cref="RouteValues.Empty"/> when none).</summary>
    /// <exception cref="InvalidOperationException">The match records ranges of a path it was not given (a matcher's own use).</exception>
    public RouteValues Values
    {
        get => _values ?? CreateValues()!;
        init => _values = value;
    }

    /// <summary>Whether the values are recorded as ranges of a path rather than held as an object.</summary>
    internal bool IsDeferred => _values is null && _names is not null;

    /// <summary>The same match with its ranges pointing into <paramref name="path"/>, kept as it is.</summary>
    internal RouteMatch WithSource(string path) => IsDeferred ? new(Route, _names!, _ranges, path) : this;

    /// <summary>The same match with its values object created now, over a copy of the part of <paramref name="path"/> it needs.</summary>
    internal RouteMatch WithCopiedSource(ReadOnlySpan<char> path)
    {
        if (!IsDeferred)
        {
            return this;
        }

        var end = 0;
        for (var i = 0; i < _names!.Length; i++)
        {
            if (!RouteCaptures.IsAbsent(_ranges[i]))
            {
                end = Math.Max(end, _ranges[i].End.Value);
            }
        }

        return this with { Values = new RouteValues(_names, new string(path[..end]), _ranges) };
    }

    private RouteValues? CreateValues()
    {
        if (_names is null)
        {
            return null; // default(RouteMatch)
        }

        return _source is null
            ? throw new InvalidOperationException("The match records where its route values are, but not the path they are in.")
            : new RouteValues(_names, _source, _ranges);
    }
}

/// <summary>Something endpoints and routing tables can be added to: the standalone server, or a host adapter.</summary>
public interface IWebSocketEndpointRouteBuilder
{
    /// <summary>Adds a routing table. Tables are consulted in the order they were added; the first match wins.</summary>
    void AddRouteTable(IWebSocketRouteTable table);

    /// <summary>The service provider endpoints resolve services from, if any.</summary>
    IServiceProvider? Services { get; }
}
