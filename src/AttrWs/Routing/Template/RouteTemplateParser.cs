using System;
using System.Collections.Generic;
using System.Globalization;

namespace AttrWs.Routing.Template
{
    /// <summary>
    /// Parses route templates. One grammar, two consumers: the runtime (<see cref="RuntimeRouteTable"/>) and the source
    /// generator compile this same file.
    /// </summary>
    /// <remarks>
    /// Grammar decisions:
    /// <list type="bullet">
    /// <item>A template starts with <c>/</c>; <c>/</c> alone is the root route (no segments).</item>
    /// <item>One trailing <c>/</c> is allowed and ignored (<c>/chat/</c> is <c>/chat</c>), like the trailing slash of a
    /// request path; any other empty segment (<c>/a//b</c>) is an error.</item>
    /// <item>A segment is either all literal or one whole parameter (<c>{id}</c>); mixed segments such as
    /// <c>file.{ext}</c> and default values (<c>{id=1}</c>) are not supported.</item>
    /// <item>Literals use URL pchar characters without <c>%</c> (letters, digits, <c>-._~!$&amp;'()*+,;=:@</c>): they are
    /// compared, case-insensitively, with the still-encoded request path.</item>
    /// <item>Parameter names are C# identifier-like (<c>[A-Za-z_][A-Za-z0-9_]*</c>) and unique, case-insensitively.</item>
    /// <item>Constraint names are case-insensitive; arguments are decimal integers.</item>
    /// <item>Optional <c>{name?}</c> and catch-all <c>{*name}</c> only as the last segment; a catch-all is never optional
    /// (it already matches nothing) and takes no constraints.</item>
    /// </list>
    /// </remarks>
    internal static class RouteTemplateParser
    {
        /// <summary>Parses a template; returns null and the first error when it is invalid.</summary>
        public static RouteTemplate? Parse(string? template, out RouteTemplateError? error)
        {
            error = null;
            if (template is null || template.Length == 0)
            {
                error = Syntax("The route template is empty; write a path starting with '/', e.g. \"/chat\".", 0, 0);
                return null;
            }

            if (template[0] != '/')
            {
                error = Syntax("The route template must start with '/'; write \"/" + template + "\".", 0, 1);
                return null;
            }

            var end = template.Length;
            if (end > 1 && template[end - 1] == '/')
            {
                end--; // one trailing slash is tolerated, as in request paths
            }

            var segments = new List<RouteSegment>();
            if (end == 1)
            {
                if (template.Length > 1)
                {
                    error = Syntax("The route template has an empty segment ('//'); write \"/\" for the root route.", 0, 2);
                    return null;
                }

                return new RouteTemplate(template, segments);
            }

            var position = 1;
            while (true)
            {
                var segmentEnd = FindSegmentEnd(template, position, end, out error);
                if (error is not null)
                {
                    return null;
                }

                if (segmentEnd == position)
                {
                    error = Syntax("The route template has an empty segment ('//'); remove the extra '/'.", position - 1, 2);
                    return null;
                }

                var segment = ParseSegment(template, position, segmentEnd - position, out error);
                if (segment is null)
                {
                    return null;
                }

                segments.Add(segment);
                if (segmentEnd >= end)
                {
                    break;
                }

                position = segmentEnd + 1;
            }

            error = CheckPlacementAndNames(template, segments);
            return error is null ? new RouteTemplate(template, segments) : null;
        }

        private static int FindSegmentEnd(string template, int start, int end, out RouteTemplateError? error)
        {
            error = null;
            var open = -1;
            for (var i = start; i < end; i++)
            {
                var c = template[i];
                if (c == '{')
                {
                    if (open >= 0)
                    {
                        error = Syntax("'{' inside a parameter; close the parameter with '}' first ('{{' escapes are not supported).", i, 1);
                        return -1;
                    }

                    open = i;
                }
                else if (c == '}')
                {
                    if (open < 0)
                    {
                        error = Syntax("'}' without a matching '{'; remove it or open the parameter with '{'.", i, 1);
                        return -1;
                    }

                    open = -1;
                }
                else if (c == '/')
                {
                    if (open >= 0)
                    {
                        error = Syntax("Unclosed '{': a parameter must end with '}' before the next '/'.", open, i - open);
                        return -1;
                    }

                    return i;
                }
            }

            if (open >= 0)
            {
                error = Syntax("Unclosed '{': a parameter must end with '}'.", open, end - open);
                return -1;
            }

            return end;
        }

        private static RouteSegment? ParseSegment(string template, int offset, int length, out RouteTemplateError? error)
        {
            error = null;
            var first = template[offset];
            var last = template[offset + length - 1];
            if (first != '{' || last != '}')
            {
                for (var i = offset; i < offset + length; i++)
                {
                    var c = template[i];
                    if (c == '{' || c == '}')
                    {
                        var segmentText = template.Substring(offset, length);
                        error = Syntax("A segment must be either a literal or one whole parameter such as '{id}'; split \""
                            + segmentText + "\" into separate segments.", offset, length);
                        return null;
                    }

                    if (!IsLiteralChar(c))
                    {
                        error = Syntax("The literal contains '" + c + "', which is not allowed in a path segment; use letters, digits and -._~!$&'()*+,;=:@ only.", i, 1);
                        return null;
                    }
                }

                return new RouteSegment(RouteSegmentKind.Literal, template.Substring(offset, length), false, Array.Empty<RouteConstraint>(), offset, length);
            }

            return ParseParameter(template, offset, length, out error);
        }

        private static RouteSegment? ParseParameter(string template, int offset, int length, out RouteTemplateError? error)
        {
            error = null;
            var position = offset + 1;
            var end = offset + length - 1; // the closing '}'
            var isCatchAll = false;
            if (position < end && template[position] == '*')
            {
                isCatchAll = true;
                position++;
            }

            var isOptional = false;
            if (end > position && template[end - 1] == '?')
            {
                isOptional = true;
                end--;
            }

            var nameStart = position;
            while (position < end && template[position] != ':')
            {
                var c = template[position];
                var valid = c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (position > nameStart && c >= '0' && c <= '9');
                if (!valid)
                {
                    error = c == '='
                        ? Syntax("Default values ('{name=value}') are not supported; make the parameter optional with '{name?}' instead.", position, end - position)
                        : Syntax("Invalid parameter name: use a letter or '_' followed by letters, digits or '_' (found '" + c + "').", position, 1);
                    return null;
                }

                position++;
            }

            if (position == nameStart)
            {
                error = Syntax("The parameter has no name; write '{name}'.", offset, length);
                return null;
            }

            var name = template.Substring(nameStart, position - nameStart);
            var constraints = new List<RouteConstraint>();
            while (position < end)
            {
                // template[position] == ':'
                var constraintStart = position + 1;
                var constraintEnd = constraintStart;
                var depth = 0;
                while (constraintEnd < end && (depth > 0 || template[constraintEnd] != ':'))
                {
                    if (template[constraintEnd] == '(')
                    {
                        depth++;
                    }
                    else if (template[constraintEnd] == ')')
                    {
                        depth--;
                    }

                    constraintEnd++;
                }

                var constraint = RouteConstraintParser.Parse(template, constraintStart, constraintEnd - constraintStart, out error);
                if (constraint is null)
                {
                    return null;
                }

                constraints.Add(constraint);
                position = constraintEnd;
            }

            if (isCatchAll && isOptional)
            {
                error = Syntax("A catch-all parameter cannot be optional: it already matches an empty rest; write '{*" + name + "}'.", offset, length);
                return null;
            }

            if (isCatchAll && constraints.Count > 0)
            {
                error = new RouteTemplateError(RouteTemplateError.ConstraintId, "A catch-all parameter takes no constraints; remove them from '{*" + name + "}'.", offset, length);
                return null;
            }

            return new RouteSegment(isCatchAll ? RouteSegmentKind.CatchAll : RouteSegmentKind.Parameter, name, isOptional, constraints.ToArray(), offset, length);
        }

        private static RouteTemplateError? CheckPlacementAndNames(string template, List<RouteSegment> segments)
        {
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < segments.Count; i++)
            {
                var segment = segments[i];
                if (segment.Kind == RouteSegmentKind.Literal)
                {
                    continue;
                }

                var isLast = i == segments.Count - 1;
                if (segment.IsOptional && !isLast)
                {
                    return Syntax("An optional parameter must be the last segment; move '{" + segment.Text + "?}' to the end or make it required.", segment.Offset, segment.Length);
                }

                if (segment.Kind == RouteSegmentKind.CatchAll && !isLast)
                {
                    return Syntax("A catch-all parameter must be the last segment; move '{*" + segment.Text + "}' to the end.", segment.Offset, segment.Length);
                }

                if (!names.Add(segment.Text))
                {
                    return Syntax("The parameter name '" + segment.Text + "' is used twice (names are case-insensitive); rename one of them.", segment.Offset, segment.Length);
                }
            }

            _ = template;
            return null;
        }

        private static bool IsLiteralChar(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c is '-' or '.' or '_' or '~' or '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=' or ':' or '@';

        private static RouteTemplateError Syntax(string message, int offset, int length) =>
            new RouteTemplateError(RouteTemplateError.SyntaxId, message, offset, length);

        internal static bool TryParseInteger(string text, out long value) =>
            long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }
}
