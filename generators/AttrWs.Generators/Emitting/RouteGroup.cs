using System.Collections.Generic;
using AttrWs.Generators.Model;
using AttrWs.Routing.Template;

namespace AttrWs.Generators.Emitting
{
    /// <summary>
    /// One route of the generated table: a template (compared ignoring case and a trailing slash) and the endpoints that
    /// share it, in declaration order.
    /// </summary>
    internal sealed class RouteGroup
    {
        public RouteGroup(int index, RouteTemplate template)
        {
            Index = index;
            Template = template;
            Names = new List<string>();
            foreach (var parameter in template.GetParameters())
            {
                Names.Add(parameter.Text);
            }
        }

        public int Index { get; }

        public RouteTemplate Template { get; }

        public List<string> Names { get; }

        /// <summary>The endpoints with their index in the endpoint map.</summary>
        public List<KeyValuePair<int, EndpointModel>> Endpoints { get; } = new List<KeyValuePair<int, EndpointModel>>();

        public string Field => "s_route" + Index;

        public string NamesField => "s_names" + Index;

        /// <summary>
        /// The checks a raw segment must pass at a template position: the template's constraints, then the implicit
        /// constraint of every endpoint's parameter type (a value must suit every endpoint the subprotocol may pick).
        /// </summary>
        public List<string> ChecksAt(int position, string segment)
        {
            var checks = new List<string>();
            var templateSegment = Template.Segments[position];
            if (templateSegment.Kind == RouteSegmentKind.Literal)
            {
                return checks;
            }

            foreach (var constraint in templateSegment.Constraints)
            {
                AddOnce(checks, ConstraintCheck(constraint, segment));
            }

            var slot = Names.IndexOf(templateSegment.Text);
            foreach (var endpoint in Endpoints)
            {
                foreach (var parameter in endpoint.Value.Parameters)
                {
                    if (parameter.Source == ParameterSource.Route && parameter.RouteIndex == slot)
                    {
                        var check = TypeCheck(parameter, segment);
                        if (check is not null)
                        {
                            AddOnce(checks, check);
                        }
                    }
                }
            }

            return checks;
        }

        /// <summary>The inline call of the constraint's check method (named by <see cref="RouteConstraintTable"/>).</summary>
        private static string ConstraintCheck(RouteConstraint constraint, string segment)
        {
            var definition = constraint.Definition;
            var call = CodeText.Matching + "." + definition.CheckMethod + "(" + segment;
            if (definition.CheckArgumentCount >= 1)
            {
                call += ", " + CodeText.Literal(constraint.First);
            }

            if (definition.CheckArgumentCount >= 2)
            {
                call += ", " + CodeText.Literal(constraint.Second);
            }

            return call + ")";
        }

        /// <summary>The implicit constraint of a typed parameter; <paramref name="segment"/> is a raw span expression.</summary>
        private static string? TypeCheck(ParameterModel parameter, string segment)
        {
            var m = CodeText.Matching;
            return parameter.RouteKind switch
            {
                RouteValueKind.Int32 => m + ".IsInt32(" + segment + ")",
                RouteValueKind.Int64 => m + ".IsInt64(" + segment + ")",
                RouteValueKind.Guid => m + ".IsGuid(" + segment + ")",
                RouteValueKind.Boolean => m + ".IsBoolean(" + segment + ")",
                RouteValueKind.TryParse => parameter.ParsedTypeName + ".TryParse(" + m + ".Decode(" + segment + "), out _)",
                RouteValueKind.TryParseWithProvider => parameter.ParsedTypeName + ".TryParse(" + m + ".Decode(" + segment + "), global::System.Globalization.CultureInfo.InvariantCulture, out _)",
                _ => null,
            };
        }

        /// <summary>Implicit checks of a catch-all slot, on its decoded value expression (custom TryParse types only).</summary>
        public List<string> CatchAllChecks(int slot, string decodedValue)
        {
            var checks = new List<string>();
            foreach (var endpoint in Endpoints)
            {
                foreach (var parameter in endpoint.Value.Parameters)
                {
                    if (parameter.Source != ParameterSource.Route || parameter.RouteIndex != slot)
                    {
                        continue;
                    }

                    if (parameter.RouteKind == RouteValueKind.TryParse)
                    {
                        AddOnce(checks, parameter.ParsedTypeName + ".TryParse(" + decodedValue + ", out _)");
                    }
                    else if (parameter.RouteKind == RouteValueKind.TryParseWithProvider)
                    {
                        AddOnce(checks, parameter.ParsedTypeName + ".TryParse(" + decodedValue + ", global::System.Globalization.CultureInfo.InvariantCulture, out _)");
                    }
                }
            }

            return checks;
        }

        private static void AddOnce(List<string> list, string item)
        {
            if (!list.Contains(item))
            {
                list.Add(item);
            }
        }
    }
}
