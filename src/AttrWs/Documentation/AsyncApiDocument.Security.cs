using System.Text.Json;

namespace AttrWs.Documentation;

public static partial class AsyncApiDocument
{
    /// <summary>The options' schemes with their unique keys in <c>components.securitySchemes</c>.</summary>
    private static List<KeyedScheme> SecuritySchemeKeys(IList<AsyncApiSecurityScheme> schemes)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var keyed = new List<KeyedScheme>(schemes.Count);
        foreach (var scheme in schemes)
        {
            ArgumentNullException.ThrowIfNull(scheme, nameof(schemes));
            var key = AsyncApiNames.ToKey(scheme.Scheme) + (scheme.Kind == AsyncApiSecuritySchemeKind.QueryToken ? ".query" : "");
            keyed.Add(new KeyedScheme(AsyncApiNames.Unique(key, keys), scheme));
        }

        return keyed;
    }

    /// <summary>
    /// The schemes that can authenticate a caller of <paramref name="endpoint"/>: none when it does not require
    /// authentication; else those every <c>[Authorize(Schemes = ...)]</c> of it allows (all when none restricts).
    /// </summary>
    private static List<KeyedScheme> SchemesOf(WebSocketEndpoint endpoint, List<KeyedScheme> schemes)
    {
        var applicable = new List<KeyedScheme>();
        if (!endpoint.Authorization.RequiresAuthentication)
        {
            return applicable;
        }

        foreach (var scheme in schemes)
        {
            var allowed = true;
            foreach (var requirement in endpoint.Authorization.Requirements)
            {
                if (requirement.Schemes.Count > 0 && !requirement.Schemes.Contains(scheme.Scheme.Scheme, StringComparer.OrdinalIgnoreCase))
                {
                    allowed = false;
                }
            }

            if (allowed)
            {
                applicable.Add(scheme);
            }
        }

        return applicable;
    }

    private static void WriteComponents(Utf8JsonWriter writer, List<KeyedScheme> schemes)
    {
        if (schemes.Count == 0)
        {
            return;
        }

        writer.WriteStartObject("components");
        writer.WriteStartObject("securitySchemes");
        foreach (var (key, scheme) in schemes)
        {
            writer.WriteStartObject(key);
            switch (scheme.Kind)
            {
                case AsyncApiSecuritySchemeKind.Cookie:
                    writer.WriteString("type", "httpApiKey");
                    writer.WriteString("name", scheme.ParameterName);
                    writer.WriteString("in", "cookie");
                    break;
                case AsyncApiSecuritySchemeKind.QueryToken:
                    writer.WriteString("type", "httpApiKey");
                    writer.WriteString("name", scheme.ParameterName);
                    writer.WriteString("in", "query");
                    break;
                case AsyncApiSecuritySchemeKind.Bearer:
                    writer.WriteString("type", "http");
                    writer.WriteString("scheme", "bearer");
                    WriteOptional(writer, "bearerFormat", scheme.BearerFormat);
                    break;
                default:
                    writer.WriteString("type", "http");
                    writer.WriteString("scheme", "basic");
                    break;
            }

            writer.WriteString("description", scheme.Description ?? DefaultDescription(scheme));
            writer.WriteString("x-attrws-scheme", scheme.Scheme);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static string DefaultDescription(AsyncApiSecurityScheme scheme) => scheme.Kind switch
    {
        AsyncApiSecuritySchemeKind.Cookie => "The '" + scheme.ParameterName + "' cookie (browsers send it with the handshake by themselves).",
        AsyncApiSecuritySchemeKind.QueryToken => "A token in the '" + scheme.ParameterName + "' query parameter (for clients that cannot set headers, such as browsers).",
        AsyncApiSecuritySchemeKind.Bearer => "A bearer token in the Authorization header.",
        _ => "HTTP Basic authentication in the Authorization header.",
    };

    /// <summary>A security scheme and its key in <c>components.securitySchemes</c>.</summary>
    private sealed record KeyedScheme(string Key, AsyncApiSecurityScheme Scheme);
}
