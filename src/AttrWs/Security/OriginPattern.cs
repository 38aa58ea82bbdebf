namespace AttrWs.Security;

/// <summary>
/// One origin allow-list entry: an exact origin (<c>https://app.example.com</c>, <c>http://127.0.0.1:8080</c>) or a
/// subdomain wildcard (<c>https://*.example.com</c>: any subdomain, never the apex, never <c>evil-example.com</c>).
/// Scheme and host compare case-insensitively; ports compare after filling in the scheme's default.
/// </summary>
internal sealed class OriginPattern
{
    private OriginPattern(string scheme, string host, int port, bool isWildcard)
    {
        Scheme = scheme;
        Host = host;
        Port = port;
        IsWildcard = isWildcard;
    }

    public string Scheme { get; }

    /// <summary>The host, or for a wildcard the suffix after <c>*.</c>.</summary>
    public string Host { get; }

    public int Port { get; }

    public bool IsWildcard { get; }

    /// <summary>Parses an allow-list entry; <paramref name="error"/> says what is wrong otherwise.</summary>
    public static bool TryParse(string? entry, out OriginPattern? pattern, out string? error)
    {
        pattern = null;
        if (string.IsNullOrWhiteSpace(entry))
        {
            error = "it is empty";
            return false;
        }

        if (string.Equals(entry, "null", StringComparison.OrdinalIgnoreCase))
        {
            error = "'null' is the origin of sandboxed frames and local files, which any site can produce; it cannot be allowed";
            return false;
        }

        var wildcard = false;
        var text = entry.AsSpan().Trim();
        var separator = text.IndexOf("://", StringComparison.Ordinal);
        if (separator > 0 && text[(separator + 3)..].StartsWith("*.", StringComparison.Ordinal))
        {
            wildcard = true;
            text = string.Concat(text[..(separator + 3)], text[(separator + 5)..]).AsSpan();
        }

        if (!OriginParser.TryParse(text, out var scheme, out var host, out var port))
        {
            error = "use 'scheme://host[:port]' (e.g. 'https://app.example.com') or 'scheme://*.domain' for subdomains, without a path";
            return false;
        }

        if (wildcard && host.StartsWith('['))
        {
            error = "a wildcard needs a domain name, not an IP address";
            return false;
        }

        pattern = new OriginPattern(scheme, host, port, wildcard);
        error = null;
        return true;
    }

    /// <summary>True when a parsed request origin matches this entry.</summary>
    public bool Matches(string scheme, string host, int port)
    {
        if (port != Port || !string.Equals(scheme, Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (!IsWildcard)
        {
            return string.Equals(host, Host, StringComparison.OrdinalIgnoreCase);
        }

        // "a.example.com" ends with ".example.com"; "example.com" and "evil-example.com" do not.
        return host.Length > Host.Length + 1
            && host[host.Length - Host.Length - 1] == '.'
            && host.EndsWith(Host, StringComparison.OrdinalIgnoreCase);
    }
}
