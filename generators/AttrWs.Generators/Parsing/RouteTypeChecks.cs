using System.Collections.Generic;
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

        private static readonly (RouteValueTypes Type, string Name)[] TypeNames =
        {
            (RouteValueTypes.Int32, "int"),
            (RouteValueTypes.Int64, "long"),
            (RouteValueTypes.Guid, "Guid"),
            (RouteValueTypes.Boolean, "bool"),
        };

        /// <summary>The table's type for a parameter kind (string and TryParse kinds never reach here).</summary>
        public static RouteValueTypes TypeOf(RouteValueKind kind) => kind switch
        {
            RouteValueKind.Int32 => RouteValueTypes.Int32,
            RouteValueKind.Int64 => RouteValueTypes.Int64,
            RouteValueKind.Guid => RouteValueTypes.Guid,
            RouteValueKind.Boolean => RouteValueTypes.Boolean,
            _ => RouteValueTypes.None,
        };

        private static bool Fits(RouteValueKind kind, RouteConstraint constraint)
        {
            var type = TypeOf(kind);
            return type == RouteValueTypes.None || constraint.Definition.Fits(constraint, type);
        }

        // The types the constraint fits, then string: "declare it as int, long or string".
        private static string Suggestion(RouteConstraint constraint)
        {
            var names = new List<string>();
            foreach (var (type, name) in TypeNames)
            {
                if (constraint.Definition.Fits(constraint, type))
                {
                    names.Add(name);
                }
            }

            return names.Count == 0 ? "declare it as string" : "declare it as " + string.Join(", ", names) + " or string";
        }
    }
}
