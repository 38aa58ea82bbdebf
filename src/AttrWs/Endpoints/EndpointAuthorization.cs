namespace AttrWs;

/// <summary>The authorization requirements of an endpoint, combined from its class and method attributes.</summary>
public sealed class EndpointAuthorization
{
    /// <summary>No requirement: anyone may connect.</summary>
    public static EndpointAuthorization None { get; } = new([], allowAnonymous: false);

    /// <summary>Creates the requirements.</summary>
    /// <param name="requirements">Every <c>[Authorize]</c> on the class and the method; all must pass.</param>
    /// <param name="allowAnonymous">True when <c>[AllowAnonymous]</c> applies: it overrides every requirement.</param>
    public EndpointAuthorization(IReadOnlyList<AuthorizationRequirement> requirements, bool allowAnonymous)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        Requirements = requirements;
        AllowAnonymous = allowAnonymous;
    }

    /// <summary>Every <c>[Authorize]</c> that applies (class-level first, then method-level).</summary>
    public IReadOnlyList<AuthorizationRequirement> Requirements { get; }

    /// <summary>True when <c>[AllowAnonymous]</c> applies.</summary>
    public bool AllowAnonymous { get; }

    /// <summary>True when the caller must be authenticated (some requirement applies and anonymous access is not allowed).</summary>
    public bool RequiresAuthentication => !AllowAnonymous && Requirements.Count > 0;
}

/// <summary>One <c>[Authorize]</c> attribute: authenticated, plus optional policy, roles and schemes.</summary>
public sealed class AuthorizationRequirement
{
    /// <summary>Creates a requirement.</summary>
    public AuthorizationRequirement(string? policy = null, IReadOnlyList<string>? roles = null, IReadOnlyList<string>? schemes = null)
    {
        Policy = policy;
        Roles = roles ?? [];
        Schemes = schemes ?? [];
    }

    /// <summary>A named policy, or null.</summary>
    public string? Policy { get; }

    /// <summary>Roles; the caller must be in at least one. Empty: no role requirement.</summary>
    public IReadOnlyList<string> Roles { get; }

    /// <summary>Authentication schemes that may authenticate the caller. Empty: any.</summary>
    public IReadOnlyList<string> Schemes { get; }
}
