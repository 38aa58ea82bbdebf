using System.Security.Claims;

namespace AttrWs.Security;

/// <summary>What an <see cref="IWebSocketAuthenticator"/> concluded about a request.</summary>
public sealed class WebSocketAuthenticationResult
{
    private WebSocketAuthenticationResult(WebSocketAuthenticationOutcome outcome, ClaimsPrincipal? principal, string? failureReason)
    {
        Outcome = outcome;
        Principal = principal;
        FailureReason = failureReason;
    }

    /// <summary>The request carries no credentials of this scheme.</summary>
    public static WebSocketAuthenticationResult NoResult { get; } = new(WebSocketAuthenticationOutcome.NoResult, null, null);

    /// <summary>What was concluded.</summary>
    public WebSocketAuthenticationOutcome Outcome { get; }

    /// <summary>The authenticated caller when <see cref="Outcome"/> is <see cref="WebSocketAuthenticationOutcome.Success"/>.</summary>
    public ClaimsPrincipal? Principal { get; }

    /// <summary>Why credentials were refused (for logs; never contains the credential), or null.</summary>
    public string? FailureReason { get; }

    /// <summary>The caller is authenticated.</summary>
    /// <param name="principal">The caller.</param>
    /// <returns>The result.</returns>
    public static WebSocketAuthenticationResult Success(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return new(WebSocketAuthenticationOutcome.Success, principal, null);
    }

    /// <summary>Credentials were presented but are invalid.</summary>
    /// <param name="reason">A short reason such as <c>invalid token</c>; never the credential itself.</param>
    /// <returns>The result.</returns>
    public static WebSocketAuthenticationResult Fail(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new(WebSocketAuthenticationOutcome.Failure, null, reason);
    }
}

/// <summary>The kinds of <see cref="WebSocketAuthenticationResult"/>.</summary>
public enum WebSocketAuthenticationOutcome
{
    /// <summary>No credentials of the scheme were presented.</summary>
    NoResult = 0,

    /// <summary>The caller is authenticated.</summary>
    Success = 1,

    /// <summary>Credentials were presented but refused.</summary>
    Failure = 2,
}
