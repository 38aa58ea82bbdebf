namespace AttrWs;

/// <summary>
/// Requires an authenticated caller for the opening handshake of an endpoint (on a method) or of every endpoint
/// of a class. Requirements on the class and on the method combine: all must pass.
/// Unauthenticated callers get 401 with the authenticators' challenges; authenticated callers that fail a role or
/// policy get 403.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class AuthorizeAttribute : Attribute
{
    /// <summary>Creates a requirement that the caller is authenticated.</summary>
    public AuthorizeAttribute()
    {
    }

    /// <summary>Creates a requirement on a named policy.</summary>
    /// <param name="policy">The name of a policy registered in the server's authorization options.</param>
    public AuthorizeAttribute(string policy) => Policy = policy;

    /// <summary>The name of a policy registered in the server's authorization options.</summary>
    public string? Policy { get; set; }

    /// <summary>Comma-separated roles; the caller must be in at least one of them.</summary>
    public string? Roles { get; set; }

    /// <summary>
    /// Comma-separated authentication scheme names (e.g. <c>"Bearer,Cookie"</c>) that may authenticate the caller;
    /// empty means every registered authenticator.
    /// </summary>
    public string? Schemes { get; set; }
}

/// <summary>
/// Lets anonymous callers open the endpoint even when its class carries <see cref="AuthorizeAttribute"/>.
/// A method's <c>[AllowAnonymous]</c> overrides every <c>[Authorize]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class AllowAnonymousAttribute : Attribute
{
}
