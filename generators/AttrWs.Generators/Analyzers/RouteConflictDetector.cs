using System;
using System.Collections.Generic;

namespace AttrWs.Generators.Analyzers
{
    /// <summary>
    /// The whole-compilation route checks, run once every endpoint is known.
    /// </summary>
    /// <remarks>
    /// <para><b>Duplicate (ATTRWS003)</b>: two endpoints whose templates have the same <see cref="RouteShape.ShapeKey"/>
    /// (same segment count; literals equal ignoring case; parameters equal by position, kind — plain, optional,
    /// catch-all — and constraint set, whatever their names) and that can serve the same client: their subprotocol sets
    /// overlap (an endpoint with none overlaps every set), or both set <c>AllowMissingSubProtocol</c> (both serve a
    /// client that offers none of their subprotocols, and only declaration order would pick one). Same shape with
    /// disjoint sets is the supported "versioned protocols on one URL" case.</para>
    /// <para><b>Ambiguous (ATTRWS013)</b>: two endpoints whose templates have different shapes but equal precedence
    /// — the same rank at every position, ranks being literal &lt; constrained parameter &lt; parameter &lt; catch-all
    /// (<see cref="AttrWs.Routing.Template.RouteSegment.Rank"/>; an optional parameter ranks as its non-optional
    /// form) — and that can match one path: at each position the
    /// literals are equal ignoring case, or the two parameters' constraint domains share a value, or both segments may
    /// be absent (two optional parameters, two catch-alls). Routing runs before subprotocol negotiation, so subprotocols
    /// do not resolve an ambiguity. Examples: <c>/a/{x:int}</c> vs <c>/a/{y:min(1)}</c> (5 matches both),
    /// <c>/a/{x?}</c> vs <c>/a/{y}</c>. Not ambiguous: <c>/a/{x:int}</c> vs <c>/a/{y:alpha}</c> (no common value),
    /// <c>/a/{x:int}</c> vs <c>/a/{y}</c> (the constrained one wins), <c>/a</c> vs <c>/a/{x?}</c> (different ranks).</para>
    /// </remarks>
    internal static class RouteConflictDetector
    {
        /// <summary>Finds every conflicting pair; each pair is reported once, with <see cref="RouteConflict.First"/> the earlier endpoint.</summary>
        public static List<RouteConflict> FindConflicts(IReadOnlyList<EndpointRoute> endpoints)
        {
            // Only equal precedence keys can conflict, so compare within those groups instead of all pairs.
            var groups = new Dictionary<string, List<EndpointRoute>>(StringComparer.Ordinal);
            foreach (var endpoint in endpoints)
            {
                if (!groups.TryGetValue(endpoint.Shape.PrecedenceKey, out var group))
                {
                    group = new List<EndpointRoute>();
                    groups.Add(endpoint.Shape.PrecedenceKey, group);
                }

                group.Add(endpoint);
            }

            var conflicts = new List<RouteConflict>();
            foreach (var group in groups.Values)
            {
                // Endpoints arrive in nondeterministic order under concurrent analysis; sort for stable pairing.
                group.Sort(static (a, b) => string.CompareOrdinal(a.DisplayName, b.DisplayName));
                for (var i = 0; i < group.Count; i++)
                {
                    for (var j = i + 1; j < group.Count; j++)
                    {
                        var conflict = Classify(group[i], group[j]);
                        if (conflict is not null)
                        {
                            conflicts.Add(conflict);
                        }
                    }
                }
            }

            return conflicts;
        }

        /// <summary>How two endpoints with equal precedence keys conflict, or null when they do not.</summary>
        public static RouteConflict? Classify(EndpointRoute a, EndpointRoute b)
        {
            if (string.Equals(a.Shape.ShapeKey, b.Shape.ShapeKey, StringComparison.Ordinal))
            {
                return a.SubProtocolsOverlap(b) ? new RouteConflict(RouteConflictKind.Duplicate, a, b, string.Empty) : null;
            }

            var path = a.Shape.FindCommonPath(b.Shape);
            return path is null ? null : new RouteConflict(RouteConflictKind.Ambiguous, a, b, path);
        }
    }

    internal enum RouteConflictKind
    {
        Duplicate = 1,
        Ambiguous = 2,
    }

    internal sealed class RouteConflict
    {
        public RouteConflict(RouteConflictKind kind, EndpointRoute first, EndpointRoute second, string examplePath)
        {
            Kind = kind;
            First = first;
            Second = second;
            ExamplePath = examplePath;
        }

        public RouteConflictKind Kind { get; }

        public EndpointRoute First { get; }

        public EndpointRoute Second { get; }

        /// <summary>For <see cref="RouteConflictKind.Ambiguous"/>: a path both routes match.</summary>
        public string ExamplePath { get; }
    }
}
