using System.Security.Claims;
using AttrWs.Handshake;

namespace AttrWs.Security;

/// <summary>
/// Bearer tokens (RFC 6750) for the opening handshake, checked by an application validator. The token is read from,
/// in order: <c>Authorization: Bearer &lt;token&gt;</c>; a subprotocol <c>bearer.&lt;token&gt;</c> (browsers cannot set
/// headers but can offer subprotocols; the token is removed from the offers and never echoed back); the
/// <c>access_token</c> query parameter. Challenge: <c>WWW-Authenticate: Bearer</c>.
/// </summary>
/// <remarks>Tokens in the query or in a subprotocol are redacted from the server's logs (<see cref="SecretRedactor"/>).</remarks>
public sealed class BearerAuthenticator : IWebSocketAuthenticator
{
    /// <summary>The default scheme name.</summary>
    public const string DefaultScheme = "Bearer";

    /// <summary>The default subprotocol prefix that carries a token.</summary>
    public const string DefaultSubProtocolPrefix = "bearer.";

    /// <summary>The default query parameter that carries a token.</summary>
    public const string DefaultQueryParameter = "access_token";

    private readonly Func<string, WebSocketOpenRequestContext, CancellationToken, ValueTask<ClaimsPrincipal?>> _validate;

    /// <summary>Creates the authenticator.</summary>
    /// <param name="validate">Validates a token (signature, expiry, audience); returns the caller, or null to refuse.</param>
    public BearerAuthenticator(Func<string, WebSocketOpenRequestContext, CancellationToken, ValueTask<ClaimsPrincipal?>> validate)
    {
        ArgumentNullException.ThrowIfNull(validate);
        _validate = validate;
    }

    /// <summary>Creates the authenticator with a synchronous validator.</summary>
    /// <param name="validate">Validates a token; returns the caller, or null to refuse.</param>
    public BearerAuthenticator(Func<string, ClaimsPrincipal?> validate)
        : this(Wrap(validate))
    {
    }

    /// <inheritdoc />
    public string Scheme { get; init; } = DefaultScheme;

    /// <summary>Whether a token may come from the query (<see cref="QueryParameter"/>). Default true: browsers need it.</summary>
    public bool AllowQueryToken { get; init; } = true;

    /// <summary>The query parameter that carries a token. Default <c>access_token</c>.</summary>
    public string QueryParameter { get; init; } = DefaultQueryParameter;

    /// <summary>
    /// The subprotocol prefix that carries a token (case-insensitive). Default <c>bearer.</c>; null turns subprotocol
    /// tokens off. The rest of the subprotocol is the token, so it must be made of token characters (base64url is).
    /// </summary>
    public string? SubProtocolPrefix { get; init; } = DefaultSubProtocolPrefix;

    /// <inheritdoc />
    public IReadOnlyList<KeyValuePair<string, string>> Challenges { get; } = [new("WWW-Authenticate", "Bearer")];

    /// <inheritdoc />
    public bool IsCredentialSubProtocol(string offered)
        => SubProtocolPrefix is { Length: > 0 } prefix
            && offered is not null
            && offered.Length > prefix.Length
            && offered.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public async ValueTask<WebSocketAuthenticationResult> AuthenticateAsync(WebSocketOpenRequestContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var token = RequestCredentials.GetAuthorization(context.RequestHeaders, "Bearer");
        if (token is null && SubProtocolPrefix is { Length: > 0 } prefix)
        {
            token = RequestCredentials.GetSubProtocolCredential(context.RequestHeaders, prefix);
        }

        if (token is null && AllowQueryToken)
        {
            token = RequestCredentials.GetQueryParameter(context.Query, QueryParameter);
        }

        if (token is null)
        {
            return WebSocketAuthenticationResult.NoResult;
        }

        if (token.Length == 0 || !HttpChars.IsSafeFieldValue(token))
        {
            return WebSocketAuthenticationResult.Fail("malformed token");
        }

        var principal = await _validate(token, context, cancellationToken).ConfigureAwait(false);
        return principal is null
            ? WebSocketAuthenticationResult.Fail("invalid token")
            : WebSocketAuthenticationResult.Success(principal);
    }

    private static Func<string, WebSocketOpenRequestContext, CancellationToken, ValueTask<ClaimsPrincipal?>> Wrap(Func<string, ClaimsPrincipal?> validate)
    {
        ArgumentNullException.ThrowIfNull(validate);
        return (token, _, _) => new(validate(token));
    }
}
