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
            if (endpoint.Activation is { } activation)
            {
                EmitInstance(w, index, endpoint, activation);
                return;
            }

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

        /// <summary>
        /// An endpoint class: a scope per connection, the class built from it, the method awaited, then the instance and
        /// the scope disposed in that order (try/finally and <c>await using</c>), however the connection ends.
        /// </summary>
        private static void EmitInstance(SourceWriter w, int index, EndpointModel endpoint, ActivationModel activation)
        {
            w.Open("public static async global::System.Threading.Tasks.ValueTask " + Name(index) + "(global::AttrWs.WebSocketSession session)");
            w.Line("await using var scope = " + CodeText.Activation + ".CreateScope(session);");
            var constructorArguments = new List<string>();
            foreach (var parameter in activation.ConstructorParameters)
            {
                constructorArguments.Add(Resolve(parameter.Service, "scope.Services", endpoint.Name, activation.ClassName));
            }

            w.Line("var instance = new " + activation.ClassReference + "(" + string.Join(", ", constructorArguments) + ");");
            var disposes = activation.Dispose != DisposeKind.None;
            if (disposes)
            {
                w.Line("try");
                w.Open();
            }

            var arguments = new List<string>();
            foreach (var parameter in endpoint.Parameters)
            {
                var local = "p_" + parameter.Name;
                arguments.Add(local);
                var binding = parameter.Service is { } service
                    ? Resolve(service, "scope.Services", endpoint.Name, activation.ClassName)
                    : Binding(endpoint, parameter);
                w.Line(parameter.TypeName + " " + local + " = " + binding + ";");
            }

            var call = "instance." + CodeText.Identifier(endpoint.MethodName) + "(" + string.Join(", ", arguments) + ")";
            w.Line(endpoint.ReturnKind == EndpointReturnKind.Void ? call + ";" : "await " + call + ";");
            if (disposes)
            {
                w.Close();
                w.Line("finally");
                w.Open();
                w.Line(activation.Dispose == DisposeKind.AsyncDisposable
                    ? "await ((global::System.IAsyncDisposable)instance).DisposeAsync();"
                    : "((global::System.IDisposable)instance).Dispose();");
                w.Close();
            }

            w.Close();
        }

        /// <summary>A service from <paramref name="services"/>: required, optional (default when absent) or keyed.</summary>
        private static string Resolve(ServiceModel service, string services, string endpointName, string? className)
        {
            var names = CodeText.Literal(endpointName) + ", " + CodeText.Literal(className);
            if (service.IsOptional)
            {
                return service.IsKeyed
                    ? CodeText.Activation + ".GetOptionalKeyedService<" + service.TypeName + ">(" + services + ", " + service.KeyCode + ", " + service.DefaultCode + ")"
                    : CodeText.Activation + ".GetOptionalService<" + service.TypeName + ">(" + services + ", " + service.DefaultCode + ")";
            }

            return service.IsKeyed
                ? CodeText.Activation + ".GetRequiredKeyedService<" + service.TypeName + ">(" + services + ", " + service.KeyCode + ", " + names + ")"
                : CodeText.Activation + ".GetRequiredService<" + service.TypeName + ">(" + services + ", " + names + ")";
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
                case ParameterSource.Service when parameter.Service is { } keyed:
                    return Resolve(keyed, "session.Services", endpoint.Name, null);
                case ParameterSource.Service:
                    return CodeText.Invocation + ".GetRequiredService<" + parameter.TypeName.TrimEnd('?') + ">(session, " + CodeText.Literal(endpoint.Name) + ")";
            }

            var value = "v_" + parameter.Name;
            if (SpanReader(parameter.RouteKind) is { } reader)
            {
                // Parsed from the path itself: the value's string is never created.
                var read = CodeText.Invocation + "." + reader + "(session.RouteValues, " + parameter.RouteIndex + ", out var " + value + ")";
                return parameter.IsOptional
                    ? "(" + read + " ? " + value + " : default(" + parameter.TypeName + ")!)"
                    : "(" + read + " ? " + value + " : throw " + CodeText.Invocation + ".RouteValueNotParsed(" + CodeText.Literal(endpoint.Name) + ", " + CodeText.Literal(parameter.Name) + ", \"\"))";
            }

            var raw = "session.RouteValues.GetValue(" + parameter.RouteIndex + ")";
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

        /// <summary>The <c>EndpointInvocation</c> method that reads a value of this kind without its string, if any.</summary>
        private static string? SpanReader(RouteValueKind kind) => kind switch
        {
            RouteValueKind.Int32 => "TryGetInt32",
            RouteValueKind.Int64 => "TryGetInt64",
            RouteValueKind.Guid => "TryGetGuid",
            RouteValueKind.Boolean => "TryGetBoolean",
            _ => null,
        };

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
