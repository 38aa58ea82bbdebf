using System.Collections.Generic;
using AttrWs.Generators.Model;

namespace AttrWs.Generators.Emitting
{
    /// <summary>
    /// Emits one invoker per endpoint: binds every parameter from the session and calls the method. No async state
    /// machine: a Task is wrapped, a ValueTask returned, a void method completes synchronously.
    /// </summary>
    internal static class InvokerEmitter
    {
        public static string Name(int index) => "Invoke" + index;

        public static void Emit(SourceWriter w, int index, EndpointModel endpoint)
        {
            w.Open("public static global::System.Threading.Tasks.ValueTask " + Name(index) + "(global::AttrWs.WebSocketSession session)");
            var arguments = new List<string>();
            foreach (var parameter in endpoint.Parameters)
            {
                var local = "p_" + parameter.Name;
                arguments.Add(local);
                w.Line(parameter.TypeName + " " + local + " = " + Binding(endpoint, parameter) + ";");
            }

            var call = endpoint.DeclaringTypeReference + "." + CodeText.Identifier(endpoint.MethodName) + "(" + string.Join(", ", arguments) + ")";
            switch (endpoint.ReturnKind)
            {
                case EndpointReturnKind.Task:
                    w.Line("return new global::System.Threading.Tasks.ValueTask(" + call + ");");
                    break;
                case EndpointReturnKind.ValueTask:
                    w.Line("return " + call + ";");
                    break;
                default:
                    w.Line(call + ";");
                    w.Line("return default;");
                    break;
            }

            w.Close();
        }

        private static string Binding(EndpointModel endpoint, ParameterModel parameter)
        {
            switch (parameter.Source)
            {
                case ParameterSource.Session:
                    return "session";
                case ParameterSource.CancellationToken:
                    return "session.Aborted";
                case ParameterSource.OpenRequestContext:
                    return "session.OpenRequest";
                case ParameterSource.Service:
                    return CodeText.Invocation + ".GetRequiredService<" + parameter.TypeName.TrimEnd('?') + ">(session, " + CodeText.Literal(endpoint.Name) + ")";
            }

            var raw = "session.RouteValues.GetValue(" + parameter.RouteIndex + ")";
            var value = "v_" + parameter.Name;
            var parse = Parse(endpoint, parameter, value);
            if (parameter.RouteKind == RouteValueKind.String)
            {
                // An absent optional value is null, whatever the parameter's annotation says.
                return raw + "!";
            }

            return parameter.IsOptional
                ? "(" + raw + " is string " + value + " ? " + parse + " : default(" + parameter.TypeName + ")!)"
                : "(" + raw + " is string " + value + " ? " + parse + " : throw " + CodeText.Invocation + ".RouteValueNotParsed(" + CodeText.Literal(endpoint.Name) + ", " + CodeText.Literal(parameter.Name) + ", \"\"))";
        }

        private static string Parse(EndpointModel endpoint, ParameterModel parameter, string value)
        {
            var fail = CodeText.Invocation + ".RouteValueNotParsed(" + CodeText.Literal(endpoint.Name) + ", " + CodeText.Literal(parameter.Name) + ", " + value + ")";
            return parameter.RouteKind switch
            {
                RouteValueKind.Int32 => CodeText.Invocation + ".ParseInt32(" + value + ")",
                RouteValueKind.Int64 => CodeText.Invocation + ".ParseInt64(" + value + ")",
                RouteValueKind.Guid => CodeText.Invocation + ".ParseGuid(" + value + ")",
                RouteValueKind.Boolean => CodeText.Invocation + ".ParseBoolean(" + value + ")",
                RouteValueKind.TryParse => "(" + parameter.ParsedTypeName + ".TryParse(" + value + ", out var parsed_" + parameter.Name + ") ? parsed_" + parameter.Name + " : throw " + fail + ")",
                RouteValueKind.TryParseWithProvider => "(" + parameter.ParsedTypeName + ".TryParse(" + value + ", global::System.Globalization.CultureInfo.InvariantCulture, out var parsed_" + parameter.Name + ") ? parsed_" + parameter.Name + " : throw " + fail + ")",
                _ => value,
            };
        }
    }
}
