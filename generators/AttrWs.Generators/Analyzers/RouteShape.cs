using System;
using System.Collections.Generic;
using System.Text;
using AttrWs.Routing.Template;

namespace AttrWs.Generators.Analyzers
{
    /// <summary>
    /// A parsed route template reduced to what matching and precedence see: per segment its kind, its literal
    /// (case-folded) or its constraints. Parameter names are gone on purpose: <c>/a/{x}</c> and <c>/a/{y}</c> have one shape.
    /// </summary>
    internal sealed class RouteShape
    {
        public RouteShape(RouteTemplate template)
        {
            var segments = new List<ShapeSegment>(template.Segments.Count);
            var shape = new StringBuilder();
            var precedence = new StringBuilder();
            foreach (var routeSegment in template.Segments)
            {
                var segment = new ShapeSegment(routeSegment);
                segments.Add(segment);
                shape.Append('/').Append(segment.Key);
                precedence.Append((char)('0' + routeSegment.Rank));
            }

            Segments = segments;
            ShapeKey = shape.ToString();
            PrecedenceKey = precedence.ToString();
        }

        public IReadOnlyList<ShapeSegment> Segments { get; }

        /// <summary>Equal for templates that differ only in parameter names, literal case or constraint order (ATTRWS003).</summary>
        public string ShapeKey { get; }

        /// <summary>
        /// The per-segment precedence ranks (<see cref="RouteSegment.Rank"/>), e.g. <c>321</c> for <c>/a/{x:int}/{y}</c>.
        /// Two templates compete with equal precedence for a path exactly when their keys are equal (ATTRWS013).
        /// </summary>
        public string PrecedenceKey { get; }

        /// <summary>
        /// A path both templates match, or null when there is none. Only meaningful for equal
        /// <see cref="PrecedenceKey"/>s, which give both templates the same segment count and kind at each position.
        /// </summary>
        public string? FindCommonPath(RouteShape other)
        {
            var path = new StringBuilder();
            for (var i = 0; i < Segments.Count; i++)
            {
                if (!Segments[i].TryFindCommonValue(other.Segments[i], out var value))
                {
                    return null;
                }

                if (value.Length > 0)
                {
                    path.Append('/').Append(value);
                }
            }

            return path.Length == 0 ? "/" : path.ToString();
        }
    }

    /// <summary>One segment of a <see cref="RouteShape"/>.</summary>
    internal sealed class ShapeSegment
    {
        public ShapeSegment(RouteSegment segment)
        {
            Kind = segment.Kind;
            Literal = segment.Kind == RouteSegmentKind.Literal ? segment.Text : string.Empty;
            IsOptional = segment.IsOptional;
            Domain = ValueDomain.Any;
            var keys = new List<string>(segment.Constraints.Count);
            foreach (var constraint in segment.Constraints)
            {
                Domain = Domain.Intersect(ValueDomain.FromConstraint(constraint));
                keys.Add(constraint.Canonical);
            }

            // Constraints all apply, so their order does not change what matches.
            keys.Sort(StringComparer.Ordinal);
            Key = Kind switch
            {
                RouteSegmentKind.Literal => "L:" + Literal.ToUpperInvariant(),
                RouteSegmentKind.CatchAll => "*",
                _ => (IsOptional ? "P?:" : "P:") + string.Join(":", keys),
            };
        }

        public RouteSegmentKind Kind { get; }

        public string Literal { get; }

        public bool IsOptional { get; }

        public ValueDomain Domain { get; }

        public string Key { get; }

        /// <summary>
        /// Finds one path segment both segments match (empty: both may be absent). Ranks are equal, so both are literals,
        /// both parameters with or both without constraints, or both catch-alls.
        /// </summary>
        public bool TryFindCommonValue(ShapeSegment other, out string value)
        {
            value = string.Empty;
            if (Kind == RouteSegmentKind.Literal)
            {
                value = Literal;
                return string.Equals(Literal, other.Literal, StringComparison.OrdinalIgnoreCase);
            }

            // Two optional parameters, or two catch-alls matching an empty rest, both match the path that stops here.
            if ((IsOptional && other.IsOptional) || (Kind == RouteSegmentKind.CatchAll && other.Kind == RouteSegmentKind.CatchAll))
            {
                return true;
            }

            var common = Domain.Intersect(other.Domain);
            if (common.IsEmpty)
            {
                return false;
            }

            value = common.Sample() ?? "{value}";
            return true;
        }
    }
}
