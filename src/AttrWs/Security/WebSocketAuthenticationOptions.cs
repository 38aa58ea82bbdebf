using System.Security.Claims;
using AttrWs.Handshake;

namespace AttrWs.Security;

/// <summary>
/// The authenticators of a server, tried in registration order; the first that authenticates the caller wins.
/// <c>[Authorize(Schemes = "...")]</c> restricts an endpoint to some of them.
/// </summary>
public sealed class WebSocketAuthenticationOptions
{
    private readonly List<IWebSocketAuthenticator> _authenticators = [];

    /// <summary>The registered authenticators, in order.</summary>
    public IReadOnlyList<IWebSocketAuthenticator> Authenticators => _authenticators;

    /// <summary>Registers an authenticator.</summary>
    /// <param name="authenticator">The authenticator; its <see cref="IWebSocketAuthenticator.Scheme"/> must be a token, unique (case-insensitive).</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentException">The scheme is not a token, is already registered, or a challenge header is malformed.</exception>
    public WebSocketAuthenticationOptions Add(IWebSocketAuthenticator authenticator)
    {
        ArgumentNullException.ThrowIfNull(authenticator);
        var scheme = authenticator.Scheme;
        if (string.IsNullOrEmpty(scheme) || !HttpChars.IsToken(scheme))
        {
            throw new ArgumentException($"The authentication scheme '{scheme}' is not an HTTP token: use a name like 'Bearer' or 'ApiKey'.", nameof(authenticator));
        }

        if (Find(scheme) is not null)
        {
            throw new ArgumentException($"An authenticator with scheme '{scheme}' is already registered: give the second one another Scheme.", nameof(authenticator));
        }

        foreach (var (name, value) in authenticator.Challenges ?? [])
        {
            if (name is null || !HttpChars.IsToken(name) || value is null || !HttpChars.IsSafeFieldValue(value))
            {
                throw new ArgumentException($"The '{scheme}' authenticator has a malformed challenge header '{name}': names must be tokens and values free of CR/LF.", nameof(authenticator));
            }
        }

        _authenticators.Add(authenticator);
        return this;
    }

    /// <summary>Registers <see cref="BasicAuthenticator"/>.</summary>
    /// <param name="realm">The realm named in the challenge.</param>
    /// <param name="validate">Checks a user name and password; returns the caller, or null to refuse.</param>
    /// <returns>These options.</returns>
    public WebSocketAuthenticationOptions AddBasic(string realm, Func<string, string, ClaimsPrincipal?> validate)
        => Add(new BasicAuthenticator(realm, validate));

    /// <summary>Registers <see cref="BearerAuthenticator"/> with its defaults (header, <c>bearer.</c> subprotocol, <c>access_token</c> query).</summary>
    /// <param name="validate">Validates a token; returns the caller, or null to refuse.</param>
    /// <returns>These options.</returns>
    public WebSocketAuthenticationOptions AddBearer(Func<string, ClaimsPrincipal?> validate)
        => Add(new BearerAuthenticator(validate));

    /// <summary>Registers <see cref="CookieAuthenticator"/>.</summary>
    /// <param name="cookieName">The cookie's name.</param>
    /// <param name="validate">Validates the cookie's value; returns the caller, or null to refuse.</param>
    /// <returns>These options.</returns>
    public WebSocketAuthenticationOptions AddCookie(string cookieName, Func<string, ClaimsPrincipal?> validate)
        => Add(new CookieAuthenticator(cookieName, validate));

    /// <summary>The authenticator registered for <paramref name="scheme"/> (case-insensitive), or null.</summary>
    /// <param name="scheme">A scheme name.</param>
    /// <returns>The authenticator, or null.</returns>
    public IWebSocketAuthenticator? Find(string scheme)
    {
        foreach (var authenticator in _authenticators)
        {
            if (string.Equals(authenticator.Scheme, scheme, StringComparison.OrdinalIgnoreCase))
            {
                return authenticator;
            }
        }

        return null;
    }
}
