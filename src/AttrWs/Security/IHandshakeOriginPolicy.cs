namespace AttrWs.Security;

/// <summary>
/// Decides whether the <c>Origin</c> of an opening handshake may open the matched endpoint (DESIGN §3 row 9).
/// The seam the origin allow-lists plug into; a refusal answers 403 (<see cref="Handshake.HandshakeRejectReason.OriginNotAllowed"/>).
/// </summary>
internal interface IHandshakeOriginPolicy
{
    /// <summary>Checks the request's <c>Origin</c> against the policy that applies to its endpoint.</summary>
    /// <param name="context">
    /// The handshake so far: <see cref="WebSocketOpenRequestContext.Origin"/>, <see cref="WebSocketOpenRequestContext.Host"/>,
    /// the selected <see cref="WebSocketOpenRequestContext.Endpoint"/> and the connection.
    /// </param>
    /// <returns>True when the origin is allowed.</returns>
    bool IsAllowed(WebSocketOpenRequestContext context);
}
