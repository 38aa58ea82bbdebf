namespace AttrWs.Security;

/// <summary>Parses a serialized origin (RFC 6454 §6.2: <c>scheme "://" host [ ":" port ]</c>) and <c>Host</c> headers.</summary>
internal static class OriginParser
{
    /// <summary>Parses <c>scheme://host[:port]</c>; false for <c>null</c>, paths, user info, wildcards or bad characters.</summary>
    public static bool TryParse(ReadOnlySpan<char> origin, out string scheme, out string host, out int port)
    {
        scheme = host = string.Empty;
        port = -1;
        var separator = origin.IndexOf("://", StringComparison.Ordinal);
        if (separator <= 0)
        {
            return false;
        }

        var schemeSpan = origin[..separator];
        foreach (var c in schemeSpan)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            {
                return false;
            }
        }

        if (!TryParseHostPort(origin[(separator + 3)..], DefaultPort(schemeSpan), out host, out port))
        {
            return false;
        }

        scheme = schemeSpan.ToString().ToLowerInvariant();
        return port >= 0;
    }

    /// <summary>Parses <c>host[:port]</c> (IPv6 in brackets); a missing port becomes <paramref name="defaultPort"/>.</summary>
    public static bool TryParseHostPort(ReadOnlySpan<char> value, int defaultPort, out string host, out int port)
    {
        host = string.Empty;
        port = -1;
        if (value.IsEmpty)
        {
            return false;
        }

        ReadOnlySpan<char> hostSpan;
        ReadOnlySpan<char> portSpan = default;
        if (value[0] == '[')
        {
            var close = value.IndexOf(']');
            if (close < 2)
            {
                return false;
            }

            hostSpan = value[..(close + 1)];
            var after = value[(close + 1)..];
            if (!after.IsEmpty)
            {
                if (after[0] != ':')
                {
                    return false;
                }

                portSpan = after[1..];
                if (portSpan.IsEmpty)
                {
                    return false;
                }
            }

            foreach (var c in hostSpan[1..^1])
            {
                if (!(char.IsAsciiHexDigit(c) || c is ':' or '.'))
                {
                    return false;
                }
            }
        }
        else
        {
            var colon = value.IndexOf(':');
            hostSpan = colon < 0 ? value : value[..colon];
            if (colon >= 0)
            {
                portSpan = value[(colon + 1)..];
                if (portSpan.IsEmpty)
                {
                    return false;
                }
            }

            if (hostSpan.IsEmpty || hostSpan[0] == '.' || hostSpan[^1] == '.')
            {
                return false;
            }

            foreach (var c in hostSpan)
            {
                if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_'))
                {
                    return false;
                }
            }
        }

        if (portSpan.IsEmpty)
        {
            port = defaultPort;
        }
        else
        {
            if (portSpan.Length > 5)
            {
                return false;
            }

            var parsed = 0;
            foreach (var c in portSpan)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }

                parsed = (parsed * 10) + (c - '0');
            }

            if (parsed > 65535)
            {
                return false;
            }

            port = parsed;
        }

        host = hostSpan.ToString().ToLowerInvariant();
        return true;
    }

    /// <summary>The default port of a web scheme, or -1 (then the origin must carry a port).</summary>
    public static int DefaultPort(ReadOnlySpan<char> scheme)
    {
        if (scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Equals("ws", StringComparison.OrdinalIgnoreCase))
        {
            return 80;
        }

        if (scheme.Equals("https", StringComparison.OrdinalIgnoreCase) || scheme.Equals("wss", StringComparison.OrdinalIgnoreCase))
        {
            return 443;
        }

        return -1;
    }
}
