using System.Globalization;

namespace AttrWs.Routing.Template
{
    /// <summary>The route constraints of the template grammar.</summary>
    internal enum RouteConstraintKind
    {
        /// <summary><c>int</c>: a 32-bit integer (invariant culture, optional leading sign).</summary>
        Int = 0,

        /// <summary><c>long</c>: a 64-bit integer.</summary>
        Long = 1,

        /// <summary><c>guid</c>: a GUID in any format <c>Guid.TryParse</c> accepts.</summary>
        Guid = 2,

        /// <summary><c>bool</c>: <c>true</c> or <c>false</c>, case-insensitive.</summary>
        Bool = 3,

        /// <summary><c>alpha</c>: one or more ASCII letters.</summary>
        Alpha = 4,

        /// <summary><c>length(n)</c> or <c>length(min,max)</c>: the decoded value's length in characters.</summary>
        Length = 5,

        /// <summary><c>min(n)</c>: a 64-bit integer at least n.</summary>
        Min = 6,

        /// <summary><c>max(n)</c>: a 64-bit integer at most n.</summary>
        Max = 7,

        /// <summary><c>range(a,b)</c>: a 64-bit integer between a and b inclusive.</summary>
        Range = 8,
    }

    /// <summary>One constraint of a parameter, with its arguments.</summary>
    internal sealed class RouteConstraint
    {
        public RouteConstraint(RouteConstraintKind kind, long first, long second, string text)
        {
            Kind = kind;
            First = first;
            Second = second;
            Text = text;
        }

        /// <summary>The constraint.</summary>
        public RouteConstraintKind Kind { get; }

        /// <summary>
        /// First argument: <c>length</c>'s minimum (or exact length), <c>min</c>/<c>max</c>'s bound, <c>range</c>'s lower bound.
        /// </summary>
        public long First { get; }

        /// <summary>Second argument: <c>length</c>'s maximum (equal to <see cref="First"/> for <c>length(n)</c>), <c>range</c>'s upper bound.</summary>
        public long Second { get; }

        /// <summary>The constraint as written in the template (e.g. <c>range(1,10)</c>).</summary>
        public string Text { get; }

        /// <summary>The canonical spelling (lower-case name, normalized arguments), used to compare constraints.</summary>
        public string Canonical => Kind switch
        {
            RouteConstraintKind.Int => "int",
            RouteConstraintKind.Long => "long",
            RouteConstraintKind.Guid => "guid",
            RouteConstraintKind.Bool => "bool",
            RouteConstraintKind.Alpha => "alpha",
            RouteConstraintKind.Length => "length(" + First.ToString(CultureInfo.InvariantCulture) + "," + Second.ToString(CultureInfo.InvariantCulture) + ")",
            RouteConstraintKind.Min => "min(" + First.ToString(CultureInfo.InvariantCulture) + ")",
            RouteConstraintKind.Max => "max(" + First.ToString(CultureInfo.InvariantCulture) + ")",
            _ => "range(" + First.ToString(CultureInfo.InvariantCulture) + "," + Second.ToString(CultureInfo.InvariantCulture) + ")",
        };

        /// <summary>True for constraints whose values are integers (the parameter type must hold them).</summary>
        public bool IsNumeric => Kind is RouteConstraintKind.Int or RouteConstraintKind.Long or RouteConstraintKind.Min or RouteConstraintKind.Max or RouteConstraintKind.Range;
    }
}
