namespace AttrWs.Documentation;

/// <summary>What kind of credential an <see cref="AsyncApiSecurityScheme"/> describes.</summary>
public enum AsyncApiSecuritySchemeKind
{
    /// <summary>A value in a cookie (AsyncAPI <c>httpApiKey</c> in <c>cookie</c>).</summary>
    Cookie = 0,

    /// <summary>A bearer token in the <c>Authorization</c> header (AsyncAPI <c>http</c>, scheme <c>bearer</c>).</summary>
    Bearer = 1,

    /// <summary>A token in a query parameter (AsyncAPI <c>httpApiKey</c> in <c>query</c>).</summary>
    QueryToken = 2,

    /// <summary>A user name and password in the <c>Authorization</c> header (AsyncAPI <c>http</c>, scheme <c>basic</c>).</summary>
    Basic = 3,
}

/// <summary>
/// One way to authenticate: an entry of <c>components.securitySchemes</c>, tied to the authentication scheme name that
/// <c>[Authorize(Schemes = ...)]</c> refers to (several entries may share one scheme, e.g. a bearer token in the header
/// or in the query). Create one with <see cref="Cookie"/>, <see cref="Bearer"/>, <see cref="QueryToken"/> or <see cref="Basic"/>.
/// </summary>
public sealed record AsyncApiSecurityScheme
{
    private AsyncApiSecurityScheme(string scheme, AsyncApiSecuritySchemeKind kind, string? parameterName)
    {
        ArgumentException.ThrowIfNullOrEmpty(scheme);
        Scheme = scheme;
        Kind = kind;
        ParameterName = parameterName;
    }

    /// <summary>The authentication scheme name (<c>[Authorize(Schemes = ...)]</c>, the authenticator's or ASP.NET Core's scheme).</summary>
    public string Scheme { get; }

    /// <summary>The kind of credential.</summary>
    public AsyncApiSecuritySchemeKind Kind { get; }

    /// <summary>The cookie's or query parameter's name; null for <see cref="AsyncApiSecuritySchemeKind.Bearer"/> and <see cref="AsyncApiSecuritySchemeKind.Basic"/>.</summary>
    public string? ParameterName { get; }

    /// <summary>A description (CommonMark), or null for the default sentence of the kind.</summary>
    public string? Description { get; init; }

    /// <summary>For <see cref="AsyncApiSecuritySchemeKind.Bearer"/>: a hint of the token format (e.g. <c>JWT</c>), or null.</summary>
    public string? BearerFormat { get; init; }

    /// <summary>A value in the cookie <paramref name="cookieName"/>.</summary>
    /// <param name="scheme">The authentication scheme name.</param>
    /// <param name="cookieName">The cookie's name.</param>
    /// <returns>The scheme.</returns>
    public static AsyncApiSecurityScheme Cookie(string scheme, string cookieName)
    {
        ArgumentException.ThrowIfNullOrEmpty(cookieName);
        return new AsyncApiSecurityScheme(scheme, AsyncApiSecuritySchemeKind.Cookie, cookieName);
    }

    /// <summary>A bearer token in the <c>Authorization</c> header.</summary>
    /// <param name="scheme">The authentication scheme name.</param>
    /// <returns>The scheme.</returns>
    public static AsyncApiSecurityScheme Bearer(string scheme) => new(scheme, AsyncApiSecuritySchemeKind.Bearer, null);

    /// <summary>A token in the query parameter <paramref name="parameterName"/> (browsers cannot set headers on a WebSocket).</summary>
    /// <param name="scheme">The authentication scheme name.</param>
    /// <param name="parameterName">The query parameter's name, e.g. <c>access_token</c>.</param>
    /// <returns>The scheme.</returns>
    public static AsyncApiSecurityScheme QueryToken(string scheme, string parameterName)
    {
        ArgumentException.ThrowIfNullOrEmpty(parameterName);
        return new AsyncApiSecurityScheme(scheme, AsyncApiSecuritySchemeKind.QueryToken, parameterName);
    }

    /// <summary>HTTP Basic authentication.</summary>
    /// <param name="scheme">The authentication scheme name.</param>
    /// <returns>The scheme.</returns>
    public static AsyncApiSecurityScheme Basic(string scheme) => new(scheme, AsyncApiSecuritySchemeKind.Basic, null);
}
