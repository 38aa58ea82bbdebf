namespace AttrWs.Routing;

/// <summary>
/// A routing table built at run time from hand registrations (<c>Map(...)</c>).
/// </summary>
/// <remarks>
/// Interim implementation: literal segments and plain <c>{name}</c> parameters only. The generator work (issue 3)
/// replaces it with the full template grammar shared with the generated matcher.
/// </remarks>
public sealed class RuntimeRouteTable : IWebSocketRouteTable
{
    private readonly List<WebSocketEndpoint> _endpoints = [];
    private readonly List<(string[] Segments, string[] Names, WebSocketRoute Route)> _routes = [];

    /// <inheritdoc />
    public IReadOnlyList<WebSocketEndpoint> Endpoints => _endpoints;

    /// <summary>Adds an endpoint; endpoints with the same template share a route.</summary>
    public void Add(WebSocketEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        _endpoints.Add(endpoint);
        var segments = endpoint.Template.Trim('/').Split('/');
        var names = segments.Where(s => s.StartsWith('{')).Select(s => s.Trim('{', '}')).ToArray();
        var index = _routes.FindIndex(r => string.Equals(r.Route.Template, endpoint.Template, StringComparison.OrdinalIgnoreCase));
        if (index >= 0)
        {
            var existing = _routes[index];
            _routes[index] = (existing.Segments, existing.Names, new WebSocketRoute(existing.Route.Template, [.. existing.Route.Endpoints, endpoint]));
        }
        else
        {
            _routes.Add((segments, names, new WebSocketRoute(endpoint.Template, [endpoint])));
        }
    }

    /// <inheritdoc />
    public bool TryMatch(ReadOnlySpan<char> path, out RouteMatch match)
    {
        var parts = path.ToString().Trim('/').Split('/');
        foreach (var (segments, names, route) in _routes)
        {
            if (segments.Length != parts.Length)
            {
                continue;
            }

            var values = new string?[names.Length];
            var ok = true;
            var v = 0;
            for (var i = 0; i < segments.Length && ok; i++)
            {
                if (segments[i].StartsWith('{'))
                {
                    values[v++] = Uri.UnescapeDataString(parts[i]);
                }
                else
                {
                    ok = string.Equals(segments[i], parts[i], StringComparison.OrdinalIgnoreCase);
                }
            }

            if (ok)
            {
                match = new RouteMatch(route, names.Length == 0 ? RouteValues.Empty : new RouteValues(names, values));
                return true;
            }
        }

        match = default;
        return false;
    }
}
