using AttrWs.Routing;

namespace AttrWs.IntegrationTests.Infrastructure;

/// <summary>
/// Part of this assembly's generated routing table: the generated matcher, restricted to the endpoints a test wants
/// (the assembly holds several groups of generated endpoints, e.g. endpoint classes that need a container).
/// </summary>
internal sealed class FilteredRouteTable(IWebSocketRouteTable inner, Func<WebSocketEndpoint, bool> include) : IWebSocketRouteTable
{
    public IReadOnlyList<WebSocketEndpoint> Endpoints { get; } = inner.Endpoints.Where(include).ToArray();

    public bool TryMatch(ReadOnlySpan<char> path, out RouteMatch match) =>
        inner.TryMatch(path, out match) && match.Route.Endpoints.Any(include);

    /// <summary>The generated endpoints declared in <paramref name="namespacePrefix"/>.</summary>
    public static FilteredRouteTable Generated(string namespacePrefix) =>
        new(AttrWs.Generated.GeneratedWebSocketEndpoints.RouteTable,
            e => e.DeclaringType?.StartsWith(namespacePrefix, StringComparison.Ordinal) == true);
}
