using AttrWs.Security;

namespace AttrWs.Documentation;

/// <summary>
/// What <see cref="AsyncApiDocument"/> cannot read from the endpoint map: the document's <c>info</c> (title, version,
/// description), the servers clients connect to, and how callers authenticate (the security schemes).
/// </summary>
public sealed class AsyncApiOptions
{
    /// <summary>The API's title (<c>info.title</c>). Default <c>WebSocket API</c>.</summary>
    public string Title { get; set; } = "WebSocket API";

    /// <summary>The API's own version (<c>info.version</c>), not AsyncAPI's. Default <c>1.0.0</c>.</summary>
    public string Version { get; set; } = "1.0.0";

    /// <summary>A description of the API (<c>info.description</c>, CommonMark), or null.</summary>
    public string? Description { get; set; }

    /// <summary>The servers clients connect to (<c>servers</c>), in document order. Empty: the document names none.</summary>
    public IList<AsyncApiServer> Servers { get; } = [];

    /// <summary>
    /// How callers authenticate, in document order (<c>components.securitySchemes</c>). An endpoint that requires
    /// authentication lists the schemes its <c>[Authorize(Schemes = ...)]</c> allows (all of them when it names none);
    /// anonymous endpoints list none. Fill it by hand (the ASP.NET Core host's schemes) or with <see cref="AddSecuritySchemes"/>.
    /// </summary>
    public IList<AsyncApiSecurityScheme> SecuritySchemes { get; } = [];

    /// <summary>
    /// Adds the security schemes of the standalone server's authenticators: <see cref="CookieAuthenticator"/> (an API key
    /// in a cookie), <see cref="BearerAuthenticator"/> (HTTP bearer, plus an API key in the query when it accepts query
    /// tokens) and <see cref="BasicAuthenticator"/> (HTTP basic). Other authenticators have no AsyncAPI equivalent AttrWs
    /// can infer: add an <see cref="AsyncApiSecurityScheme"/> for them by hand.
    /// </summary>
    /// <param name="authentication">The server's authentication options (<c>WebSocketServerOptions.Security.Authentication</c>).</param>
    /// <returns>These options.</returns>
    public AsyncApiOptions AddSecuritySchemes(WebSocketAuthenticationOptions authentication)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        foreach (var authenticator in authentication.Authenticators)
        {
            switch (authenticator)
            {
                case CookieAuthenticator cookie:
                    SecuritySchemes.Add(AsyncApiSecurityScheme.Cookie(cookie.Scheme, cookie.CookieName));
                    break;
                case BearerAuthenticator bearer:
                    SecuritySchemes.Add(AsyncApiSecurityScheme.Bearer(bearer.Scheme) with
                    {
                        Description = bearer.SubProtocolPrefix is { Length: > 0 } prefix
                            ? "A bearer token in the Authorization header, or offered as the subprotocol '" + prefix + "<token>' (never echoed back)."
                            : "A bearer token in the Authorization header.",
                    });
                    if (bearer.AllowQueryToken)
                    {
                        SecuritySchemes.Add(AsyncApiSecurityScheme.QueryToken(bearer.Scheme, bearer.QueryParameter));
                    }

                    break;
                case BasicAuthenticator basic:
                    SecuritySchemes.Add(AsyncApiSecurityScheme.Basic(basic.Scheme) with { Description = "HTTP Basic authentication, realm '" + basic.Realm + "'." });
                    break;
            }
        }

        return this;
    }
}

/// <summary>A server clients connect to: an entry of the document's <c>servers</c>.</summary>
public sealed record AsyncApiServer
{
    /// <summary>Creates a server entry.</summary>
    /// <param name="name">The key in <c>servers</c> (letters, digits, <c>.</c>, <c>-</c>, <c>_</c>), e.g. <c>production</c>.</param>
    /// <param name="host">Host name and optional port, e.g. <c>chat.example.com</c> or <c>127.0.0.1:5000</c>.</param>
    /// <param name="protocol"><c>ws</c> or <c>wss</c> (TLS).</param>
    /// <exception cref="ArgumentException">A name with other characters, an empty host, or another protocol.</exception>
    public AsyncApiServer(string name, string host, string protocol = "wss")
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(host);
        ArgumentException.ThrowIfNullOrEmpty(protocol);
        if (!AsyncApiNames.IsKey(name))
        {
            throw new ArgumentException($"The server name '{name}' must be made of letters, digits, '.', '-' and '_'.", nameof(name));
        }

        if (host.Contains('/', StringComparison.Ordinal) || host.Contains(' ', StringComparison.Ordinal))
        {
            throw new ArgumentException($"The host '{host}' must be a host name with an optional port (put a path in Pathname).", nameof(host));
        }

        if (protocol is not ("ws" or "wss"))
        {
            throw new ArgumentException($"The protocol '{protocol}' must be 'ws' or 'wss'.", nameof(protocol));
        }

        Name = name;
        Host = host;
        Protocol = protocol;
    }

    /// <summary>The key in <c>servers</c>.</summary>
    public string Name { get; }

    /// <summary>Host name and optional port.</summary>
    public string Host { get; }

    /// <summary><c>ws</c> or <c>wss</c>.</summary>
    public string Protocol { get; }

    /// <summary>
    /// A path prefix in front of every channel address (<c>pathname</c>), e.g. <c>/realtime</c> when the app is mapped under
    /// a path base; null for none.
    /// </summary>
    public string? Pathname { get; init; }

    /// <summary>A description of the server (CommonMark), or null.</summary>
    public string? Description { get; init; }
}
