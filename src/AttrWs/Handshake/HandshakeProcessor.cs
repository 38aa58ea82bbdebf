using System.Net.WebSockets;
using AttrWs.Routing;
using AttrWs.Security;

namespace AttrWs.Handshake;

/// <summary>
/// The sans-I/O handshake core: turns a parsed request head into a <see cref="HandshakeDecision"/> by running the
/// decision table in order (method, route, upgrade headers, version, key, host, origin, authorization,
/// subprotocol, open-request hook). Hosts do the I/O; both hosts drive this one class, so behaviour is identical.
/// </summary>
/// <remarks>
/// <see cref="ProcessAsync"/> never throws for any request: application code that throws becomes a 500. When the
/// authorizer and the hook are absent or complete synchronously no async state machine is allocated.
/// What was decided before the hook is read-only on the context; the rules the hook's choices must follow are checked
/// against the processor's own copy of the request (offers, negotiated subprotocol, endpoint), never against the context.
/// Every rejection detail handed to <see cref="WebSocketHandshakeOptions.OnRejected"/> passes through a <see cref="SecretRedactor"/>.
/// </remarks>
internal sealed partial class HandshakeProcessor
{
    private readonly HandshakeSettings _options;
    private readonly IWebSocketRouteTable[] _routeTables;
    private readonly string[] _allowedHosts;
    private readonly SecretRedactor _redactor;

    /// <summary>
    /// Creates the processor a host runs with, exactly as the standalone server does: validates the options, checks every
    /// endpoint's security settings, and builds the authorization gate, the origin policy and the log redactor from
    /// <see cref="WebSocketServerOptions.Security"/>. The options are read, never changed.
    /// </summary>
    /// <param name="options">The options (<see cref="WebSocketServerOptions.Limits"/>, <see cref="WebSocketServerOptions.Handshake"/>, <see cref="WebSocketServerOptions.Security"/>).</param>
    /// <param name="routeTables">The routing tables, consulted in order; the first match wins.</param>
    /// <exception cref="InvalidOperationException">An option is invalid, or an endpoint's security settings cannot be satisfied.</exception>
    public HandshakeProcessor(WebSocketServerOptions options, IReadOnlyList<IWebSocketRouteTable> routeTables)
        : this(options, routeTables, Build(options, routeTables))
    {
    }

    private HandshakeProcessor(WebSocketServerOptions options, IReadOnlyList<IWebSocketRouteTable> routeTables, HandshakeSecurity security)
        : this(HandshakeSettings.From(options, security.Authorizer, security.OriginPolicy), routeTables, security.Redactor)
    {
    }

    /// <summary>Creates a processor that redacts rejection details with a default <see cref="SecretRedactor"/>.</summary>
    /// <param name="options">The handshake settings (validated by the options they came from).</param>
    /// <param name="routeTables">The routing tables, consulted in order; the first match wins.</param>
    internal HandshakeProcessor(HandshakeSettings options, IReadOnlyList<IWebSocketRouteTable> routeTables)
        : this(options, routeTables, new SecretRedactor())
    {
    }

    /// <summary>Creates a processor.</summary>
    /// <param name="options">The handshake settings (validated by the options they came from).</param>
    /// <param name="routeTables">The routing tables, consulted in order; the first match wins.</param>
    /// <param name="redactor">Masks secrets in every rejection detail reported to <see cref="WebSocketHandshakeOptions.OnRejected"/>.</param>
    internal HandshakeProcessor(HandshakeSettings options, IReadOnlyList<IWebSocketRouteTable> routeTables, SecretRedactor redactor)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(routeTables);
        ArgumentNullException.ThrowIfNull(redactor);
        _options = options;
        _redactor = redactor;
        _allowedHosts = [.. options.AllowedHosts]; // a snapshot: the list is mutable and requests read it concurrently
        _routeTables = new IWebSocketRouteTable[routeTables.Count];
        for (var i = 0; i < routeTables.Count; i++)
        {
            _routeTables[i] = routeTables[i] ?? throw new ArgumentException("A route table is null.", nameof(routeTables));
        }
    }

    /// <summary>The settings this processor runs with.</summary>
    internal HandshakeSettings Options => _options;

    /// <summary>The redactor of rejection details; hosts use it for their own log lines too.</summary>
    internal SecretRedactor Redactor => _redactor;

    private static HandshakeSecurity Build(WebSocketServerOptions options, IReadOnlyList<IWebSocketRouteTable> routeTables)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(routeTables);
        options.Validate();
        var endpoints = new List<WebSocketEndpoint>();
        foreach (var table in routeTables)
        {
            endpoints.AddRange(table?.Endpoints ?? []);
        }

        return HandshakeSecurity.Build(options.Security, endpoints);
    }

    /// <summary>Decides the handshake for a parsed request.</summary>
    /// <param name="request">The request head.</param>
    /// <param name="connection">The connection it arrived on.</param>
    /// <param name="cancellationToken">
    /// Cancelled when the host abandons the handshake (timeout, stop, client gone); passed to the authorizer and the hook.
    /// Application code that throws <see cref="OperationCanceledException"/> once it fired yields a
    /// <see cref="HandshakeRejectReason.HandshakeTimeout"/> rejection, not a 500.
    /// </param>
    /// <returns>The decision: accept (101) or a rejection.</returns>
    public ValueTask<HandshakeDecision> ProcessAsync(HttpRequestHead request, WebSocketConnectionInfo connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(connection);
        try
        {
            return ProcessCore(request, connection, cancellationToken);
        }
#pragma warning disable CA1031 // The processor's contract is to never throw for a request: any fault becomes a 500.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return new(Fail(RejectionDetails.Before(HandshakeRejectReason.ApplicationError, connection.ConnectionId) with { LogDetail = "Unexpected failure while processing the handshake.", Exception = exception }));
        }
    }

    /// <summary>Builds a rejection for a failure the host detected (parse error, server busy, timeout) and reports it.</summary>
    /// <param name="reason">The reason.</param>
    /// <param name="detail">A one-line body reason, or null for the table's default.</param>
    /// <param name="connectionId">The connection's id, when known (for the rejection notification).</param>
    /// <param name="headers">
    /// Extra response headers (e.g. <c>Retry-After</c> for <see cref="HandshakeRejectReason.ServerBusy"/>); a header the
    /// status requires replaces the table's default value. Names and values must be valid: hosts pass their own constants.
    /// </param>
    /// <returns>The rejection decision.</returns>
    public HandshakeDecision Reject(HandshakeRejectReason reason, string? detail, string? connectionId = null, HttpHeaderCollection? headers = null)
    {
        if (reason == HandshakeRejectReason.None)
        {
            throw new ArgumentOutOfRangeException(nameof(reason), reason, "HandshakeRejectReason.None is not a rejection.");
        }

        return Fail(RejectionDetails.Before(reason, connectionId) with { Body = detail, Headers = headers });
    }

    private ValueTask<HandshakeDecision> ProcessCore(HttpRequestHead request, WebSocketConnectionInfo connection, CancellationToken cancellationToken)
    {
        var connectionId = connection.ConnectionId;

        // Row 3: method.
        if (!string.Equals(request.Method, "GET", StringComparison.Ordinal))
        {
            return new(Fail(RejectionDetails.Before(HandshakeRejectReason.MethodNotAllowed, connectionId)));
        }

        // Row 4: route, before the upgrade headers so an unknown path is a 404 whatever else is wrong.
        // The decided headers are read from the head's bytes into this buffer: no strings for what is only compared.
        Span<char> scratch = stackalloc char[256];
        var routed = request.TryGetPath(scratch, out var path) ? TryRoute(path, out var match) : TryRoute(request.Path, out match);
        if (!routed)
        {
            return new(Fail(RejectionDetails.Before(HandshakeRejectReason.NotFound, connectionId)));
        }

        var defaultEndpoint = match.Route.Endpoints[0];

        // Row 5: Upgrade and Connection.
        if (request.CountOf(KnownHeader.Upgrade) == 0)
        {
            return new(Fail(RejectionDetails.Before(HandshakeRejectReason.UpgradeRequired, connectionId, defaultEndpoint)));
        }

        if (!ContainsToken(request, KnownHeader.Upgrade, "websocket", scratch))
        {
            return new(Fail(RejectionDetails.Before(HandshakeRejectReason.BadUpgradeHeaders, connectionId, defaultEndpoint) with { Body = "The Upgrade header must include 'websocket'." }));
        }

        if (!ContainsToken(request, KnownHeader.Connection, "upgrade", scratch))
        {
            return new(Fail(RejectionDetails.Before(HandshakeRejectReason.BadUpgradeHeaders, connectionId, defaultEndpoint) with { Body = "The Connection header must include 'upgrade'." }));
        }

        // Row 6: version (exactly one field, so a single value or nothing). A parsed head's bytes are compared as they are.
        if (!(request.TryGetSingleBytes(KnownHeader.SecWebSocketVersion, out var versionBytes)
                ? "13"u8.SequenceEqual(versionBytes)
                : request.TryGetSingle(KnownHeader.SecWebSocketVersion, scratch, out var version) && version.SequenceEqual("13")))
        {
            return new(Fail(RejectionDetails.Before(HandshakeRejectReason.UnsupportedVersion, connectionId, defaultEndpoint)));
        }

        // Row 7: key (exactly one field; a valid key is 24 characters, so a longer value fails here too).
        if (!(request.TryGetSingleBytes(KnownHeader.SecWebSocketKey, out var keyBytes)
                ? AcceptKey.IsValidKey(keyBytes)
                : request.TryGetSingle(KnownHeader.SecWebSocketKey, scratch, out var key) && AcceptKey.IsValidKey(key)))
        {
            return new(Fail(RejectionDetails.Before(HandshakeRejectReason.BadKey, connectionId, defaultEndpoint)));
        }

        // Row 8: host allow-list (the Host value is materialised only when there is a list to check it against).
        if (_allowedHosts.Length > 0 && !HostAllowList.IsAllowed(_allowedHosts, request.GetValue(KnownHeader.Host)))
        {
            return new(Fail(RejectionDetails.Before(HandshakeRejectReason.HostNotAllowed, connectionId, defaultEndpoint)));
        }

        // The subprotocol picks the endpoint among those sharing the template, so it is read before the origin policy
        // and authorization (which depend on the endpoint); a failed selection is reported at row 12, after them.
        IReadOnlyList<string> offered = [];
        if (request.CountOf(KnownHeader.SecWebSocketProtocol) > 0 && !SubProtocolNegotiator.TryReadOffers(request.Headers, out offered))
        {
            return new(Fail(RejectionDetails.Before(HandshakeRejectReason.BadUpgradeHeaders, connectionId, defaultEndpoint) with { Body = "Sec-WebSocket-Protocol must be a comma-separated list of tokens." }));
        }

        // Credentials sent as subprotocols (bearer.<token>) leave the offers before negotiation: never selected, never echoed.
        if (_options.Authorizer is { } credentialFilter)
        {
            offered = WithoutCredentials(offered, credentialFilter);
        }

        var selected = SubProtocolNegotiator.TrySelect(match.Route, offered, out var endpoint, out var subProtocol);
        endpoint ??= defaultEndpoint;
        if (!RunsApplicationCode(endpoint))
        {
            // Nothing outside the core reads the context: it is made only for a rejection or when someone asks.
            return new(DecideWithoutApplicationCode(request, connection, match, endpoint, selected, subProtocol, offered));
        }

        // Handed out as read-only views; the processor checks the hook against its own list of what the client offered.
        var context = WebSocketOpenRequestContext.Create(request, connection, endpoint, match.Values, subProtocol, offered, null);
        var state = new HandshakeState(context, match.Route, selected, offered, cancellationToken);

        // Row 9: origin policy (per endpoint, so after the subprotocol picked it).
        if (_options.OriginPolicy is { } originPolicy && !IsOriginAllowed(originPolicy, state))
        {
            return new(Fail(RejectionDetails.After(HandshakeRejectReason.OriginNotAllowed, context)));
        }

        // Rows 10-11: authorization. An authorizer may also ask to identify callers of open endpoints.
        if (endpoint.Authorization.RequiresAuthentication || _options.Authorizer is { AuthorizesEveryEndpoint: true })
        {
            if (_options.Authorizer is not { } authorizer)
            {
                return new(Fail(RejectionDetails.After(HandshakeRejectReason.Unauthenticated, context) with { Body = "Authentication required, but no authenticator is configured on the server." }));
            }

            ValueTask<HandshakeAuthorizationResult> pending;
            try
            {
                pending = authorizer.AuthorizeAsync(context, endpoint, cancellationToken);
            }
#pragma warning disable CA1031 // Application code: a throw becomes a 500, never escapes the processor.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                return new(ApplicationFailed(state, "The authorizer threw.", exception));
            }

            if (!pending.IsCompletedSuccessfully)
            {
                return AwaitAuthorizationAsync(pending, state);
            }

            if (ApplyAuthorization(pending.Result, state) is { } rejected)
            {
                return new(rejected);
            }
        }

        return AfterAuthorization(state);
    }

    /// <summary>
    /// True when application code sees the context before the decision: a custom origin policy, an authorizer for this
    /// endpoint, or the open-request hook. The built-in origin policy reads the head itself.
    /// </summary>
    private bool RunsApplicationCode(WebSocketEndpoint endpoint) =>
        _options.OnOpenRequest is not null
        || (_options.OriginPolicy is not null and not WebSocketOriginPolicy)
        || endpoint.Authorization.RequiresAuthentication
        || _options.Authorizer is { AuthorizesEveryEndpoint: true };

    /// <summary>
    /// Rows 9-14 when no application code runs: the built-in origin policy (row 9), the subprotocol (row 12), deflate,
    /// and the accept, in the same order and with the same outcomes as the general path (whose hook checks have
    /// nothing to check without a hook). A rejection makes the context the general path would have made.
    /// </summary>
    private HandshakeDecision DecideWithoutApplicationCode(
        HttpRequestHead request, WebSocketConnectionInfo connection, in RouteMatch match, WebSocketEndpoint endpoint, bool selected, string? subProtocol, IReadOnlyList<string> offered)
    {
        if (_options.OriginPolicy is WebSocketOriginPolicy originPolicy && !IsOriginAllowed(originPolicy, request, endpoint))
        {
            return Fail(RejectionDetails.After(HandshakeRejectReason.OriginNotAllowed, WebSocketOpenRequestContext.Create(request, connection, endpoint, match.Values, subProtocol, offered, null)));
        }

        if (!selected)
        {
            return NoAcceptableSubProtocol(match.Route, WebSocketOpenRequestContext.Create(request, connection, endpoint, match.Values, subProtocol, offered, null));
        }

        WebSocketDeflateOptions? deflateOptions = null;
        string? extensions = null;
        if (TryNegotiateDeflate(endpoint, request, out var deflate))
        {
            deflateOptions = deflate.ToOptions();
            extensions = deflate.ToResponseValue();
        }

        return HandshakeDecision.Accept(request, connection, endpoint, match.Values, subProtocol, offered, deflateOptions, extensions);
    }

    private async ValueTask<HandshakeDecision> AwaitAuthorizationAsync(ValueTask<HandshakeAuthorizationResult> pending, HandshakeState state)
    {
        HandshakeAuthorizationResult result;
        try
        {
            result = await pending.ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Application code: a throw becomes a 500, never escapes the processor.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return ApplicationFailed(state, "The authorizer threw.", exception);
        }

        return ApplyAuthorization(result, state) ?? await AfterAuthorization(state).ConfigureAwait(false);
    }

    private ValueTask<HandshakeDecision> AfterAuthorization(HandshakeState state)
    {
        var context = state.Context;

        // Row 12: subprotocol.
        if (!state.SubProtocolSelected)
        {
            return new(NoAcceptableSubProtocol(state.Route, context));
        }

        NegotiateDeflate(state);

        // Row 13: the open-request hook. Its checks run even without a hook: an authorizer may have touched the context.
        if (_options.OnOpenRequest is not { } hook)
        {
            return AfterHook(state);
        }

        ValueTask pending;
        try
        {
            pending = hook(context, state.CancellationToken);
        }
#pragma warning disable CA1031 // Application code: a throw becomes a 500, never escapes the processor.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return new(ApplicationFailed(state, "The OnOpenRequest hook threw.", exception));
        }

        return pending.IsCompletedSuccessfully ? AfterHook(state) : AwaitHookAsync(pending, state);
    }

    private async ValueTask<HandshakeDecision> AwaitHookAsync(ValueTask pending, HandshakeState state)
    {
        try
        {
            await pending.ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Application code: a throw becomes a 500, never escapes the processor.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return ApplicationFailed(state, "The OnOpenRequest hook threw.", exception);
        }

        return await AfterHook(state).ConfigureAwait(false);
    }

    /// <summary>True when some element of any field named <paramref name="header"/> is <paramref name="token"/> (case-insensitive).</summary>
    private static bool ContainsToken(HttpRequestHead request, KnownHeader header, string token, Span<char> scratch)
    {
        if (!request.TryGetSingle(header, scratch, out var rest))
        {
            // Absent, repeated or long: the general reader over the materialised fields.
            return request.CountOf(header) > 0 && HeaderTokenizer.ContainsToken(request.Headers, KnownHeaderNames.NameOf(header), token);
        }

        while (HeaderTokenizer.TryReadElement(ref rest, out var element))
        {
            if (element.Equals(token, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool TryRoute(ReadOnlySpan<char> path, out RouteMatch match)
    {
        foreach (var table in _routeTables)
        {
            if (table.TryMatch(path, out match))
            {
                return true;
            }
        }

        match = default;
        return false;
    }

    /// <summary>Row 12's rejection: none of the client's subprotocols is one the route supports.</summary>
    private HandshakeDecision NoAcceptableSubProtocol(WebSocketRoute route, WebSocketOpenRequestContext context) =>
        Fail(RejectionDetails.After(HandshakeRejectReason.NoAcceptableSubProtocol, context)
            with { Body = "No acceptable subprotocol; supported: " + SubProtocolNegotiator.DescribeSupported(route) + "." });

    /// <summary>
    /// permessage-deflate for the endpoint, when it allows it and the client offers acceptable parameters. The head's
    /// header collection is read only for an endpoint that allows deflate (reading it materialises every header).
    /// </summary>
    private bool TryNegotiateDeflate(WebSocketEndpoint endpoint, HttpRequestHead request, out DeflateNegotiation deflate)
    {
        deflate = default;
        return DeflateNegotiator.IsEnabled(endpoint, _options) && DeflateNegotiator.TryNegotiate(request.Headers, _options, out deflate);
    }

    /// <summary>Row 9 with the built-in policy, read from the head (a throw is treated as a refusal, fail closed).</summary>
    private static bool IsOriginAllowed(WebSocketOriginPolicy policy, HttpRequestHead request, WebSocketEndpoint endpoint)
    {
        try
        {
            return policy.IsAllowed(request, endpoint);
        }
#pragma warning disable CA1031 // A broken policy must refuse, never let a request through or crash the processor.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    /// <summary>Row 9: asks the origin policy (application code: a throw is treated as a refusal, fail closed).</summary>
    private static bool IsOriginAllowed(IHandshakeOriginPolicy policy, HandshakeState state)
    {
        try
        {
            return policy.IsAllowed(state.Context);
        }
#pragma warning disable CA1031 // A broken policy must refuse, never let a request through or crash the processor.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    private static IReadOnlyList<string> WithoutCredentials(IReadOnlyList<string> offered, IHandshakeAuthorizer authorizer)
    {
        List<string>? kept = null;
        for (var i = 0; i < offered.Count; i++)
        {
            if (authorizer.IsCredentialSubProtocol(offered[i]))
            {
                if (kept is null)
                {
                    kept = new List<string>(offered.Count);
                    for (var j = 0; j < i; j++)
                    {
                        kept.Add(offered[j]);
                    }
                }
            }
            else
            {
                kept?.Add(offered[i]);
            }
        }

        return kept ?? offered;
    }

    /// <summary>What the steps after routing share, so the async continuations need one object, not many.</summary>
    private sealed class HandshakeState(
        WebSocketOpenRequestContext context,
        WebSocketRoute route,
        bool subProtocolSelected,
        IReadOnlyList<string> offered,
        CancellationToken cancellationToken)
    {
        public WebSocketOpenRequestContext Context { get; } = context;

        /// <summary>What the client offered (credentials removed): the processor's own list, never handed out.</summary>
        public IReadOnlyList<string> Offered { get; } = offered;

        public CancellationToken CancellationToken { get; } = cancellationToken;

        public WebSocketRoute Route { get; } = route;

        public bool SubProtocolSelected { get; } = subProtocolSelected;

        public DeflateNegotiation? Deflate { get; set; }

        public string? NegotiatedSubProtocol { get; } = context.SubProtocol;
    }
}
