using System.Security.Claims;

namespace AttrWs.Security;

/// <summary>The outcome of <see cref="IHandshakeAuthorizer.AuthorizeAsync"/>.</summary>
internal sealed class HandshakeAuthorizationResult
{
    private static readonly HandshakeAuthorizationResult AllowedAnonymous = new(HandshakeAuthorizationOutcome.Allowed, null, [], null);

    private HandshakeAuthorizationResult(
        HandshakeAuthorizationOutcome outcome,
        ClaimsPrincipal? user,
        IReadOnlyList<KeyValuePair<string, string>> challenges,
        string? reason)
    {
        Outcome = outcome;
        User = user;
        Challenges = challenges;
        Reason = reason;
    }

    /// <summary>What was decided.</summary>
    public HandshakeAuthorizationOutcome Outcome { get; }

    /// <summary>The authenticated user when allowed, or null.</summary>
    public ClaimsPrincipal? User { get; }

    /// <summary>Challenge headers for a 401 (e.g. <c>WWW-Authenticate: Basic realm="chat"</c>).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Challenges { get; }

    /// <summary>A one-line reason for the response body, or null for the default.</summary>
    public string? Reason { get; }

    /// <summary>The caller may open the endpoint.</summary>
    /// <param name="user">The authenticated user, if any.</param>
    public static HandshakeAuthorizationResult Allowed(ClaimsPrincipal? user = null) =>
        user is null ? AllowedAnonymous : new(HandshakeAuthorizationOutcome.Allowed, user, [], null);

    /// <summary>The caller is not authenticated: 401 with these challenge headers.</summary>
    /// <param name="challenges">Header fields such as <c>WWW-Authenticate</c>; names must be tokens, values free of CR/LF.</param>
    /// <param name="reason">A one-line body reason, or null for the default.</param>
    public static HandshakeAuthorizationResult Unauthenticated(IReadOnlyList<KeyValuePair<string, string>>? challenges = null, string? reason = null) =>
        new(HandshakeAuthorizationOutcome.Unauthenticated, null, challenges ?? [], reason);

    /// <summary>The caller is authenticated but not allowed: 403.</summary>
    /// <param name="reason">A one-line body reason, or null for the default.</param>
    public static HandshakeAuthorizationResult Forbidden(string? reason = null) =>
        new(HandshakeAuthorizationOutcome.Forbidden, null, [], reason);
}

/// <summary>The kinds of <see cref="HandshakeAuthorizationResult"/>.</summary>
internal enum HandshakeAuthorizationOutcome
{
    /// <summary>The caller may open the endpoint.</summary>
    Allowed = 0,

    /// <summary>The caller is not authenticated (401).</summary>
    Unauthenticated = 1,

    /// <summary>The caller is authenticated but not allowed (403).</summary>
    Forbidden = 2,
}
