using AttrWs.Routing;
using AttrWs.Security;

namespace AttrWs.Handshake;

/// <summary>The processor's outcomes: applying the authorizer's and the hook's answers, accepting, rejecting.</summary>
internal sealed partial class HandshakeProcessor
{
    /// <summary>Headers only the server writes: an application value would contradict or corrupt the response framing.</summary>
    private static readonly string[] ServerOwnedHeaders =
    [
        KnownHeaderNames.Upgrade,
        KnownHeaderNames.Connection,
        KnownHeaderNames.SecWebSocketAccept,
        KnownHeaderNames.SecWebSocketProtocol,
        KnownHeaderNames.SecWebSocketExtensions,
        KnownHeaderNames.ContentLength,
        KnownHeaderNames.TransferEncoding,
        "Content-Type",
    ];

    /// <returns>A rejection, or null when the caller is allowed (the principal is then on the context).</returns>
    private HandshakeDecision? ApplyAuthorization(HandshakeAuthorizationResult? result, HandshakeState state)
    {
        var context = state.Context;
        switch (result?.Outcome)
        {
            case HandshakeAuthorizationOutcome.Allowed:
                context.User = result.User;
                return null;
            case HandshakeAuthorizationOutcome.Unauthenticated:
                var challenges = new HttpHeaderCollection(result.Challenges.Count + 1);
                foreach (var (name, value) in result.Challenges)
                {
                    if (ValidateApplicationHeader(name, value) is { } problem)
                    {
                        return InvalidResponse(state, "The authorizer returned an invalid challenge header: " + problem);
                    }

                    challenges.Add(name, value);
                }

                return Fail(RejectionDetails.After(HandshakeRejectReason.Unauthenticated, context) with { Body = OneLine(result.Reason), Headers = challenges });
            case HandshakeAuthorizationOutcome.Forbidden:
                return Fail(RejectionDetails.After(HandshakeRejectReason.Forbidden, context) with { Body = OneLine(result.Reason) });
            default:
                return InvalidResponse(state, "The authorizer returned no result.");
        }
    }

    /// <summary>Row 13: applies what the application set on the context (status, headers, subprotocol), validating all of it.</summary>
    private ValueTask<HandshakeDecision> AfterHook(HandshakeState state)
    {
        var context = state.Context;
        var status = context.StatusCode;
        if (status != 101 && status is < 200 or > 599)
        {
            return new(InvalidResponse(state, $"The OnOpenRequest hook set status code {status}: use 101 to accept or a code in 200-599 to reject (RFC 9110)."));
        }

        var responseHeaders = context.ResponseHeadersIfAny;
        for (var i = 0; i < (responseHeaders?.Count ?? 0); i++)
        {
            var (name, value) = responseHeaders![i];
            if (ValidateApplicationHeader(name, value) is { } problem)
            {
                return new(InvalidResponse(state, "The OnOpenRequest hook added an invalid response header: " + problem));
            }
        }

        if (status != 101)
        {
            var reason = OneLine(context.RejectionReason) ?? HandshakeRejections.Get(HandshakeRejectReason.RejectedByApplication).ReasonText;
            return new(Fail(RejectionDetails.After(HandshakeRejectReason.RejectedByApplication, context) with { Body = reason, Headers = responseHeaders, Status = status }));
        }

        var protocol = context.SubProtocol;
        if (string.Equals(protocol, state.NegotiatedSubProtocol, StringComparison.Ordinal))
        {
            return new(Accept(state));
        }

        // Checked against the processor's own copy of the request's offers, never a list the hook could reach.
        if (protocol is not null && SubProtocolNegotiator.IndexOf(state.Offered, protocol) < 0)
        {
            return new(InvalidResponse(state, $"The OnOpenRequest hook selected subprotocol '{protocol}', which the client did not offer."));
        }

        // The method that runs always matches the 101: the subprotocol picks the method among those sharing the template.
        var current = state.Context.Endpoint!;
        var serving = Serves(current, protocol) ? current : FindServing(state.Route, protocol);
        if (serving is null)
        {
            return new(InvalidResponse(
                state,
                protocol is null
                    ? $"The OnOpenRequest hook selected no subprotocol, but no method on '{state.Route.Template}' accepts a handshake without one."
                    : $"The OnOpenRequest hook selected subprotocol '{protocol}', which no method on '{state.Route.Template}' serves."));
        }

        return ReferenceEquals(serving, current) ? new(Accept(state)) : SwitchEndpointAsync(state, serving);
    }

    /// <summary>
    /// The hook selected a subprotocol a sibling method serves: that method runs, so its own checks (origin policy, the
    /// gate, deflate mode) decide, exactly as if the client had picked it. The hook does not run again.
    /// </summary>
    private async ValueTask<HandshakeDecision> SwitchEndpointAsync(HandshakeState state, WebSocketEndpoint endpoint)
    {
        var context = state.Context;
        context.Endpoint = endpoint;
        context.User = null;
        if (_options.OriginPolicy is { } originPolicy && !IsOriginAllowed(originPolicy, state))
        {
            return Fail(RejectionDetails.After(HandshakeRejectReason.OriginNotAllowed, context));
        }

        if (endpoint.Authorization.RequiresAuthentication || _options.Authorizer is { AuthorizesEveryEndpoint: true })
        {
            if (_options.Authorizer is not { } authorizer)
            {
                return Fail(RejectionDetails.After(HandshakeRejectReason.Unauthenticated, context) with { Body = "Authentication required, but no authenticator is configured on the server." });
            }

            HandshakeAuthorizationResult result;
            try
            {
                result = await authorizer.AuthorizeAsync(context, endpoint, state.CancellationToken).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Application code: a throw becomes a 500, never escapes the processor.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                return ApplicationFailed(state, "The authorizer threw.", exception);
            }

            if (ApplyAuthorization(result, state) is { } rejected)
            {
                return rejected;
            }
        }

        state.Deflate = null;
        context.DeflateOptions = null;
        NegotiateDeflate(state);
        return Accept(state);
    }

    private static bool Serves(WebSocketEndpoint endpoint, string? protocol) => protocol is null
        ? endpoint.SubProtocols.Count == 0 || endpoint.AllowMissingSubProtocol
        : SubProtocolNegotiator.IndexOf(endpoint.SubProtocols, protocol) >= 0;

    private static WebSocketEndpoint? FindServing(WebSocketRoute route, string? protocol)
    {
        foreach (var endpoint in route.Endpoints)
        {
            if (Serves(endpoint, protocol))
            {
                return endpoint;
            }
        }

        return null;
    }

    private void NegotiateDeflate(HandshakeState state)
    {
        if (TryNegotiateDeflate(state.Context.Endpoint!, state.Context.Request, out var deflate))
        {
            state.Deflate = deflate;
            state.Context.DeflateOptions = deflate.ToOptions();
        }
    }

    private static HandshakeDecision Accept(HandshakeState state)
    {
        var context = state.Context;
        string? extensions = null;
        if (state.Deflate is { } deflate)
        {
            // A fresh copy: the response describes exactly what was negotiated.
            context.DeflateOptions = deflate.ToOptions();
            extensions = deflate.ToResponseValue();
        }
        else
        {
            context.DeflateOptions = null;
        }

        return HandshakeDecision.Accept(context, extensions);
    }

    /// <returns>Null when the header may be sent; otherwise what is wrong with it.</returns>
    private static string? ValidateApplicationHeader(string? name, string? value)
    {
        if (name is null || !HttpChars.IsToken(name))
        {
            return $"the name '{name}' is not a token.";
        }

        if (value is null || !HttpChars.IsSafeFieldValue(value))
        {
            return $"the value of '{name}' contains CR, LF, NUL or another control or non-Latin-1 character.";
        }

        foreach (var owned in ServerOwnedHeaders)
        {
            if (string.Equals(name, owned, StringComparison.OrdinalIgnoreCase))
            {
                return $"'{name}' is set by the server.";
            }
        }

        return null;
    }

    /// <summary>Turns an application-supplied reason into one safe line of body text (null stays null).</summary>
    private static string? OneLine(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!text.AsSpan().ContainsAnyInRange('\0', '\u001F'))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] < ' ' ? ' ' : source[i];
            }
        });
    }

    private HandshakeDecision InvalidResponse(HandshakeState state, string detail) =>
        Fail(RejectionDetails.After(HandshakeRejectReason.InvalidApplicationResponse, state.Context) with { LogDetail = detail });

    private HandshakeDecision ApplicationFailed(HandshakeState state, string detail, Exception exception) =>
        exception is OperationCanceledException && state.CancellationToken.IsCancellationRequested
            // The host abandoned the handshake (timeout, stop, client gone) and the application honoured the token.
            ? Fail(RejectionDetails.After(HandshakeRejectReason.HandshakeTimeout, state.Context) with { LogDetail = "The handshake was abandoned (timeout, server stop or client gone) while application code ran." })
            : Fail(RejectionDetails.After(HandshakeRejectReason.ApplicationError, state.Context) with { LogDetail = detail, Exception = exception });

    /// <summary>Builds a rejection from the table and reports it to <see cref="WebSocketHandshakeOptions.OnRejected"/>.</summary>
    /// <param name="rejection">The reason, where it happened and what the row adds.</param>
    private HandshakeDecision Fail(in RejectionDetails rejection)
    {
        var reason = rejection.Reason;
        var extraHeaders = rejection.Headers;
        var entry = HandshakeRejections.Get(reason);
        var status = rejection.Status != 0 ? rejection.Status : entry.StatusCode;
        var text = rejection.Body ?? entry.ReasonText;
        var headers = new HttpHeaderCollection((extraHeaders?.Count ?? 0) + 1);
        // A caller-supplied value of the status's required header (e.g. the server's own Retry-After) replaces the table's default.
        if (entry.HeaderName is not null && entry.HeaderValue is not null && extraHeaders?.Contains(entry.HeaderName) != true)
        {
            headers.Add(entry.HeaderName, entry.HeaderValue);
        }

        if (extraHeaders is not null)
        {
            foreach (var (name, value) in extraHeaders)
            {
                headers.Add(name, value);
            }
        }

        // Details may quote what the client sent (a selected 'bearer.<token>'): nothing secret leaves here.
        var detail = _redactor.RedactText(rejection.LogDetail ?? text);
        var decision = HandshakeDecision.Rejection(status, reason, text, headers, rejection.Context, rejection.Endpoint, rejection.Exception, detail);
        if (_options.OnRejected is { } notify)
        {
            try
            {
                notify(new HandshakeRejection(reason, status, rejection.Endpoint?.Name, rejection.ConnectionId, detail, rejection.Exception));
            }
#pragma warning disable CA1031 // A logging callback must not turn a rejection into a crash.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }

        return decision;
    }
}
