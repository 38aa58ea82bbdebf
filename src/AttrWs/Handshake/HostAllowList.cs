namespace AttrWs.Handshake;

/// <summary>Matching of the <c>Host</c> header against <see cref="Security.WebSocketSecurityOptions.AllowedHosts"/>.</summary>
internal static class HostAllowList
{
    /// <summary>True when an allow-list entry is a host (name, IPv4 or bracketed IPv6) with an optional numeric port.</summary>
    public static bool IsValidEntry(string? entry)
    {
        if (string.IsNullOrEmpty(entry))
        {
            return false;
        }

        Split(entry, out var host, out var port);
        if (host.IsEmpty || (port.IsEmpty && entry.EndsWith(':')))
        {
            return false;
        }

        foreach (var c in port)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        if (host[0] == '[')
        {
            return host.Length > 2 && host[^1] == ']';
        }

        foreach (var c in host)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the list is empty or some entry matches <paramref name="hostHeader"/>.</summary>
    public static bool IsAllowed(IList<string> allowed, string? hostHeader)
    {
        if (allowed.Count == 0)
        {
            return true;
        }

        if (string.IsNullOrEmpty(hostHeader))
        {
            return false;
        }

        Split(hostHeader, out var host, out var port);
        for (var i = 0; i < allowed.Count; i++)
        {
            Split(allowed[i], out var allowedHost, out var allowedPort);
            if (host.Equals(allowedHost, StringComparison.OrdinalIgnoreCase)
                && (allowedPort.IsEmpty || port.SequenceEqual(allowedPort)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Splits <c>host[:port]</c>, keeping an IPv6 literal's brackets with the host.</summary>
    private static void Split(ReadOnlySpan<char> value, out ReadOnlySpan<char> host, out ReadOnlySpan<char> port)
    {
        var searchFrom = 0;
        if (value.Length > 0 && value[0] == '[')
        {
            var close = value.IndexOf(']');
            searchFrom = close < 0 ? value.Length : close;
        }

        var colon = value[searchFrom..].LastIndexOf(':');
        if (colon < 0)
        {
            host = value;
            port = default;
            return;
        }

        colon += searchFrom;
        host = value[..colon];
        port = value[(colon + 1)..];
    }
}
