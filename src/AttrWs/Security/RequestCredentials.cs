using AttrWs.Handshake;

namespace AttrWs.Security;

/// <summary>
/// Finds credentials in a handshake request: an <c>Authorization</c> scheme's parameter, a query parameter, a cookie,
/// a subprotocol token. Span-based (this runs on every handshake) and total: malformed input yields null, never throws.
/// </summary>
internal static class RequestCredentials
{
    /// <summary>The parameter of the first <c>Authorization</c> field using <paramref name="scheme"/> (case-insensitive), or null.</summary>
    public static string? GetAuthorization(HttpHeaderCollection headers, string scheme)
    {
        for (var i = headers.IndexOf(KnownHeaderNames.Authorization, 0); i >= 0; i = headers.IndexOf(KnownHeaderNames.Authorization, i + 1))
        {
            var value = HttpChars.TrimWhitespace(headers[i].Value);
            if (value.Length > scheme.Length
                && value.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
                && HttpChars.IsWhitespace(value[scheme.Length]))
            {
                var parameter = HttpChars.TrimWhitespace(value[scheme.Length..]);
                return parameter.IsEmpty ? null : parameter.ToString();
            }
        }

        return null;
    }

    /// <summary>The percent-decoded value of the first query parameter named <paramref name="name"/>, or null.</summary>
    /// <param name="query">The query including its leading <c>?</c>, or empty.</param>
    /// <param name="name">The parameter name (compared after percent-decoding, ordinal).</param>
    public static string? GetQueryParameter(string query, string name)
    {
        var rest = query.AsSpan();
        if (!rest.IsEmpty && rest[0] == '?')
        {
            rest = rest[1..];
        }

        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf('&');
            var pair = end < 0 ? rest : rest[..end];
            rest = end < 0 ? default : rest[(end + 1)..];
            var equals = pair.IndexOf('=');
            var key = equals < 0 ? pair : pair[..equals];
            if (KeyEquals(key, name))
            {
                return equals < 0 ? string.Empty : Unescape(pair[(equals + 1)..]);
            }
        }

        return null;
    }

    /// <summary>True when a raw query key (possibly percent-encoded) equals <paramref name="name"/>.</summary>
    public static bool KeyEquals(ReadOnlySpan<char> rawKey, string name)
    {
        if (rawKey.IndexOf('%') < 0 && rawKey.IndexOf('+') < 0)
        {
            return rawKey.Equals(name, StringComparison.Ordinal);
        }

        return string.Equals(Unescape(rawKey), name, StringComparison.Ordinal);
    }

    /// <summary>The value of the first cookie named <paramref name="name"/> (case-sensitive, RFC 6265), quotes removed, or null.</summary>
    public static string? GetCookie(HttpHeaderCollection headers, string name)
    {
        for (var i = headers.IndexOf(KnownHeaderNames.Cookie, 0); i >= 0; i = headers.IndexOf(KnownHeaderNames.Cookie, i + 1))
        {
            ReadOnlySpan<char> rest = headers[i].Value;
            while (!rest.IsEmpty)
            {
                var end = rest.IndexOf(';');
                var pair = HttpChars.TrimWhitespace(end < 0 ? rest : rest[..end]);
                rest = end < 0 ? default : rest[(end + 1)..];
                var equals = pair.IndexOf('=');
                if (equals <= 0 || !HttpChars.TrimWhitespace(pair[..equals]).Equals(name, StringComparison.Ordinal))
                {
                    continue;
                }

                var value = HttpChars.TrimWhitespace(pair[(equals + 1)..]);
                if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
                {
                    value = value[1..^1];
                }

                return value.ToString();
            }
        }

        return null;
    }

    /// <summary>The rest of the first offered subprotocol starting with <paramref name="prefix"/> (case-insensitive), or null.</summary>
    public static string? GetSubProtocolCredential(HttpHeaderCollection headers, string prefix)
    {
        for (var i = headers.IndexOf(KnownHeaderNames.SecWebSocketProtocol, 0); i >= 0; i = headers.IndexOf(KnownHeaderNames.SecWebSocketProtocol, i + 1))
        {
            ReadOnlySpan<char> rest = headers[i].Value;
            while (!rest.IsEmpty)
            {
                var end = rest.IndexOf(',');
                var element = HttpChars.TrimWhitespace(end < 0 ? rest : rest[..end]);
                rest = end < 0 ? default : rest[(end + 1)..];
                if (element.Length > prefix.Length && element.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    return element[prefix.Length..].ToString();
                }
            }
        }

        return null;
    }

    private static string Unescape(ReadOnlySpan<char> value)
    {
        // '+' is a space in application/x-www-form-urlencoded, which is what browsers' URLSearchParams produce.
        var text = value.ToString().Replace('+', ' ');
        try
        {
            return Uri.UnescapeDataString(text);
        }
#pragma warning disable CA1031 // Malformed escapes in a request are input, not a server fault: keep the raw text.
        catch (Exception)
#pragma warning restore CA1031
        {
            return text;
        }
    }
}
