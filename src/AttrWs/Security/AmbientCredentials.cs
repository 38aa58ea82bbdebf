using AttrWs.Handshake;

namespace AttrWs.Security;

/// <summary>
/// When credentials a browser attaches on its own (<see cref="IWebSocketAuthenticator.UsesAmbientCredentials"/>: cookies,
/// Basic/Digest/Negotiate replayed from its cache, client certificates) may identify the caller of an endpoint that does
/// not require authentication. Such an endpoint is open to pages of any site, but a page of another site must arrive
/// there as an anonymous caller: otherwise it would act with the user's identity (cross-site WebSocket hijacking).
/// </summary>
internal static class AmbientCredentials
{
    /// <summary>
    /// True when the request carries no <c>Origin</c> (not a browser page), or one <c>Origin</c> that is same-origin or
    /// on the allow-list that applies to <paramref name="endpoint"/>.
    /// </summary>
    /// <param name="context">The handshake request.</param>
    /// <param name="endpoint">The endpoint being opened.</param>
    /// <param name="policy">The server's origin policy, for its allow-lists; null: same-origin only.</param>
    public static bool AreTrusted(WebSocketOpenRequestContext context, WebSocketEndpoint endpoint, WebSocketOriginPolicy? policy)
    {
        var headers = context.RequestHeaders;
        var index = headers.IndexOf(KnownHeaderNames.Origin, 0);
        if (index < 0)
        {
            return true;
        }

        if (headers.IndexOf(KnownHeaderNames.Origin, index + 1) >= 0)
        {
            return false;
        }

        var origin = HttpChars.TrimWhitespace(headers[index].Value);
        return WebSocketOriginPolicy.IsSameOrigin(origin, context) || (policy is not null && policy.IsListed(origin, endpoint));
    }
}
