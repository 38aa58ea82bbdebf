using System.Collections.Concurrent;
using AttrWs.Handshake;

namespace AttrWs.Security;

/// <summary>
/// The origin policy described on <see cref="WebSocketOriginOptions"/>: per-endpoint allow-lists, the server-wide
/// allow-list, the same-origin default for endpoints that require authentication by credentials a browser attaches on
/// its own (<see cref="IWebSocketAuthenticator.UsesAmbientCredentials"/>), and the missing-origin option.
/// </summary>
internal sealed class WebSocketOriginPolicy : IHandshakeOriginPolicy
{
    private readonly OriginPattern[] _serverPatterns;
    private readonly bool _allowMissingOrigin;
    private readonly IWebSocketAuthenticator[] _authenticators;
    private readonly ConcurrentDictionary<WebSocketEndpoint, EndpointRule> _rules = new();
    private readonly Func<WebSocketEndpoint, EndpointRule> _createRule; // one delegate, not one per handshake

    /// <summary>Creates the policy from a snapshot of the options.</summary>
    /// <param name="origins">The server-wide origin options (validated here).</param>
    /// <param name="authentication">The authenticators, to find endpoints authenticated by ambient credentials; null: none.</param>
    /// <exception cref="InvalidOperationException">An allow-list entry is malformed.</exception>
    public WebSocketOriginPolicy(WebSocketOriginOptions origins, WebSocketAuthenticationOptions? authentication = null)
    {
        ArgumentNullException.ThrowIfNull(origins);
        origins.Validate();
        _serverPatterns = Parse(origins.AllowedOrigins);
        _allowMissingOrigin = origins.AllowMissingOrigin;
        _authenticators = authentication is null ? [] : [.. authentication.Authenticators];
        _createRule = CreateRule;
    }

    /// <inheritdoc />
    public bool IsAllowed(WebSocketOpenRequestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return IsAllowed(context.Request, context.Endpoint);
    }

    /// <summary>
    /// The same check read from the request head (the processor calls it when no application code needs the context):
    /// the <c>Origin</c> value is read from the head's bytes without a string when it is a single field.
    /// </summary>
    /// <param name="request">The request head.</param>
    /// <param name="endpoint">The selected endpoint, or null (the server-wide list applies).</param>
    internal bool IsAllowed(HttpRequestHead request, WebSocketEndpoint? endpoint)
    {
        ArgumentNullException.ThrowIfNull(request);
        var count = request.CountOf(KnownHeader.Origin);
        if (count == 0)
        {
            return _allowMissingOrigin;
        }

        if (count > 1)
        {
            return false; // two Origin fields: not something a browser sends
        }

        Span<char> buffer = stackalloc char[256];
        var origin = HttpChars.TrimWhitespace(
            request.TryGetSingle(KnownHeader.Origin, buffer, out var single) ? single : request.GetValue(KnownHeader.Origin));
        var rule = endpoint is not null ? _rules.GetOrAdd(endpoint, _createRule) : new EndpointRule(_serverPatterns, false);
        if (rule.RefuseAll)
        {
            return false;
        }

        if (rule.Patterns.Length > 0)
        {
            return MatchesAny(rule.Patterns, origin);
        }

        return !rule.RequireSameOrigin || IsSameOrigin(origin, request);
    }

    /// <summary>True when the origin's host and port equal the <c>Host</c> header's (ports defaulted by scheme).</summary>
    internal static bool IsSameOrigin(ReadOnlySpan<char> origin, WebSocketOpenRequestContext context) => IsSameOrigin(origin, context.Request);

    /// <summary>True when the origin's host and port equal the <c>Host</c> header's (ports defaulted by scheme).</summary>
    private static bool IsSameOrigin(ReadOnlySpan<char> origin, HttpRequestHead request)
    {
        if (!OriginParser.TryParse(origin, out _, out var originHost, out var originPort) || request.GetValue(KnownHeader.Host) is not { } hostHeader)
        {
            return false;
        }

        // A Host without a port means the default port of the scheme the client used; behind a TLS-terminating proxy the
        // server cannot tell which, so either default is taken (the host name still has to match exactly).
        if (!OriginParser.TryParseHostPort(hostHeader.AsSpan().Trim(), -1, out var host, out var port)
            || !string.Equals(host, originHost, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return port == originPort || (port < 0 && originPort is 80 or 443);
    }

    /// <summary>True when an allow-list applies to <paramref name="endpoint"/> and <paramref name="origin"/> is on it.</summary>
    internal bool IsListed(ReadOnlySpan<char> origin, WebSocketEndpoint endpoint)
    {
        var rule = _rules.GetOrAdd(endpoint, _createRule);
        return !rule.RefuseAll && rule.Patterns.Length > 0 && MatchesAny(rule.Patterns, origin);
    }

    private static bool MatchesAny(OriginPattern[] patterns, ReadOnlySpan<char> origin)
    {
        if (!OriginParser.TryParse(origin, out var scheme, out var host, out var port))
        {
            return false; // includes "null"
        }

        foreach (var pattern in patterns)
        {
            if (pattern.Matches(scheme, host, port))
            {
                return true;
            }
        }

        return false;
    }

    private static OriginPattern[] Parse(IEnumerable<string> entries)
    {
        var patterns = new List<OriginPattern>();
        foreach (var entry in entries)
        {
            if (OriginPattern.TryParse(entry, out var pattern, out _))
            {
                patterns.Add(pattern!);
            }
        }

        return [.. patterns];
    }

    private EndpointRule CreateRule(WebSocketEndpoint endpoint)
    {
        if (endpoint.AllowedOrigins.Count > 0)
        {
            var patterns = Parse(endpoint.AllowedOrigins);

            // Entries were validated at start; if all were malformed, nothing may match (fail closed), not everything.
            return patterns.Length > 0 ? new EndpointRule(patterns, false) : new EndpointRule([], true, RefuseAll: true);
        }

        if (_serverPatterns.Length > 0)
        {
            return new EndpointRule(_serverPatterns, false);
        }

        // Only an endpoint that requires authentication is same-origin by default: an open endpoint stays open to every
        // site, and the gate ignores ambient credentials from other sites there (AmbientCredentials).
        if (!endpoint.Authorization.RequiresAuthentication)
        {
            return new EndpointRule([], false);
        }

        foreach (var authenticator in ApplicableAuthenticators.For(_authenticators, endpoint.Authorization))
        {
            if (authenticator.UsesAmbientCredentials)
            {
                return new EndpointRule([], true);
            }
        }

        return new EndpointRule([], false);
    }

    private sealed record EndpointRule(OriginPattern[] Patterns, bool RequireSameOrigin, bool RefuseAll = false);
}
