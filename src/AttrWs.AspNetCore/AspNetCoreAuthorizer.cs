using AttrWs.Handshake;
using AttrWs.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AttrWs.AspNetCore;

/// <summary>
/// Rows 10-11 of the decision table on ASP.NET Core: the endpoint's <c>[Authorize]</c> requirements become an
/// <see cref="AuthorizationPolicy"/> (the app's named policies, roles and schemes) evaluated by the app's
/// <see cref="IPolicyEvaluator"/>. The handler challenges or forbids through the schemes when this says so.
/// Runs per endpoint (inside the core), so a sibling method picked by the subprotocol is authorized with its own rules.
/// </summary>
/// <param name="everyEndpoint">
/// Whether open endpoints are authorized too: only when the open-request hook runs, so that it sees an authenticated
/// caller's <see cref="WebSocketOpenRequestContext.User"/>. Otherwise, as ASP.NET Core's authorization middleware skips
/// endpoints without authorization metadata, an open endpoint's handshake runs no authorization (the core's path without
/// application code) and the host gives the session the caller that authentication found (<see cref="AuthenticatedUser"/>).
/// </param>
internal sealed class AspNetCoreAuthorizer(bool everyEndpoint) : IHandshakeAuthorizer
{
    private static readonly AsyncLocal<HttpContext?> CurrentContext = new();

    /// <summary>Where the handler finds the policy that failed, to challenge or forbid with its schemes.</summary>
    internal static readonly object FailedPolicyKey = new();

    /// <summary>Open endpoints too when the hook runs (it sees an authenticated caller of an open endpoint as the session will).</summary>
    public bool AuthorizesEveryEndpoint => everyEndpoint;

    /// <summary>The request being decided on this async flow (set by the handler around the core's call).</summary>
    internal static HttpContext? Current
    {
        get => CurrentContext.Value;
        set => CurrentContext.Value = value;
    }

    public async ValueTask<HandshakeAuthorizationResult> AuthorizeAsync(WebSocketOpenRequestContext context, WebSocketEndpoint endpoint, CancellationToken cancellationToken)
    {
        var http = Current ?? throw new InvalidOperationException("The ASP.NET Core authorizer ran outside a request.");
        var authorization = endpoint.Authorization;
        if (!authorization.RequiresAuthentication)
        {
            return HandshakeAuthorizationResult.Allowed(AuthenticatedUser(http));
        }

        var services = http.RequestServices;
        var data = new List<IAuthorizeData>(authorization.Requirements.Count);
        foreach (var requirement in authorization.Requirements)
        {
            data.Add(ToAuthorizeData(requirement));
        }

        var policy = await AuthorizationPolicy.CombineAsync(services.GetRequiredService<IAuthorizationPolicyProvider>(), data).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The endpoint's [Authorize] attributes produced no policy.");
        var evaluator = services.GetRequiredService<IPolicyEvaluator>();
        var authenticated = await evaluator.AuthenticateAsync(policy, http).ConfigureAwait(false);
        var result = await evaluator.AuthorizeAsync(policy, authenticated, http, http).ConfigureAwait(false);
        if (result.Succeeded)
        {
            return HandshakeAuthorizationResult.Allowed(http.User);
        }

        http.Items[FailedPolicyKey] = policy;
        return result.Challenged
            ? HandshakeAuthorizationResult.Unauthenticated(reason: "Authentication required.")
            : HandshakeAuthorizationResult.Forbidden("Forbidden.");
    }

    /// <summary>
    /// The caller that the app's authentication (its middleware) found, or null when it found none. Read from the feature,
    /// so a request that no authentication ran on does not get <see cref="HttpContext.User"/>'s empty principal made for it.
    /// </summary>
    internal static System.Security.Claims.ClaimsPrincipal? AuthenticatedUser(HttpContext http) =>
        http.Features.Get<Microsoft.AspNetCore.Http.Features.Authentication.IHttpAuthenticationFeature>()?.User is { Identity.IsAuthenticated: true } user ? user : null;

    /// <summary>An AttrWs requirement as ASP.NET Core authorization data (policy, comma-separated roles and schemes).</summary>
    internal static Microsoft.AspNetCore.Authorization.AuthorizeAttribute ToAuthorizeData(AuthorizationRequirement requirement) => new()
    {
        Policy = requirement.Policy,
        Roles = requirement.Roles.Count == 0 ? null : string.Join(',', requirement.Roles),
        AuthenticationSchemes = requirement.Schemes.Count == 0 ? null : string.Join(',', requirement.Schemes),
    };
}
