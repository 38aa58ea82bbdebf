using System.Collections.Generic;

namespace AttrWs.Routing.Template
{
    /// <summary>What a template segment matches.</summary>
    internal enum RouteSegmentKind
    {
        /// <summary>A fixed text, compared case-insensitively.</summary>
        Literal = 0,

        /// <summary><c>{name}</c>, <c>{name:constraint}</c> or <c>{name?}</c>: exactly one non-empty path segment.</summary>
        Parameter = 1,

        /// <summary><c>{*name}</c>: the rest of the path, zero or more segments, slashes included.</summary>
        CatchAll = 2,
    }

    /// <summary>One segment of a route template.</summary>
    internal sealed class RouteSegment
    {
        public RouteSegment(RouteSegmentKind kind, string text, bool isOptional, IReadOnlyList<RouteConstraint> constraints, int offset, int length)
        {
            Kind = kind;
            Text = text;
            IsOptional = isOptional;
            Constraints = constraints;
            Offset = offset;
            Length = length;
        }

        /// <summary>What the segment matches.</summary>
        public RouteSegmentKind Kind { get; }

        /// <summary>The literal text, or the parameter name.</summary>
        public string Text { get; }

        /// <summary>For parameters: <c>{name?}</c>.</summary>
        public bool IsOptional { get; }

        /// <summary>For parameters: the constraints, in template order.</summary>
        public IReadOnlyList<RouteConstraint> Constraints { get; }

        /// <summary>Offset of the segment (without its leading <c>/</c>) in the template text.</summary>
        public int Offset { get; }

        /// <summary>Length of the segment in the template text.</summary>
        public int Length { get; }

        /// <summary>
        /// The segment's precedence rank: literal (3) &gt; constrained parameter (2) &gt; parameter (1) &gt; catch-all (0).
        /// </summary>
        public int Rank => Kind switch
        {
            RouteSegmentKind.Literal => RouteRanks.Literal,
            RouteSegmentKind.CatchAll => RouteRanks.CatchAll,
            _ => Constraints.Count > 0 ? RouteRanks.ConstrainedParameter : RouteRanks.Parameter,
        };
    }

    /// <summary>
    /// Precedence ranks, compared per path position left to right (higher wins). <see cref="End"/> is the rank of a
    /// template that ends exactly where the path ends: it beats an absent optional parameter and an empty catch-all.
    /// </summary>
    internal static class RouteRanks
    {
        public const int CatchAll = 0;
        public const int Parameter = 1;
        public const int ConstrainedParameter = 2;
        public const int Literal = 3;
        public const int End = 4;
    }
}
