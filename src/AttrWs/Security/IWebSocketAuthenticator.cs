namespace AttrWs.Security;

/// <summary>
/// Identifies the caller of an opening handshake from its request (a header, the query, a cookie, a subprotocol token).
/// Register authenticators with <see cref="WebSocketAuthenticationOptions.Add"/>; <c>[Authorize(Schemes = "...")]</c>
/// restricts which of them apply to an endpoint.
/// </summary>
/// <remarks>
/// An authenticator returns <see cref="WebSocketAuthenticationResult.NoResult"/> when the request carries none of its
/// credentials, so that another authenticator may try; a failure when credentials are present but wrong. It must not
/// throw for malformed input: an exception answers 500 (the server keeps serving) and is logged.
/// </remarks>
public interface IWebSocketAuthenticator
{
    /// <summary>The scheme name <c>[Authorize(Schemes = "...")]</c> refers to (an HTTP token, e.g. <c>Bearer</c>).</summary>
    string Scheme { get; }

    /// <summary>
    /// The challenge header fields this authenticator adds to a 401 (e.g. <c>WWW-Authenticate: Basic realm="chat"</c>);
    /// empty for schemes a client cannot answer with a header (cookies).
    /// </summary>
    IReadOnlyList<KeyValuePair<string, string>> Challenges { get; }

    /// <summary>
    /// True when a browser attaches these credentials by itself, even to requests a page from another site makes:
    /// cookies, Basic/Digest/Negotiate/NTLM credentials it replays from its cache, TLS client certificates. Endpoints
    /// that require authentication and that such an authenticator applies to accept only a same-origin <c>Origin</c>
    /// when no origin allow-list applies to them; on endpoints without requirements, it does not identify a page of
    /// another site (cross-site WebSocket hijacking). Default: false (credentials the client sends explicitly, such as
    /// bearer tokens in a header, the query or a subprotocol).
    /// </summary>
    bool UsesAmbientCredentials => false;

    /// <summary>True when an offered subprotocol carries this authenticator's credential; it is then removed from the offers.</summary>
    /// <param name="offered">One offered subprotocol.</param>
    /// <returns>True for a credential (never echoed back, never selected). Default: false.</returns>
    bool IsCredentialSubProtocol(string offered) => false;

    /// <summary>Authenticates the caller.</summary>
    /// <param name="context">The handshake request (headers, query, offered subprotocols, connection).</param>
    /// <param name="cancellationToken">Cancelled when the handshake is abandoned.</param>
    /// <returns>A principal, no result (no credentials of this scheme), or a failure.</returns>
    ValueTask<WebSocketAuthenticationResult> AuthenticateAsync(WebSocketOpenRequestContext context, CancellationToken cancellationToken);
}
