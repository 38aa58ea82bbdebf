using System;
using System.Collections.Generic;
using System.Text;

namespace AttrWs.Generators.Analyzers
{
    /// <summary>
    /// A route template reduced to what matching and precedence see: per segment its kind, its literal (case-folded)
    /// or its constraints. Parameter names are gone on purpose: <c>/a/{x}</c> and <c>/a/{y}</c> have one shape.
    /// </summary>
    internal sealed class RouteShape
    {
        public RouteShape(IReadOnlyList<ShapeSegment> segments)
        {
            Segments = segments;
            var shape = new StringBuilder();
            var precedence = new StringBuilder();
            foreach (var segment in segments)
            {
                shape.Append('/').Append(segment.Key);
                precedence.Append((char)('0' + (int)segment.Rank));
            }

            ShapeKey = shape.ToString();
            PrecedenceKey = precedence.ToString();
        }

        public IReadOnlyList<ShapeSegment> Segments { get; }

        /// <summary>Equal for templates that differ only in parameter names, literal case or constraint order (ATTRWS003).</summary>
        public string ShapeKey { get; }

        /// <summary>
        /// The per-segment precedence ranks, e.g. <c>012</c> for <c>/a/{x:int}/{y}</c>. Two templates compete with equal
        /// precedence for a path exactly when their keys are equal (ATTRWS013).
        /// </summary>
        public string PrecedenceKey { get; }

        /// <summary>
        /// True when some path matches both templates. Only meaningful for equal <see cref="PrecedenceKey"/>s, which
        /// give both templates the same segment count and the same kind of segment at each position.
        /// </summary>
        public bool CanMatchSamePathAs(RouteShape other)
        {
            for (var i = 0; i < Segments.Count; i++)
            {
                if (!Segments[i].CanMatchSameValueAs(other.Segments[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Precedence of one segment, most specific first (DESIGN §5: literal &gt; constrained &gt; parameter &gt; catch-all).</summary>
    internal enum SegmentRank
    {
        Literal = 0,
        ConstrainedParameter = 1,
        Parameter = 2,
        CatchAll = 3,
    }

    /// <summary>One segment of a <see cref="RouteShape"/>.</summary>
    internal sealed class ShapeSegment
    {
        private ShapeSegment(SegmentRank rank, string literal, bool isOptional, bool isCatchAll, IReadOnlyList<ConstraintText> constraints)
        {
            Rank = rank;
            Literal = literal;
            IsOptional = isOptional;
            IsCatchAll = isCatchAll;
            Domain = ValueDomain.Any;
            var keys = new List<string>(constraints.Count);
            foreach (var constraint in constraints)
            {
                Domain = Domain.Intersect(ValueDomain.FromConstraint(constraint.Name, constraint.Arguments));
                keys.Add(constraint.Key);
            }

            // Constraints all apply, so their order does not change what matches.
            keys.Sort(StringComparer.Ordinal);
            Key = rank == SegmentRank.Literal
                ? "L:" + literal.ToUpperInvariant()
                : (isCatchAll ? "*" : "P") + (isOptional ? "?" : string.Empty) + ":" + string.Join(":", keys);
        }

        public SegmentRank Rank { get; }

        public string Literal { get; }

        public bool IsOptional { get; }

        public bool IsCatchAll { get; }

        public ValueDomain Domain { get; }

        public string Key { get; }

        public static ShapeSegment ForLiteral(string text) =>
            new ShapeSegment(SegmentRank.Literal, text, isOptional: false, isCatchAll: false, Array.Empty<ConstraintText>());

        public static ShapeSegment ForParameter(bool isOptional, IReadOnlyList<ConstraintText> constraints) =>
            new ShapeSegment(
                constraints.Count > 0 ? SegmentRank.ConstrainedParameter : SegmentRank.Parameter,
                string.Empty,
                isOptional,
                isCatchAll: false,
                constraints);

        public static ShapeSegment ForCatchAll(IReadOnlyList<ConstraintText> constraints) =>
            new ShapeSegment(SegmentRank.CatchAll, string.Empty, isOptional: false, isCatchAll: true, constraints);

        /// <summary>True when one path segment (or, for catch-alls, one remainder) can match both; ranks are equal.</summary>
        public bool CanMatchSameValueAs(ShapeSegment other)
        {
            if (Rank == SegmentRank.Literal)
            {
                return string.Equals(Literal, other.Literal, StringComparison.OrdinalIgnoreCase);
            }

            // Both absent (two optional parameters, or two catch-alls matching an empty remainder) is a common match.
            if ((IsOptional && other.IsOptional) || (IsCatchAll && other.IsCatchAll))
            {
                return true;
            }

            return Domain.Overlaps(other.Domain);
        }
    }

    /// <summary>A constraint as written: its name, its arguments, and a normalized spelling used in shape keys.</summary>
    internal sealed class ConstraintText
    {
        public ConstraintText(string name, IReadOnlyList<string> arguments)
        {
            Name = name;
            Arguments = arguments;
            var key = new StringBuilder(name.ToLowerInvariant());
            if (arguments.Count > 0)
            {
                key.Append('(');
                for (var i = 0; i < arguments.Count; i++)
                {
                    key.Append(i == 0 ? string.Empty : ",").Append(arguments[i].Trim());
                }

                key.Append(')');
            }

            Key = key.ToString();
        }

        public string Name { get; }

        public IReadOnlyList<string> Arguments { get; }

        public string Key { get; }
    }
}
