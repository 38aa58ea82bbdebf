using System.Text;
using System.Text.Json;
using AttrWs.Routing.Template;

namespace AttrWs.Documentation;

public static partial class AsyncApiDocument
{
    private static void WriteChannels(Utf8JsonWriter writer, List<AsyncApiChannel> channels, List<KeyedScheme> schemes)
    {
        writer.WriteStartObject("channels");
        foreach (var channel in channels)
        {
            writer.WriteStartObject(channel.Key);
            writer.WriteString("address", channel.Address);
            writer.WriteString("description", ChannelDescription(channel));
            WriteParameters(writer, channel);
            WriteMessages(writer, channel);
            WriteBinding(writer, channel, schemes);
            writer.WriteString("x-attrws-template", channel.Template);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static string ChannelDescription(AsyncApiChannel channel)
    {
        var text = new StringBuilder("WebSocket endpoint").Append(channel.Endpoints.Count == 1 ? " " : "s ").Append('\'').Append(channel.Template).Append("': ");
        for (var i = 0; i < channel.Endpoints.Count; i++)
        {
            var endpoint = channel.Endpoints[i];
            text.Append(i == 0 ? "" : "; ").Append(endpoint.Name);
            if (endpoint.SubProtocols.Count > 0)
            {
                text.Append(" (subprotocol").Append(endpoint.SubProtocols.Count == 1 ? " " : "s ").Append(string.Join(", ", endpoint.SubProtocols)).Append(')');
            }
        }

        return text.Append('.').ToString();
    }

    private static void WriteParameters(Utf8JsonWriter writer, AsyncApiChannel channel)
    {
        if (channel.Parameters.Count == 0)
        {
            return;
        }

        writer.WriteStartObject("parameters");
        foreach (var parameter in channel.Parameters)
        {
            writer.WriteStartObject(parameter.Text);
            if (IsBoolean(parameter))
            {
                writer.WriteStartArray("enum");
                writer.WriteStringValue("true");
                writer.WriteStringValue("false");
                writer.WriteEndArray();
            }

            writer.WriteString("description", ParameterDescription(parameter, channel.Endpoints));
            if (parameter.Constraints.Count > 0)
            {
                WriteStrings(writer, "x-attrws-constraints", parameter.Constraints.Select(static c => c.Text));
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static bool IsBoolean(RouteSegment parameter)
    {
        foreach (var constraint in parameter.Constraints)
        {
            if (string.Equals(constraint.Definition.Name, "bool", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string ParameterDescription(RouteSegment parameter, List<WebSocketEndpoint> endpoints)
    {
        var text = new StringBuilder("Route value '").Append(parameter.Text).Append("': ");
        text.Append(parameter.Kind == RouteSegmentKind.CatchAll
            ? "the rest of the path (zero or more segments, slashes included), percent-decoded."
            : "one path segment, percent-decoded.");
        if (parameter.IsOptional)
        {
            text.Append(" Optional: the path may end before it.");
        }

        if (parameter.Constraints.Count > 0)
        {
            text.Append(" Constraint").Append(parameter.Constraints.Count == 1 ? " " : "s ");
            text.AppendJoin(", ", parameter.Constraints.Select(static c => c.Text)).Append('.');
            if (IsBoolean(parameter))
            {
                text.Append(" Case-insensitive.");
            }
        }

        var types = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in endpoints)
        {
            foreach (var bound in endpoint.Parameters)
            {
                if (bound.Source == EndpointParameterSource.Route && string.Equals(bound.Name, parameter.Text, StringComparison.Ordinal))
                {
                    types.Add(bound.TypeName);
                }
            }
        }

        if (types.Count > 0)
        {
            text.Append(" Bound as ").AppendJoin(", ", types).Append('.');
        }

        return text.ToString();
    }

    private static void WriteMessages(Utf8JsonWriter writer, AsyncApiChannel channel)
    {
        writer.WriteStartObject("messages");
        foreach (var message in channel.Messages)
        {
            writer.WriteStartObject(message.Key);
            writer.WriteString("name", message.Key);
            var kind = message.Binary ? "Binary" : "Text";
            writer.WriteString("title", message.SubProtocol is null ? kind + " message" : message.SubProtocol + " " + kind.ToLowerInvariant() + " message");
            writer.WriteString("summary", (message.Binary ? "A binary WebSocket message" : "A text (UTF-8) WebSocket message")
                + (message.SubProtocol is null
                    ? " when no subprotocol is negotiated."
                    : " on subprotocol '" + message.SubProtocol + "'; its format is the subprotocol's."));
            writer.WriteString("contentType", message.Binary ? "application/octet-stream" : "text/plain");
            writer.WriteStartObject("payload");
            writer.WriteString("type", "string");
            if (message.Binary)
            {
                writer.WriteString("format", "binary");
            }

            writer.WriteEndObject();
            WriteOptional(writer, "x-attrws-subprotocol", message.SubProtocol);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteBinding(Utf8JsonWriter writer, AsyncApiChannel channel, List<KeyedScheme> schemes)
    {
        writer.WriteStartObject("bindings");
        writer.WriteStartObject("ws");
        writer.WriteString("method", "GET");

        var subProtocols = new List<string>();
        var required = true;
        foreach (var endpoint in channel.Endpoints)
        {
            subProtocols.AddRange(endpoint.SubProtocols.Where(s => !subProtocols.Contains(s)));
            required &= endpoint.SubProtocols.Count > 0 && !endpoint.AllowMissingSubProtocol;
        }

        if (subProtocols.Count > 0)
        {
            writer.WriteStartObject("headers");
            writer.WriteString("type", "object");
            writer.WriteStartObject("properties");
            writer.WriteStartObject("Sec-WebSocket-Protocol");
            writer.WriteString("type", "string");
            writer.WriteString("description", "The subprotocols the client offers, comma-separated; this channel speaks "
                + string.Join(", ", subProtocols) + ". The server selects one the client offered and runs the endpoint method of that subprotocol.");
            WriteStrings(writer, "examples", subProtocols);
            writer.WriteEndObject();
            writer.WriteEndObject();
            if (required)
            {
                WriteStrings(writer, "required", ["Sec-WebSocket-Protocol"]);
            }

            writer.WriteEndObject();
        }

        var queryTokens = new List<AsyncApiSecurityScheme>();
        foreach (var endpoint in channel.Endpoints)
        {
            foreach (var scheme in SchemesOf(endpoint, schemes))
            {
                if (scheme.Scheme.Kind == AsyncApiSecuritySchemeKind.QueryToken && !queryTokens.Exists(q => q.ParameterName == scheme.Scheme.ParameterName))
                {
                    queryTokens.Add(scheme.Scheme);
                }
            }
        }

        if (queryTokens.Count > 0)
        {
            writer.WriteStartObject("query");
            writer.WriteString("type", "object");
            writer.WriteStartObject("properties");
            foreach (var token in queryTokens)
            {
                writer.WriteStartObject(token.ParameterName!);
                writer.WriteString("type", "string");
                writer.WriteString("description", "A token of the '" + token.Scheme + "' authentication scheme, for clients that cannot set headers (browsers).");
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteString("bindingVersion", WebSocketBindingVersion);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
