using AttrWs.Routing.Template;

namespace AttrWs.Routing;

/// <summary>
/// A routing table built at run time from hand registrations (<c>Map(template, handler)</c>). It parses templates with
/// the same grammar as the source generator and matches with the same rules and precedence as the generated matcher:
/// per segment, left to right, literal &gt; constrained parameter &gt; parameter &gt; catch-all, and a template that
/// ends where the path ends beats an absent optional parameter, which beats an empty catch-all.
/// </summary>
/// <remarks>
/// Matching is linear in the number of routes (hand registrations are few); registration is meant for start-up, and
/// matching may run concurrently with it (routes are published copy-on-write).
/// </remarks>
public sealed class RuntimeRouteTable : IWebSocketRouteTable
{
    // Matching splits into a stack buffer of this many segments; more only for templates that long.
    private const int StackSegments = 32;

    private readonly object _gate = new();
    private WebSocketEndpoint[] _endpoints = [];
    private RuntimeRoute[] _routes = [];
    private int _maxSegments;

    /// <inheritdoc />
    public IReadOnlyList<WebSocketEndpoint> Endpoints => Volatile.Read(ref _endpoints);

    /// <summary>
    /// Adds an endpoint. Endpoints whose templates are equal (ignoring case and a trailing slash) share a route, in the
    /// order they were added; their subprotocol sets must be disjoint, and at most one of them may accept a client that
    /// offers none of its subprotocols (no subprotocols, or <see cref="WebSocketEndpoint.AllowMissingSubProtocol"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The template is invalid, or duplicates a route with overlapping subprotocols.</exception>
    public void Add(WebSocketEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var template = RouteTemplateParser.Parse(endpoint.Template, out var error)
            ?? throw new ArgumentException($"Invalid route template \"{endpoint.Template}\" ({error!.Id}): {error.Message}", nameof(endpoint));

        lock (_gate)
        {
            var routes = _routes;
            var key = RouteKey(endpoint.Template);
            var index = Array.FindIndex(routes, r => string.Equals(r.Key, key, StringComparison.OrdinalIgnoreCase));
            var updated = (RuntimeRoute[])routes.Clone();
            if (index >= 0)
            {
                var existing = routes[index];
                foreach (var other in existing.Route.Endpoints)
                {
                    if (SubProtocolsOverlap(other, endpoint))
                    {
                        throw new ArgumentException(
                            $"The route \"{endpoint.Template}\" is already served by '{other.Name}' with overlapping subprotocols (or both accept a client that offers none of them); give the endpoints disjoint SubProtocols with AllowMissingSubProtocol on at most one, or another template.",
                            nameof(endpoint));
                    }
                }

                updated[index] = existing with { Route = new WebSocketRoute(existing.Route.Template, [.. existing.Route.Endpoints, endpoint]) };
            }
            else
            {
                var names = new List<string>();
                foreach (var parameter in template.GetParameters())
                {
                    names.Add(parameter.Text);
                }

                updated = [.. routes, new RuntimeRoute(key, template, [.. names], new WebSocketRoute(endpoint.Template, [endpoint]))];
                _maxSegments = Math.Max(_maxSegments, template.Segments.Count);
            }

            Volatile.Write(ref _routes, updated);
            Volatile.Write(ref _endpoints, [.. _endpoints, endpoint]);
        }
    }

    /// <inheritdoc />
    public bool TryMatch(ReadOnlySpan<char> path, out RouteMatch match)
    {
        if (!Match(path, out match))
        {
            return false;
        }

        match = match.WithCopiedSource(path);
        return true;
    }

    /// <inheritdoc />
    public bool TryMatch(string path, out RouteMatch match)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!Match(path, out match))
        {
            return false;
        }

        match = match.WithSource(path);
        return true;
    }

    /// <summary>Finds the route; a match of up to <see cref="RouteCaptures.Capacity"/> values records their ranges only.</summary>
    private bool Match(ReadOnlySpan<char> path, out RouteMatch match)
    {
        match = default;
        if (!RouteMatching.TryNormalize(path, out var normalized))
        {
            return false;
        }

        var routes = Volatile.Read(ref _routes);
        var needed = Volatile.Read(ref _maxSegments) + 1;
        Span<Range> segments = needed <= StackSegments ? stackalloc Range[StackSegments] : new Range[needed];
        var count = RouteMatching.SplitSegments(normalized, segments);

        RuntimeRoute? best = null;
        foreach (var route in routes)
        {
            if (Matches(route.Template, normalized, segments, count) && (best is null || Compare(route.Template, best.Template, count) > 0))
            {
                best = route;
            }
        }

        if (best is null)
        {
            return false;
        }

        match = best.Names.Length == 0 ? new RouteMatch(best.Route, RouteValues.Empty)
            : best.Names.Length <= RouteCaptures.Capacity ? new RouteMatch(best.Route, best.Names, CaptureRanges(best, normalized, segments, count), source: null)
            : new RouteMatch(best.Route, Capture(best, normalized, segments, count));
        return true;
    }

    private static bool Matches(RouteTemplate template, ReadOnlySpan<char> path, ReadOnlySpan<Range> segments, int count)
    {
        var templateSegments = template.Segments;
        var n = templateSegments.Count;
        int fixedCount;
        if (template.EndsWithCatchAll)
        {
            fixedCount = n - 1;
            if (count < fixedCount)
            {
                return false;
            }
        }
        else
        {
            fixedCount = Math.Min(n, count);
            if (count != n && !(template.EndsWithOptional && count == n - 1))
            {
                return false;
            }
        }

        for (var i = 0; i < fixedCount; i++)
        {
            var segment = templateSegments[i];
            var raw = path[segments[i]];
            if (segment.Kind == RouteSegmentKind.Literal)
            {
                if (!RouteMatching.LiteralEquals(raw, segment.Text))
                {
                    return false;
                }
            }
            else if (raw.IsEmpty || !Satisfies(raw, segment))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Satisfies(ReadOnlySpan<char> raw, RouteSegment segment)
    {
        var constraints = segment.Constraints;
        for (var i = 0; i < constraints.Count; i++) // indexing: a foreach over the interface would allocate an enumerator
        {
            var constraint = constraints[i];
            var ok = constraint.Definition.Check(raw, constraint.First, constraint.Second);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Compares two matching templates by precedence at every path position (positive: <paramref name="a"/> wins).</summary>
    private static int Compare(RouteTemplate a, RouteTemplate b, int count)
    {
        for (var i = 0; i <= count; i++)
        {
            var difference = RankAt(a, i) - RankAt(b, i);
            if (difference != 0)
            {
                return difference;
            }
        }

        return 0; // equal precedence: the earlier registration keeps the match
    }

    private static int RankAt(RouteTemplate template, int position)
    {
        var segments = template.Segments;
        if (template.EndsWithCatchAll && position >= segments.Count - 1)
        {
            return RouteRanks.CatchAll;
        }

        return position < segments.Count ? segments[position].Rank : RouteRanks.End;
    }

    private static RouteCaptures CaptureRanges(RuntimeRoute route, ReadOnlySpan<char> path, ReadOnlySpan<Range> segments, int count)
    {
        var ranges = default(RouteCaptures);
        var slot = 0;
        var templateSegments = route.Template.Segments;
        for (var i = 0; i < templateSegments.Count; i++)
        {
            var segment = templateSegments[i];
            if (segment.Kind == RouteSegmentKind.Literal)
            {
                continue;
            }

            ranges[slot++] = segment.Kind == RouteSegmentKind.CatchAll
                ? RouteMatching.RestRange(path, segments, i, count)
                : i < count ? segments[i] : RouteCaptures.Absent;
        }

        return ranges;
    }

    private static RouteValues Capture(RuntimeRoute route, ReadOnlySpan<char> path, ReadOnlySpan<Range> segments, int count)
    {
        var values = new string?[route.Names.Length];
        var slot = 0;
        var templateSegments = route.Template.Segments;
        for (var i = 0; i < templateSegments.Count; i++)
        {
            var segment = templateSegments[i];
            if (segment.Kind == RouteSegmentKind.Literal)
            {
                continue;
            }

            values[slot++] = segment.Kind == RouteSegmentKind.CatchAll
                ? RouteMatching.DecodeRest(path, segments, i, count)
                : i < count ? RouteMatching.Decode(path[segments[i]]) : null;
        }

        return new RouteValues(route.Names, values);
    }

    private static string RouteKey(string template) =>
        template.Length > 1 && template[^1] == '/' ? template[..^1] : template;

    private static bool SubProtocolsOverlap(WebSocketEndpoint a, WebSocketEndpoint b)
    {
        // Both would serve a client that offers none of their subprotocols: only the order of registration would pick one
        // (the generated table cannot have this: analyzer ATTRWS003 stops the build).
        if (AcceptsMissingSubProtocol(a) && AcceptsMissingSubProtocol(b))
        {
            return true;
        }

        if (a.SubProtocols.Count == 0 || b.SubProtocols.Count == 0)
        {
            return a.SubProtocols.Count == b.SubProtocols.Count;
        }

        foreach (var protocol in a.SubProtocols)
        {
            foreach (var other in b.SubProtocols)
            {
                if (string.Equals(protocol, other, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool AcceptsMissingSubProtocol(WebSocketEndpoint endpoint) => endpoint.SubProtocols.Count == 0 || endpoint.AllowMissingSubProtocol;

    private sealed record RuntimeRoute(string Key, RouteTemplate Template, string[] Names, WebSocketRoute Route);
}
