using System.Collections.Generic;
using AttrWs.Generators.Model;

namespace AttrWs.Generators.Emitting
{
    /// <summary>Emits the <c>WebSocketEndpoint</c> descriptors of the endpoint map.</summary>
    internal static class EndpointMapEmitter
    {
        public static string Field(int index) => "s_endpoint" + index;

        public static void Emit(SourceWriter w, int index, EndpointModel endpoint)
        {
            w.Line("private static readonly global::AttrWs.WebSocketEndpoint " + Field(index) + " = new global::AttrWs.WebSocketEndpoint("
                + CodeText.Literal(endpoint.Template) + ", Invokers." + InvokerEmitter.Name(index) + ")");
            w.Open();
            w.Line("Name = " + CodeText.Literal(endpoint.Name) + ",");
            w.Line("SubProtocols = " + CodeText.StringArray(endpoint.SubProtocols) + ",");
            w.Line("AllowMissingSubProtocol = " + (endpoint.AllowMissingSubProtocol ? "true" : "false") + ",");
            w.Line("Deflate = (global::AttrWs.DeflateMode)" + endpoint.Deflate + ",");
            w.Line("Authorization = " + Authorization(endpoint.Authorization) + ",");
            w.Line("AllowedOrigins = " + CodeText.StringArray(endpoint.AllowedOrigins) + ",");
            w.Line("Parameters = " + Parameters(endpoint) + ",");
            if (endpoint.Activation is { } activation)
            {
                w.Line("Services = " + Services(endpoint, activation) + ",");
            }

            w.Line("DeclaringType = " + CodeText.Literal(endpoint.DeclaringTypeName) + ",");
            w.Line("MethodName = " + CodeText.Literal(endpoint.MethodName) + ",");
            w.Line("SourceFile = " + SourceLocationsEmitter.File(index) + ",");
            w.Line("SourceLine = " + SourceLocationsEmitter.Line(index) + ",");
            w.Close(";");
        }

        private static string Authorization(AuthorizationModel authorization)
        {
            if (authorization.Requirements.Count == 0 && !authorization.AllowAnonymous)
            {
                return "global::AttrWs.EndpointAuthorization.None";
            }

            var requirements = new List<string>();
            foreach (var requirement in authorization.Requirements)
            {
                requirements.Add("new global::AttrWs.AuthorizationRequirement(" + CodeText.Literal(requirement.Policy) + ", "
                    + CodeText.StringArray(SplitList(requirement.Roles)) + ", " + CodeText.StringArray(SplitList(requirement.Schemes)) + ")");
            }

            var list = requirements.Count == 0
                ? "global::System.Array.Empty<global::AttrWs.AuthorizationRequirement>()"
                : "new global::AttrWs.AuthorizationRequirement[] { " + string.Join(", ", requirements) + " }";
            return "new global::AttrWs.EndpointAuthorization(" + list + ", allowAnonymous: " + (authorization.AllowAnonymous ? "true" : "false") + ")";
        }

        private static string Parameters(EndpointModel endpoint)
        {
            if (endpoint.Parameters.Count == 0)
            {
                return "global::System.Array.Empty<global::AttrWs.EndpointParameter>()";
            }

            var items = new List<string>();
            foreach (var parameter in endpoint.Parameters)
            {
                items.Add("new global::AttrWs.EndpointParameter(" + CodeText.Literal(parameter.Name) + ", "
                    + CodeText.Literal(CodeText.Display(parameter.TypeName)) + ", (global::AttrWs.EndpointParameterSource)" + (int)parameter.Source + ", "
                    + CodeText.StringArray(parameter.Constraints) + ", " + (parameter.IsOptional ? "true" : "false") + ")");
            }

            return "new global::AttrWs.EndpointParameter[] { " + string.Join(", ", items) + " }";
        }

        /// <summary>The required services of an endpoint class, for the server's start-up check.</summary>
        private static string Services(EndpointModel endpoint, ActivationModel activation)
        {
            var items = new List<string>();
            void Add(string name, ServiceModel service, bool constructor)
            {
                if (!service.IsOptional)
                {
                    items.Add("new global::AttrWs.EndpointServiceDependency(" + CodeText.Literal(name) + ", typeof(" + service.TypeName + "), "
                        + (service.IsKeyed ? "true" : "false") + ", " + service.KeyCode + ", " + (constructor ? "true" : "false") + ")");
                }
            }

            foreach (var parameter in activation.ConstructorParameters)
            {
                Add(parameter.Name, parameter.Service, true);
            }

            foreach (var parameter in endpoint.Parameters)
            {
                if (parameter.Service is { } service)
                {
                    Add(parameter.Name, service, false);
                }
            }

            return items.Count == 0
                ? "global::System.Array.Empty<global::AttrWs.EndpointServiceDependency>()"
                : "new global::AttrWs.EndpointServiceDependency[] { " + string.Join(", ", items) + " }";
        }

        private static List<string> SplitList(string? list)
        {
            var result = new List<string>();
            if (list is null)
            {
                return result;
            }

            foreach (var entry in list.Split(','))
            {
                var trimmed = entry.Trim();
                if (trimmed.Length > 0)
                {
                    result.Add(trimmed);
                }
            }

            return result;
        }
    }
}
