using System.Text;
using AttrWs.Handshake;

namespace AttrWs.Security;

/// <summary>
/// Keeps credentials out of logs: masks query values of a request target (<c>access_token=***</c>; by default every
/// value), credential subprotocols (<c>bearer.***</c>), the values of <c>Authorization</c> (scheme kept) and
/// <c>Cookie</c> (names kept), and every header value not known to be harmless. The server routes every request
/// target and header it logs through its redactor.
/// </summary>
/// <remarks>Configure before the server starts; the server's copy also masks the query parameter and prefix of each registered <see cref="BearerAuthenticator"/>.</remarks>
public sealed class SecretRedactor
{
    /// <summary>The mask that replaces a secret.</summary>
    public const string Mask = "***";

    /// <summary>Query parameter names whose values are masked (case-insensitive). Default: <c>access_token</c>.</summary>
    public ISet<string> SensitiveQueryKeys { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { BearerAuthenticator.DefaultQueryParameter };

    /// <summary>Subprotocol prefixes whose rest is masked (case-insensitive). Default: <c>bearer.</c>.</summary>
    public IList<string> CredentialSubProtocolPrefixes { get; } = new List<string> { BearerAuthenticator.DefaultSubProtocolPrefix };

    /// <summary>
    /// Headers whose values are masked (case-insensitive). Default: <c>Authorization</c>, <c>Proxy-Authorization</c>
    /// (the scheme is kept), <c>Cookie</c>, <c>Set-Cookie</c> (cookie names are kept).
    /// </summary>
    public ISet<string> SensitiveHeaders { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie",
    };

    /// <summary>
    /// Query parameters whose values may be logged as sent (case-insensitive). Default: none, so every query value is
    /// masked (<c>?room=***</c>): an unknown parameter may carry a secret. A key also in <see cref="SensitiveQueryKeys"/> stays masked.
    /// </summary>
    public ISet<string> LoggedQueryKeys { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Headers whose values are logged as sent (case-insensitive); every other header not in <see cref="SensitiveHeaders"/>
    /// is logged as <c>***</c> (an unknown header such as <c>X-Api-Key</c> may carry a secret). Default: the handshake's
    /// own headers (<c>Host</c>, <c>Origin</c>, <c>Upgrade</c>, <c>Connection</c>, <c>Sec-WebSocket-Version</c>,
    /// <c>Sec-WebSocket-Extensions</c>) and <c>User-Agent</c>. <c>Sec-WebSocket-Protocol</c> is always logged with
    /// credential subprotocols masked; <c>Sec-WebSocket-Key</c> is a nonce, not a secret, but is masked like any other.
    /// </summary>
    public ISet<string> LoggedHeaders { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Origin", "Upgrade", "Connection", "Sec-WebSocket-Version", "Sec-WebSocket-Extensions", "User-Agent",
    };

    /// <summary>A copy with the same sets (the server adds its authenticators' credential locations to its copy).</summary>
    internal SecretRedactor Copy()
    {
        var copy = new SecretRedactor();
        CopyInto(SensitiveQueryKeys, copy.SensitiveQueryKeys);
        CopyInto(CredentialSubProtocolPrefixes, copy.CredentialSubProtocolPrefixes);
        CopyInto(SensitiveHeaders, copy.SensitiveHeaders);
        CopyInto(LoggedQueryKeys, copy.LoggedQueryKeys);
        CopyInto(LoggedHeaders, copy.LoggedHeaders);
        return copy;
    }

    private static void CopyInto(ICollection<string> from, ICollection<string> to)
    {
        to.Clear();
        foreach (var item in from)
        {
            to.Add(item);
        }
    }

    /// <summary>
    /// The request target with query values masked: every value except those of <see cref="LoggedQueryKeys"/>, and always
    /// those of <see cref="SensitiveQueryKeys"/> (<c>/chat?access_token=***&amp;room=***</c>).
    /// </summary>
    /// <param name="target">A request target (path and query) or a query.</param>
    /// <returns>The redacted target; the same instance when nothing is sensitive.</returns>
    public string RedactTarget(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var question = target.IndexOf('?', StringComparison.Ordinal);
        if (question < 0)
        {
            return target;
        }

        StringBuilder? builder = null;
        var position = question + 1;
        while (position <= target.Length)
        {
            var end = target.IndexOf('&', position);
            if (end < 0)
            {
                end = target.Length;
            }

            var pair = target.AsSpan(position, end - position);
            var equals = pair.IndexOf('=');
            var key = equals < 0 ? pair : pair[..equals];
            if (equals >= 0 && (IsSensitiveKey(key) || !IsLoggedKey(key)))
            {
                builder ??= new StringBuilder(target.Length).Append(target, 0, position);
                builder.Append(key).Append('=').Append(Mask);
            }
            else
            {
                builder?.Append(pair);
            }

            if (end < target.Length)
            {
                builder?.Append('&');
            }

            position = end + 1;
        }

        return builder?.ToString() ?? target;
    }

    /// <summary>A header value as it may be logged.</summary>
    /// <param name="name">The header name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The value, or a redacted form of it.</returns>
    public string RedactHeader(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        if (string.Equals(name, "Sec-WebSocket-Protocol", StringComparison.OrdinalIgnoreCase))
        {
            return RedactSubProtocols(value);
        }

        if (!SensitiveHeaders.Contains(name))
        {
            return LoggedHeaders.Contains(name) ? value : Mask;
        }

        if (string.Equals(name, "Cookie", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "Set-Cookie", StringComparison.OrdinalIgnoreCase))
        {
            return RedactCookies(value);
        }

        // Authorization: keep the scheme ("Bearer ***") so logs still tell which kind of credential came.
        var trimmed = value.AsSpan().Trim();
        var space = trimmed.IndexOfAny(' ', '\t');
        return space > 0 ? string.Concat(trimmed[..space], " ", Mask) : Mask;
    }

    /// <summary>All headers on one line (<c>Name: value; Name: value</c>), each value redacted.</summary>
    /// <param name="headers">The headers.</param>
    /// <returns>The line.</returns>
    public string RedactHeaders(HttpHeaderCollection headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var builder = new StringBuilder();
        foreach (var (name, value) in headers)
        {
            if (builder.Length > 0)
            {
                builder.Append("; ");
            }

            builder.Append(name).Append(": ").Append(RedactHeader(name, value));
        }

        return builder.ToString();
    }

    /// <summary>
    /// Free text (an exception message, a rejection detail) with credential subprotocols and sensitive
    /// <c>key=value</c> pairs masked.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The redacted text.</returns>
    public string RedactText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = text;
        foreach (var prefix in CredentialSubProtocolPrefixes)
        {
            result = MaskAfter(result, prefix);
        }

        foreach (var key in SensitiveQueryKeys)
        {
            result = MaskAfter(result, key + "=");
        }

        return result;
    }

    private bool IsSensitiveKey(ReadOnlySpan<char> rawKey) => Contains(SensitiveQueryKeys, rawKey);

    private bool IsLoggedKey(ReadOnlySpan<char> rawKey) => LoggedQueryKeys.Count > 0 && Contains(LoggedQueryKeys, rawKey);

    private static bool Contains(ISet<string> keys, ReadOnlySpan<char> rawKey)
    {
        foreach (var key in keys)
        {
            if (rawKey.Equals(key, StringComparison.OrdinalIgnoreCase)
                || (rawKey.IndexOfAny('%', '+') >= 0 && string.Equals(Unescape(rawKey), key, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private static string Unescape(ReadOnlySpan<char> value)
    {
        try
        {
            return Uri.UnescapeDataString(value.ToString().Replace('+', ' '));
        }
#pragma warning disable CA1031 // Malformed escapes: compare the raw text.
        catch (Exception)
#pragma warning restore CA1031
        {
            return value.ToString();
        }
    }

    private string RedactSubProtocols(string value)
    {
        var builder = new StringBuilder(value.Length);
        var rest = value.AsSpan();
        var first = true;
        while (true)
        {
            var comma = rest.IndexOf(',');
            var element = (comma < 0 ? rest : rest[..comma]).Trim();
            if (!first)
            {
                builder.Append(", ");
            }

            first = false;
            var masked = false;
            foreach (var prefix in CredentialSubProtocolPrefixes)
            {
                if (prefix.Length > 0 && element.Length > prefix.Length && element.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    builder.Append(element[..prefix.Length]).Append(Mask);
                    masked = true;
                    break;
                }
            }

            if (!masked)
            {
                builder.Append(element);
            }

            if (comma < 0)
            {
                return builder.ToString();
            }

            rest = rest[(comma + 1)..];
        }
    }

    private static string RedactCookies(string value)
    {
        var builder = new StringBuilder(value.Length);
        var rest = value.AsSpan();
        while (true)
        {
            var semicolon = rest.IndexOf(';');
            var pair = (semicolon < 0 ? rest : rest[..semicolon]).Trim();
            var equals = pair.IndexOf('=');
            if (builder.Length > 0)
            {
                builder.Append("; ");
            }

            builder.Append(equals < 0 ? pair : pair[..equals]).Append('=').Append(Mask);
            if (semicolon < 0)
            {
                return builder.ToString();
            }

            rest = rest[(semicolon + 1)..];
        }
    }

    /// <summary>Masks the run of non-delimiter characters after every occurrence of <paramref name="marker"/>.</summary>
    private static string MaskAfter(string text, string marker)
    {
        if (marker.Length == 0)
        {
            return text;
        }

        var start = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        while (start >= 0)
        {
            var valueStart = start + marker.Length;
            var valueEnd = valueStart;
            while (valueEnd < text.Length && !IsDelimiter(text[valueEnd]))
            {
                valueEnd++;
            }

            builder.Append(text, position, valueStart - position);
            if (valueEnd > valueStart)
            {
                builder.Append(Mask);
            }

            position = valueEnd;
            start = valueEnd < text.Length ? text.IndexOf(marker, valueEnd, StringComparison.OrdinalIgnoreCase) : -1;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }

    private static bool IsDelimiter(char c) => c is ' ' or '\t' or '\r' or '\n' or ',' or ';' or '&' or '\'' or '"' or ')' or ']' or '>';
}
