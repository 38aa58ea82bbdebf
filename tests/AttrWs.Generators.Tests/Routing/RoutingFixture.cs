using AttrWs.Generators.Tests.Infrastructure;
using AttrWs.Routing;

namespace AttrWs.Generators.Tests.Routing;

/// <summary>Compiles <see cref="RoutingSnippet"/> once, loads it, and builds the runtime table from the same templates.</summary>
public sealed class RoutingFixture : IDisposable
{
    private readonly LoadedApp _app;

    public RoutingFixture()
    {
        var run = GeneratorHarness.Run(RoutingSnippet.Source);
        GeneratedSource = run.GeneratedSource;
        _app = run.Load();
        Runtime = new RuntimeRouteTable();
        foreach (var endpoint in _app.EndpointMap)
        {
            if (endpoint.DeclaringType != RoutingSnippet.TypedClass)
            {
                Runtime.Add(new WebSocketEndpoint(endpoint.Template, endpoint.Handler) { Name = endpoint.Name, SubProtocols = endpoint.SubProtocols });
            }
        }
    }

    public string GeneratedSource { get; }

    public IWebSocketRouteTable Generated => _app.RouteTable;

    public IReadOnlyList<WebSocketEndpoint> EndpointMap => _app.EndpointMap;

    public RuntimeRouteTable Runtime { get; }

    public void Dispose() => _app.Dispose();

    /// <summary>Checks one case; returns a description of the mismatch, or null.</summary>
    public static string? Check(IWebSocketRouteTable table, RouteCase expected)
    {
        var matched = table.TryMatch(expected.Path, out var match);
        if (expected.Endpoints is null)
        {
            return matched ? $"{expected.Path}: expected no match, got {match.Route.Template}" : null;
        }

        if (!matched)
        {
            return $"{expected.Path}: expected {string.Join(",", expected.Endpoints)}, got no match";
        }

        var names = match.Route.Endpoints.Select(e => e.Name).ToArray();
        if (!names.SequenceEqual(expected.Endpoints))
        {
            return $"{expected.Path}: expected {string.Join(",", expected.Endpoints)}, got {string.Join(",", names)}";
        }

        if (match.Values.SlotCount != expected.Values.Length)
        {
            return $"{expected.Path}: expected {expected.Values.Length} route value slots, got {match.Values.SlotCount}";
        }

        foreach (var (name, value) in expected.Values)
        {
            if (match.Values[name] != value)
            {
                return $"{expected.Path}: expected {name}={value ?? "<absent>"}, got {match.Values[name] ?? "<absent>"}";
            }
        }

        // A span path (copied when values were captured) must give the same route and values as the string path.
        if (!table.TryMatch(expected.Path.AsSpan(), out var spanMatch) || spanMatch.Route != match.Route
            || !spanMatch.Values.SequenceEqual(match.Values) || spanMatch.Values.SlotCount != match.Values.SlotCount)
        {
            return $"{expected.Path}: the span overload of TryMatch disagrees with the string overload";
        }

        return null;
    }
}
