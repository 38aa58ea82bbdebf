using System.Text;
using System.Text.Json;

namespace AttrWs.Documentation;

public static partial class AsyncApiDocument
{
    private static void WriteOperations(Utf8JsonWriter writer, List<AsyncApiChannel> channels, List<KeyedScheme> schemes)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        writer.WriteStartObject("operations");
        foreach (var channel in channels)
        {
            foreach (var endpoint in channel.Endpoints)
            {
                var name = AsyncApiNames.ToKey(endpoint.Name);
                var receive = AsyncApiNames.Unique(name + ".receive", keys);
                var send = AsyncApiNames.Unique(name + ".send", keys);
                WriteOperation(writer, receive, "receive", channel, endpoint, schemes);
                WriteOperation(writer, send, "send", channel, endpoint, schemes);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteOperation(Utf8JsonWriter writer, string key, string action, AsyncApiChannel channel, WebSocketEndpoint endpoint, List<KeyedScheme> schemes)
    {
        writer.WriteStartObject(key);
        writer.WriteString("action", action);
        writer.WriteStartObject("channel");
        writer.WriteString("$ref", "#/channels/" + channel.Key);
        writer.WriteEndObject();
        writer.WriteString("title", endpoint.Name + (action == "receive" ? " receives" : " sends"));
        writer.WriteString("summary", action == "receive"
            ? "Messages the client sends to the endpoint " + endpoint.Name + "."
            : "Messages the endpoint " + endpoint.Name + " sends to the client.");
        writer.WriteString("description", EndpointDescription(endpoint));

        var applicable = SchemesOf(endpoint, schemes);
        if (applicable.Count > 0)
        {
            writer.WriteStartArray("security");
            foreach (var scheme in applicable)
            {
                WriteReference(writer, "#/components/securitySchemes/" + scheme.Key);
            }

            writer.WriteEndArray();
        }

        writer.WriteStartArray("messages");
        foreach (var message in channel.MessagesOf(endpoint))
        {
            WriteReference(writer, "#/channels/" + channel.Key + "/messages/" + message.Key);
        }

        writer.WriteEndArray();
        WriteEndpointExtensions(writer, endpoint);
        writer.WriteEndObject();
    }

    private static string EndpointDescription(WebSocketEndpoint endpoint)
    {
        var text = new StringBuilder("Endpoint ").Append(endpoint.Name);
        if (endpoint.DeclaringType is not null && endpoint.MethodName is not null)
        {
            text.Append(" (method ").Append(endpoint.MethodName).Append(" of ").Append(endpoint.DeclaringType).Append(')');
        }

        text.Append(" at '").Append(endpoint.Template).Append("'.");
        if (endpoint.SubProtocols.Count > 0)
        {
            text.Append(" Subprotocol").Append(endpoint.SubProtocols.Count == 1 ? " " : "s, in server preference order, ").AppendJoin(", ", endpoint.SubProtocols);
            text.Append(endpoint.AllowMissingSubProtocol ? "; a client that offers none is accepted without one." : "; a client that offers none is refused (400).");
        }

        var authorization = endpoint.Authorization;
        if (!authorization.RequiresAuthentication)
        {
            text.Append(" Anonymous: no authentication required.");
        }
        else
        {
            text.Append(" Requires an authenticated caller");
            foreach (var requirement in authorization.Requirements)
            {
                if (requirement.Policy is not null)
                {
                    text.Append("; policy '").Append(requirement.Policy).Append('\'');
                }

                if (requirement.Roles.Count > 0)
                {
                    text.Append("; one of the roles '").AppendJoin("', '", requirement.Roles).Append('\'');
                }

                if (requirement.Schemes.Count > 0)
                {
                    text.Append("; authenticated by '").AppendJoin("' or '", requirement.Schemes).Append('\'');
                }
            }

            text.Append(" (401 when unauthenticated, 403 when not allowed).");
        }

        if (endpoint.AllowedOrigins.Count > 0)
        {
            text.Append(" Browser pages from ").AppendJoin(", ", endpoint.AllowedOrigins).Append(" only.");
        }

        return text.ToString();
    }

    private static void WriteEndpointExtensions(Utf8JsonWriter writer, WebSocketEndpoint endpoint)
    {
        writer.WriteString("x-attrws-endpoint", endpoint.Name);
        WriteOptional(writer, "x-attrws-class", endpoint.DeclaringType);
        WriteOptional(writer, "x-attrws-method", endpoint.MethodName);
        WriteStrings(writer, "x-attrws-subprotocols", endpoint.SubProtocols);
        if (endpoint.SubProtocols.Count > 0)
        {
            writer.WriteBoolean("x-attrws-subprotocol-optional", endpoint.AllowMissingSubProtocol);
        }

        writer.WriteString("x-attrws-deflate", endpoint.Deflate switch
        {
            DeflateMode.Enabled => "enabled",
            DeflateMode.Disabled => "disabled",
            _ => "default",
        });
        if (endpoint.AllowedOrigins.Count > 0)
        {
            WriteStrings(writer, "x-attrws-allowed-origins", endpoint.AllowedOrigins);
        }

        if (endpoint.Authorization.RequiresAuthentication)
        {
            writer.WriteStartObject("x-attrws-authorization");
            writer.WriteStartArray("requirements");
            foreach (var requirement in endpoint.Authorization.Requirements)
            {
                writer.WriteStartObject();
                WriteOptional(writer, "policy", requirement.Policy);
                WriteStrings(writer, "roles", requirement.Roles);
                WriteStrings(writer, "schemes", requirement.Schemes);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }
    }
}
