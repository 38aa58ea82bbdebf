namespace AttrWs.Security;

/// <summary>
/// The server-wide origin policy (DESIGN §3 row 9, §6). A browser always sends <c>Origin</c> with a WebSocket
/// handshake, so checking it is what stops another site's page from opening a connection with the user's cookies
/// (cross-site WebSocket hijacking). A refused origin answers 403.
/// </summary>
/// <remarks>
/// Which rule applies to an endpoint, first match wins:
/// <list type="number">
/// <item>the endpoint's own <see cref="WebSocketEndpoint.AllowedOrigins"/>, when it has some;</item>
/// <item>else <see cref="AllowedOrigins"/>, when it has some;</item>
/// <item>else, when the endpoint requires authentication and an authenticator whose credentials a browser attaches on
/// its own (<see cref="IWebSocketAuthenticator.UsesAmbientCredentials"/>: cookies, Basic, Digest, Negotiate, client
/// certificates) applies to it: same origin only (the <c>Origin</c>'s host and port equal the <c>Host</c> header's);</item>
/// <item>else any origin (endpoints without requirements, or authenticated only by explicit credentials such as bearer
/// tokens).</item>
/// </list>
/// On an endpoint without requirements, a page whose origin is neither same-origin nor on an applicable allow-list is
/// let in as an anonymous caller: ambient credentials it carries are not used to identify it.
/// A request without <c>Origin</c> (non-browser clients) is governed by <see cref="AllowMissingOrigin"/> alone.
/// <c>Origin: null</c> (sandboxed frames, local files) never matches an entry and is never same-origin.
/// </remarks>
public sealed class WebSocketOriginOptions
{
    /// <summary>
    /// Allowed origins: exact (<c>https://app.example.com</c>; scheme, host and port; case-insensitive) or subdomain
    /// wildcards (<c>https://*.example.com</c> matches <c>https://a.example.com</c>, not <c>https://example.com</c>).
    /// Empty (the default): no server-wide list.
    /// </summary>
    public IList<string> AllowedOrigins { get; } = new List<string>();

    /// <summary>
    /// Whether a handshake without an <c>Origin</c> header is allowed. Default true: non-browser clients send none,
    /// and browsers always send one, so a missing origin is never a browser page on another site.
    /// </summary>
    public bool AllowMissingOrigin { get; set; } = true;

    /// <summary>Adds allowed origins.</summary>
    /// <param name="origins">Entries as described on <see cref="AllowedOrigins"/>.</param>
    /// <returns>These options.</returns>
    public WebSocketOriginOptions Allow(params string[] origins)
    {
        ArgumentNullException.ThrowIfNull(origins);
        foreach (var origin in origins)
        {
            AllowedOrigins.Add(origin);
        }

        return this;
    }

    internal void Validate()
    {
        for (var i = 0; i < AllowedOrigins.Count; i++)
        {
            var valid = OriginPattern.TryParse(AllowedOrigins[i], out _, out var error);
            Server.OptionsCheck.Check(valid, $"Security.Origins.AllowedOrigins[{i}] ('{AllowedOrigins[i]}') is not a valid origin: {error}.");
        }
    }
}
