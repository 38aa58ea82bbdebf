using System.Globalization;
using System.Text;

namespace AttrWs.Security;

/// <summary>
/// Checks, when the server starts, that every endpoint's security settings can be satisfied: every named policy is
/// registered, every endpoint that requires authentication has an authenticator for its schemes, every per-endpoint
/// origin entry is well-formed. A mistake here would otherwise surface as every caller being refused at run time.
/// </summary>
internal static class SecurityStartupValidator
{
    /// <summary>Validates the endpoints against the options; throws one exception listing every problem.</summary>
    /// <param name="endpoints">Every endpoint the server serves.</param>
    /// <param name="authentication">The registered authenticators.</param>
    /// <param name="authorization">The registered policies.</param>
    /// <exception cref="InvalidOperationException">Some endpoint cannot be satisfied; the message names it (name and template) and says how to fix it.</exception>
    public static void Validate(IReadOnlyList<WebSocketEndpoint> endpoints, WebSocketAuthenticationOptions authentication, WebSocketAuthorizationOptions authorization)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(authentication);
        ArgumentNullException.ThrowIfNull(authorization);
        var problems = new StringBuilder();
        foreach (var endpoint in endpoints)
        {
            CheckEndpoint(endpoint, authentication, authorization, problems);
        }

        if (problems.Length > 0)
        {
            throw new InvalidOperationException("The server cannot start: the security settings of some endpoints cannot be satisfied." + problems);
        }
    }

    /// <summary>
    /// Validates only the per-endpoint origin entries: for a host whose own authorizer owns policies and schemes
    /// (ASP.NET Core), where AttrWs authenticators and policies do not apply.
    /// </summary>
    internal static void ValidateOrigins(IReadOnlyList<WebSocketEndpoint> endpoints)
    {
        var problems = new StringBuilder();
        foreach (var endpoint in endpoints)
        {
            CheckOrigins(endpoint, $"Endpoint '{endpoint.Name}' ({endpoint.Template})", problems);
        }

        if (problems.Length > 0)
        {
            throw new InvalidOperationException("The server cannot start: the security settings of some endpoints cannot be satisfied." + problems);
        }
    }

    private static void CheckOrigins(WebSocketEndpoint endpoint, string name, StringBuilder problems)
    {
        for (var i = 0; i < endpoint.AllowedOrigins.Count; i++)
        {
            if (!OriginPattern.TryParse(endpoint.AllowedOrigins[i], out _, out var error))
            {
                problems.Append('\n').Append(CultureInfo.InvariantCulture, $"{name} allows origin '{endpoint.AllowedOrigins[i]}', which is not valid: {error}.");
            }
        }
    }

    private static void CheckEndpoint(WebSocketEndpoint endpoint, WebSocketAuthenticationOptions authentication, WebSocketAuthorizationOptions authorization, StringBuilder problems)
    {
        var name = $"Endpoint '{endpoint.Name}' ({endpoint.Template})";
        CheckOrigins(endpoint, name, problems);

        var requirements = endpoint.Authorization;
        if (!requirements.RequiresAuthentication)
        {
            return;
        }

        foreach (var requirement in requirements.Requirements)
        {
            if (requirement.Policy is { Length: > 0 } policy && !authorization.TryGetPolicy(policy, out _))
            {
                problems.Append('\n').Append(
                    CultureInfo.InvariantCulture,
                    $"{name} requires policy '{policy}', which is not registered: register it before StartAsync with " +
                    $"options.Security.Authorization.AddPolicy(\"{policy}\", (user, request) => ...).");
            }
        }

        if (authentication.Authenticators.Count == 0)
        {
            problems.Append('\n').Append(
                $"{name} requires an authenticated caller, but no authenticator is registered: add one before StartAsync with " +
                "options.Security.Authentication.AddBasic(...), AddBearer(...), AddCookie(...) or Add(IWebSocketAuthenticator).");
        }
        else if (ApplicableAuthenticators.For(authentication.Authenticators, requirements).Length == 0)
        {
            var registered = new List<string>();
            foreach (var authenticator in authentication.Authenticators)
            {
                registered.Add(authenticator.Scheme);
            }

            problems.Append('\n').Append(
                $"{name} accepts only the schemes {ApplicableAuthenticators.DescribeSchemes(requirements)} (every [Authorize] must allow the scheme), " +
                $"but no registered authenticator has one of them (registered: {string.Join(", ", registered)}): register an authenticator " +
                "with such a Scheme, or change [Authorize(Schemes = ...)].");
        }
    }
}
