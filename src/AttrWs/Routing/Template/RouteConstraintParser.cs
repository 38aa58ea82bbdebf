using System;
using System.Collections.Generic;

namespace AttrWs.Routing.Template
{
    /// <summary>Parses one constraint (<c>int</c>, <c>length(1,20)</c>, ...) of a template parameter: the name and argument shape come from <see cref="RouteConstraintTable"/>.</summary>
    internal static class RouteConstraintParser
    {
        private static readonly string Known = RouteConstraintTable.Known;

        public static RouteConstraint? Parse(string template, int offset, int length, out RouteTemplateError? error)
        {
            var text = template.Substring(offset, length);
            error = null;
            if (length == 0)
            {
                error = Fail("Empty constraint after ':'; write a constraint (" + Known + ") or remove the ':'.", offset - 1, 1);
                return null;
            }

            var open = text.IndexOf('(');
            var name = open < 0 ? text : text.Substring(0, open);
            string[] arguments;
            if (open < 0)
            {
                arguments = Array.Empty<string>();
            }
            else
            {
                if (text[text.Length - 1] != ')')
                {
                    error = Fail("The constraint '" + text + "' must end with ')'.", offset, length);
                    return null;
                }

                arguments = text.Substring(open + 1, text.Length - open - 2).Split(',');
            }

            RouteTemplateError? failure = null;
            var definition = RouteConstraintTable.Find(name);
            RouteConstraint? result;
            if (definition is null)
            {
                failure = Fail("Unknown route constraint '" + name + "'; use one of: " + Known + ".", offset, length);
                result = null;
            }
            else
            {
                result = definition.Arguments switch
                {
                    RouteConstraintArguments.None => NoArguments(definition),
                    RouteConstraintArguments.One => OneNumber(definition),
                    RouteConstraintArguments.Two => Ordered(definition, Numbers(2), "'" + text + "' needs min <= max; swap the arguments.", nonNegative: false),
                    _ => Ordered(definition, open >= 0 && arguments.Length == 2 ? Numbers(2) : Numbers(1), "'" + text + "' needs 0 <= min <= max; fix the arguments.", nonNegative: true),
                };
            }

            error = failure;
            return result;

            RouteConstraint? NoArguments(RouteConstraintDefinition constraint)
            {
                if (open >= 0)
                {
                    failure = Fail("The constraint '" + name + "' takes no arguments; write ':" + name + "'.", offset, length);
                    return null;
                }

                return new RouteConstraint(constraint, 0, 0, text);
            }

            RouteConstraint? OneNumber(RouteConstraintDefinition constraint)
            {
                var values = Numbers(1);
                return values is null ? null : new RouteConstraint(constraint, values[0], values[0], text);
            }

            // min,max (or n as n,n): min <= max, and both non-negative when they are lengths.
            RouteConstraint? Ordered(RouteConstraintDefinition constraint, List<long>? values, string message, bool nonNegative)
            {
                if (values is null)
                {
                    return null;
                }

                var min = values[0];
                var max = values.Count == 2 ? values[1] : values[0];
                if ((nonNegative && min < 0) || max < min)
                {
                    failure = Fail(message, offset, length);
                    return null;
                }

                return new RouteConstraint(constraint, min, max, text);
            }

            List<long>? Numbers(int count)
            {
                if (open < 0 || arguments.Length != count)
                {
                    var form = count == 1 ? name + "(n)" : name + "(min,max)";
                    failure = Fail("The constraint '" + name + "' takes " + count + " integer argument" + (count == 1 ? "" : "s") + "; write '" + form + "'.", offset, length);
                    return null;
                }

                var values = new List<long>(count);
                foreach (var argument in arguments)
                {
                    if (!RouteTemplateParser.TryParseInteger(argument, out var value))
                    {
                        failure = Fail("'" + argument + "' is not an integer argument of '" + name + "'; write a decimal number.", offset, length);
                        return null;
                    }

                    values.Add(value);
                }

                return values;
            }
        }

        private static RouteTemplateError Fail(string message, int offset, int length) =>
            new RouteTemplateError(RouteTemplateError.ConstraintId, message, offset, length);
    }
}
