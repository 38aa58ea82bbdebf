using System.Collections.Concurrent;
using System.Security.Claims;
using AttrWs.Handshake;

namespace AttrWs.Security;

/// <summary>
/// The <c>[Authorize]</c> gate (DESIGN §3 rows 10-11): authenticates the caller with the endpoint's applicable
/// authenticators, then checks every requirement of the endpoint (class-level and method-level alike; roles: the
/// caller is in at least one; policies: each named one allows). Not authenticated: 401 with the challenges of the
/// applicable authenticators. Authenticated but refused: 403. <c>[AllowAnonymous]</c> wins over every requirement.
/// </summary>
/// <remarks>
/// On endpoints without requirements the gate still authenticates, so a caller who presents valid credentials gets
/// <see cref="WebSocketSession.User"/>; invalid or missing credentials there are not an error. There, credentials a
/// browser attaches on its own (<see cref="IWebSocketAuthenticator.UsesAmbientCredentials"/>) identify only requests
/// without an <c>Origin</c>, from the same origin, or from an origin on an allow-list that applies to the endpoint.
/// The standalone server installs the gate from <see cref="WebSocketServerOptions"/>; other hosts can create one.
/// </remarks>
internal sealed class WebSocketAuthorizationGate : IHandshakeAuthorizer
{
    private readonly IWebSocketAuthenticator[] _authenticators;
    private readonly WebSocketAuthorizationOptions _authorization;
    private readonly ConcurrentDictionary<WebSocketEndpoint, IWebSocketAuthenticator[]> _applicable = new();

    /// <summary>Creates the gate (the authenticator list is copied: registrations after this are not seen).</summary>
    /// <param name="authentication">The authenticators.</param>
    /// <param name="authorization">The named policies.</param>
    public WebSocketAuthorizationGate(WebSocketAuthenticationOptions authentication, WebSocketAuthorizationOptions authorization)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        ArgumentNullException.ThrowIfNull(authorization);
        _authenticators = [.. authentication.Authenticators];
        _authorization = authorization;
    }

    /// <summary>
    /// The server's origin policy, whose allow-lists decide (besides same-origin) which pages ambient credentials may
    /// identify on endpoints without requirements; null: same-origin pages only.
    /// </summary>
    internal WebSocketOriginPolicy? OriginPolicy { get; set; }

    /// <inheritdoc />
    public bool AuthorizesEveryEndpoint => _authenticators.Length > 0;

    /// <inheritdoc />
    public bool IsCredentialSubProtocol(string offered)
    {
        foreach (var authenticator in _authenticators)
        {
            if (authenticator.IsCredentialSubProtocol(offered))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public async ValueTask<HandshakeAuthorizationResult> AuthorizeAsync(WebSocketOpenRequestContext context, WebSocketEndpoint endpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(endpoint);
        var authorization = endpoint.Authorization;
        var applicable = _applicable.GetOrAdd(endpoint, static (e, all) => ApplicableAuthenticators.For(all, e.Authorization), _authenticators);

        ClaimsPrincipal? user = null;
        var refused = false;
        var ambientTrusted = authorization.RequiresAuthentication || AmbientCredentials.AreTrusted(context, endpoint, OriginPolicy);
        foreach (var authenticator in applicable)
        {
            if (!ambientTrusted && authenticator.UsesAmbientCredentials)
            {
                continue; // an open endpoint, a page of another site: anonymous, whatever the browser attached
            }

            var result = await authenticator.AuthenticateAsync(context, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"The '{authenticator.Scheme}' authenticator returned null; return WebSocketAuthenticationResult.NoResult instead.");
            if (result.Outcome == WebSocketAuthenticationOutcome.Success)
            {
                user = result.Principal;
                break;
            }

            refused |= result.Outcome == WebSocketAuthenticationOutcome.Failure;
        }

        if (!authorization.RequiresAuthentication)
        {
            return HandshakeAuthorizationResult.Allowed(user);
        }

        if (user is null)
        {
            return HandshakeAuthorizationResult.Unauthenticated(Challenges(applicable), refused ? "Invalid credentials." : null);
        }

        foreach (var requirement in authorization.Requirements)
        {
            if (requirement.Roles.Count > 0 && !IsInAnyRole(user, requirement.Roles))
            {
                return HandshakeAuthorizationResult.Forbidden();
            }

            if (requirement.Policy is { Length: > 0 } name)
            {
                // An unknown policy cannot happen after start-up validation; if it does, refuse (fail closed).
                if (!_authorization.TryGetPolicy(name, out var policy)
                    || !await policy(user, context, cancellationToken).ConfigureAwait(false))
                {
                    return HandshakeAuthorizationResult.Forbidden();
                }
            }
        }

        return HandshakeAuthorizationResult.Allowed(user);
    }

    private static bool IsInAnyRole(ClaimsPrincipal user, IReadOnlyList<string> roles)
    {
        foreach (var role in roles)
        {
            var trimmed = role.Trim();
            if (trimmed.Length > 0 && user.IsInRole(trimmed))
            {
                return true;
            }
        }

        return false;
    }

    private static List<KeyValuePair<string, string>> Challenges(IWebSocketAuthenticator[] applicable)
    {
        var challenges = new List<KeyValuePair<string, string>>(applicable.Length);
        foreach (var authenticator in applicable)
        {
            challenges.AddRange(authenticator.Challenges);
        }

        return challenges;
    }
}
