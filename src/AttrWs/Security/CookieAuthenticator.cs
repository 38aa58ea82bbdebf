using System.Security.Claims;

namespace AttrWs.Security;

/// <summary>
/// Cookie authentication for the opening handshake: the value of one named cookie, checked by an application
/// validator (a session id look-up, a signed ticket). No challenge header: a client cannot answer a 401 with a cookie.
/// </summary>
/// <remarks>
/// Browsers attach cookies to WebSocket handshakes that any site's page starts (cross-site WebSocket hijacking):
/// endpoints that require authentication and that this authenticator applies to accept only same-origin pages unless
/// an origin allow-list applies (<see cref="WebSocketOriginOptions"/>, <see cref="WebSocketEndpointAttribute.AllowedOrigins"/>);
/// on endpoints without requirements the cookie does not identify a page of another site. Analyzer ATTRWS014 warns on
/// <c>[Authorize(Schemes = "Cookie")]</c> without <c>AllowedOrigins</c>.
/// </remarks>
public sealed class CookieAuthenticator : IWebSocketAuthenticator
{
    /// <summary>The default scheme name.</summary>
    public const string DefaultScheme = "Cookie";

    private readonly Func<string, WebSocketOpenRequestContext, CancellationToken, ValueTask<ClaimsPrincipal?>> _validate;

    /// <summary>Creates the authenticator.</summary>
    /// <param name="cookieName">The cookie's name (case-sensitive, an HTTP token).</param>
    /// <param name="validate">Validates the cookie's value; returns the caller, or null to refuse.</param>
    public CookieAuthenticator(string cookieName, Func<string, WebSocketOpenRequestContext, CancellationToken, ValueTask<ClaimsPrincipal?>> validate)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cookieName);
        ArgumentNullException.ThrowIfNull(validate);
        if (!Handshake.HttpChars.IsToken(cookieName))
        {
            throw new ArgumentException($"The cookie name '{cookieName}' is not an HTTP token.", nameof(cookieName));
        }

        CookieName = cookieName;
        _validate = validate;
    }

    /// <summary>Creates the authenticator with a synchronous validator.</summary>
    /// <param name="cookieName">The cookie's name.</param>
    /// <param name="validate">Validates the cookie's value; returns the caller, or null to refuse.</param>
    public CookieAuthenticator(string cookieName, Func<string, ClaimsPrincipal?> validate)
        : this(cookieName, Wrap(validate))
    {
    }

    /// <summary>The cookie's name.</summary>
    public string CookieName { get; }

    /// <inheritdoc />
    public string Scheme { get; init; } = DefaultScheme;

    /// <inheritdoc />
    public IReadOnlyList<KeyValuePair<string, string>> Challenges { get; } = [];

    /// <inheritdoc />
    public bool UsesAmbientCredentials => true;

    /// <inheritdoc />
    public async ValueTask<WebSocketAuthenticationResult> AuthenticateAsync(WebSocketOpenRequestContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var value = RequestCredentials.GetCookie(context.RequestHeaders, CookieName);
        if (value is null)
        {
            return WebSocketAuthenticationResult.NoResult;
        }

        if (value.Length == 0)
        {
            return WebSocketAuthenticationResult.Fail("empty cookie");
        }

        var principal = await _validate(value, context, cancellationToken).ConfigureAwait(false);
        return principal is null
            ? WebSocketAuthenticationResult.Fail("invalid cookie")
            : WebSocketAuthenticationResult.Success(principal);
    }

    private static Func<string, WebSocketOpenRequestContext, CancellationToken, ValueTask<ClaimsPrincipal?>> Wrap(Func<string, ClaimsPrincipal?> validate)
    {
        ArgumentNullException.ThrowIfNull(validate);
        return (value, _, _) => new(validate(value));
    }
}
