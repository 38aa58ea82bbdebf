using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AttrWs.Documentation;

/// <summary>
/// Writes an <see href="https://www.asyncapi.com/docs/reference/specification/v3.0.0">AsyncAPI 3.0.0</see> document of an
/// application's endpoint map (<c>GeneratedWebSocketEndpoints.Endpoints</c>, <see cref="WebSocketServer.Endpoints"/>, or
/// the endpoints an ASP.NET Core host maps): a channel per route template (address, parameters with their constraints, the
/// <c>ws</c> binding), a <c>receive</c> and a <c>send</c> operation per endpoint method, generic text and binary messages
/// per subprotocol, and the security schemes each endpoint's <c>[Authorize]</c> allows.
/// </summary>
/// <remarks>
/// Endpoints carry no message schema, so payloads are a generic string (text frames) or binary string (binary frames).
/// What AsyncAPI has no field for is in <c>x-attrws-*</c> extensions: the template as written, the subprotocols, deflate,
/// allowed origins, the class and method, and the authorization requirements (roles, policies, schemes). The output
/// depends only on its inputs and is ordered (channels by template, endpoints by name), so it can be compared as text.
/// No reflection: safe to trim and to publish with Native AOT.
/// </remarks>
public static partial class AsyncApiDocument
{
    /// <summary>The AsyncAPI version of the documents written.</summary>
    public const string AsyncApiVersion = "3.0.0";

    /// <summary>The version of the <c>ws</c> bindings written.</summary>
    public const string WebSocketBindingVersion = "0.1.0";

    /// <summary>Writes the document of <paramref name="endpoints"/> as one JSON object.</summary>
    /// <param name="writer">The writer (its options decide indentation and escaping).</param>
    /// <param name="endpoints">The endpoint map.</param>
    /// <param name="options">Title, version, servers and security schemes; null for the defaults.</param>
    /// <exception cref="ArgumentException">An endpoint's template does not parse, or the options' title or version is empty.</exception>
    public static void Write(Utf8JsonWriter writer, IEnumerable<WebSocketEndpoint> endpoints, AsyncApiOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(endpoints);
        options ??= new AsyncApiOptions();
        if (string.IsNullOrWhiteSpace(options.Title) || string.IsNullOrWhiteSpace(options.Version))
        {
            throw new ArgumentException("AsyncApiOptions.Title and Version must not be empty (AsyncAPI requires info.title and info.version).", nameof(options));
        }

        var channels = AsyncApiChannel.Build(endpoints);
        var schemes = SecuritySchemeKeys(options.SecuritySchemes);

        writer.WriteStartObject();
        writer.WriteString("asyncapi", AsyncApiVersion);
        WriteInfo(writer, options);
        WriteServers(writer, options.Servers);
        WriteChannels(writer, channels, schemes);
        WriteOperations(writer, channels, schemes);
        WriteComponents(writer, schemes);
        writer.WriteEndObject();
    }

    /// <summary>
    /// The document of <paramref name="endpoints"/> as indented JSON (<c>\n</c> line ends), ready to serve as
    /// <c>application/json</c>. Only what JSON requires is escaped (quotes, backslashes, control characters), so
    /// descriptions stay readable; do not paste it unescaped into an HTML <c>&lt;script&gt;</c>.
    /// </summary>
    /// <param name="endpoints">The endpoint map.</param>
    /// <param name="options">Title, version, servers and security schemes; null for the defaults.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentException">An endpoint's template does not parse, or the options' title or version is empty.</exception>
    public static string ToJson(IEnumerable<WebSocketEndpoint> endpoints, AsyncApiOptions? options = null)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, endpoints, options);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteInfo(Utf8JsonWriter writer, AsyncApiOptions options)
    {
        writer.WriteStartObject("info");
        writer.WriteString("title", options.Title);
        writer.WriteString("version", options.Version);
        WriteOptional(writer, "description", options.Description);
        writer.WriteEndObject();
    }

    private static void WriteServers(Utf8JsonWriter writer, IList<AsyncApiServer> servers)
    {
        if (servers.Count == 0)
        {
            return;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        writer.WriteStartObject("servers");
        foreach (var server in servers)
        {
            ArgumentNullException.ThrowIfNull(server, nameof(servers));
            if (!names.Add(server.Name))
            {
                throw new ArgumentException($"Two servers are named '{server.Name}': give each a unique name.", nameof(servers));
            }

            writer.WriteStartObject(server.Name);
            writer.WriteString("host", server.Host);
            writer.WriteString("protocol", server.Protocol);
            writer.WriteString("protocolVersion", "13");
            if (!string.IsNullOrEmpty(server.Pathname))
            {
                writer.WriteString("pathname", server.Pathname.StartsWith('/') ? server.Pathname : "/" + server.Pathname);
            }

            WriteOptional(writer, "description", server.Description);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteReference(Utf8JsonWriter writer, string pointer)
    {
        writer.WriteStartObject();
        writer.WriteString("$ref", pointer);
        writer.WriteEndObject();
    }
}
