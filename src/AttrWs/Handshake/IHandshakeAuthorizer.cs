namespace AttrWs.Handshake;

/// <summary>
/// Decides whether the caller of an opening handshake may open an endpoint that requires authorization
/// (<see cref="EndpointAuthorization.RequiresAuthentication"/>). The seam the <c>[Authorize]</c> support plugs into.
/// </summary>
public interface IHandshakeAuthorizer
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
}
