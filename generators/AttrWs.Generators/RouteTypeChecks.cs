using AttrWs.Generators.Model;
using AttrWs.Routing.Template;

namespace AttrWs.Generators
{
    /// <summary>ATTRWS009: can a route parameter's C# type hold the values its constraints let through?</summary>
    internal static class RouteTypeChecks
    {
        /// <summary>Returns the end of the diagnostic sentence, or null when the type fits.</summary>
        public static string? Check(RouteValueKind kind, RouteSegment segment)
        {
            if (kind is RouteValueKind.String or RouteValueKind.TryParse or RouteValueKind.TryParseWithProvider)
            {
                return null; // a string holds anything; a custom TryParse decides for itself
            }

            if (segment.Kind == RouteSegmentKind.CatchAll)
            {
                return "is a catch-all, which captures text with '/'; declare it as string";
            }

            foreach (var constraint in segment.Constraints)
            {
                if (!Fits(kind, constraint))
                {
                    return "cannot hold the values of the constraint '" + constraint.Text + "'; " + Suggestion(constraint);
                }
            }

            return null;
        }

        private static bool Fits(RouteValueKind kind, RouteConstraint constraint)
        {
            switch (kind)
            {
                case RouteValueKind.Int32:
                    return constraint.Kind switch
                    {
                        RouteConstraintKind.Int or RouteConstraintKind.Length => true,
                        RouteConstraintKind.Min => constraint.First <= int.MaxValue,
                        RouteConstraintKind.Max => constraint.First >= int.MinValue,
                        RouteConstraintKind.Range => constraint.First <= int.MaxValue && constraint.Second >= int.MinValue,
                        _ => false,
                    };
                case RouteValueKind.Int64:
                    return constraint.IsNumeric || constraint.Kind == RouteConstraintKind.Length;
                case RouteValueKind.Guid:
                    return constraint.Kind is RouteConstraintKind.Guid or RouteConstraintKind.Length;
                case RouteValueKind.Boolean:
                    return constraint.Kind is RouteConstraintKind.Bool or RouteConstraintKind.Alpha or RouteConstraintKind.Length;
                default:
                    return true;
            }
        }

        private static string Suggestion(RouteConstraint constraint) => constraint.Kind switch
        {
            RouteConstraintKind.Int => "declare it as int, long or string",
            RouteConstraintKind.Long or RouteConstraintKind.Min or RouteConstraintKind.Max or RouteConstraintKind.Range => "declare it as long or string",
            RouteConstraintKind.Guid => "declare it as Guid or string",
            RouteConstraintKind.Bool => "declare it as bool or string",
            _ => "declare it as string",
        };
    }
}
