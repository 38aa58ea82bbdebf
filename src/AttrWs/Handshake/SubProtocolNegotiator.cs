using AttrWs.Routing;

namespace AttrWs.Handshake;

/// <summary>
/// Subprotocol negotiation (RFC 6455 §4.2.2 /subprotocol/): reads the client's offers and picks the endpoint and
/// subprotocol of a route by server preference. Never selects a value the client did not offer.
/// </summary>
internal static class SubProtocolNegotiator
{
    /// <summary>Reads every offered subprotocol from all <c>Sec-WebSocket-Protocol</c> fields, in order.</summary>
    /// <returns>False when some entry is not a token (the request is malformed).</returns>
    public static bool TryReadOffers(HttpHeaderCollection headers, out IReadOnlyList<string> offered)
    {
        offered = [];
        var first = headers.IndexOf(KnownHeaderNames.SecWebSocketProtocol, 0);
        if (first < 0)
        {
            return true;
        }

        var list = new List<string>(4);
        for (var i = first; i >= 0; i = headers.IndexOf(KnownHeaderNames.SecWebSocketProtocol, i + 1))
        {
            ReadOnlySpan<char> rest = headers[i].Value;
            while (HeaderTokenizer.TryReadElement(ref rest, out var element))
            {
                if (!HttpChars.IsToken(element))
                {
                    return false;
                }

                list.Add(element.ToString());
            }
        }

        offered = list;
        return true;
    }

    /// <summary>
    /// Picks, in declaration order, the first endpoint with a subprotocol the client offered, taking that endpoint's
    /// most preferred offered one; failing that, the first endpoint that can run without a subprotocol.
    /// </summary>
    /// <param name="route">The matched route.</param>
    /// <param name="offered">The client's offers.</param>
    /// <param name="endpoint">The chosen endpoint, or null when none is acceptable.</param>
    /// <param name="subProtocol">The chosen subprotocol (the client's own string), or null.</param>
    /// <returns>False when no endpoint of the route is acceptable.</returns>
    public static bool TrySelect(WebSocketRoute route, IReadOnlyList<string> offered, out WebSocketEndpoint? endpoint, out string? subProtocol)
    {
        var endpoints = route.Endpoints;
        if (offered.Count > 0)
        {
            for (var e = 0; e < endpoints.Count; e++)
            {
                var supported = endpoints[e].SubProtocols;
                for (var p = 0; p < supported.Count; p++)
                {
                    if (IndexOf(offered, supported[p]) is var index and >= 0)
                    {
                        endpoint = endpoints[e];
                        subProtocol = offered[index];
                        return true;
                    }
                }
            }
        }

        for (var e = 0; e < endpoints.Count; e++)
        {
            if (endpoints[e].SubProtocols.Count == 0 || endpoints[e].AllowMissingSubProtocol)
            {
                endpoint = endpoints[e];
                subProtocol = null;
                return true;
            }
        }

        endpoint = null;
        subProtocol = null;
        return false;
    }

    /// <summary>Every subprotocol the route's endpoints support, comma-separated in preference order, for a 400 body.</summary>
    public static string DescribeSupported(WebSocketRoute route)
    {
        var names = new List<string>();
        foreach (var endpoint in route.Endpoints)
        {
            foreach (var protocol in endpoint.SubProtocols)
            {
                if (!names.Contains(protocol))
                {
                    names.Add(protocol);
                }
            }
        }

        return string.Join(", ", names);
    }

    /// <summary>The index of <paramref name="value"/> among the offers (ordinal: subprotocol names are case-sensitive), or -1.</summary>
    public static int IndexOf(IReadOnlyList<string> offered, string? value)
    {
        for (var i = 0; i < offered.Count; i++)
        {
            if (string.Equals(offered[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
