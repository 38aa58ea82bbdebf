namespace AttrWs.Security;

/// <summary>
/// Decides whether the caller of an opening handshake may open an endpoint that requires authorization
/// (<see cref="EndpointAuthorization.RequiresAuthentication"/>). The seam the <c>[Authorize]</c> support plugs into.
/// </summary>
internal interface IHandshakeAuthorizer
{
    /// <summary>Authenticates the caller and checks the endpoint's requirements.</summary>
    /// <param name="context">The handshake so far (headers, route values, offered subprotocols).</param>
    /// <param name="endpoint">The endpoint being opened.</param>
    /// <param name="cancellationToken">Cancelled when the handshake is abandoned.</param>
    /// <returns>Allowed (with the principal), unauthenticated (with challenges) or forbidden.</returns>
    ValueTask<HandshakeAuthorizationResult> AuthorizeAsync(
        WebSocketOpenRequestContext context,
        WebSocketEndpoint endpoint,
        CancellationToken cancellationToken);

    /// <summary>
    /// True when <see cref="AuthorizeAsync"/> should also run for endpoints without requirements (or with
    /// <c>[AllowAnonymous]</c>), so that callers who present credentials are identified there too
    /// (<see cref="WebSocketSession.User"/>). Such an authorizer must allow anonymous callers of those endpoints.
    /// Default: false (only endpoints that require authentication are authorized).
    /// </summary>
    bool AuthorizesEveryEndpoint => false;

    /// <summary>
    /// True when an offered subprotocol is a credential (such as <c>bearer.&lt;token&gt;</c>) rather than a protocol:
    /// the processor removes it from <see cref="WebSocketOpenRequestContext.OfferedSubProtocols"/> before negotiation,
    /// so it is never selected nor echoed back. Default: none is.
    /// </summary>
    /// <param name="offered">One offered subprotocol.</param>
    /// <returns>True to remove it from the offers.</returns>
    bool IsCredentialSubProtocol(string offered) => false;
}
