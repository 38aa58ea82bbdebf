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
internal sealed class AspNetCoreAuthorizer : IHandshakeAuthorizer
{
    private static readonly AsyncLocal<HttpContext?> CurrentContext = new();

    /// <summary>Where the handler finds the policy that failed, to challenge or forbid with its schemes.</summary>
    internal static readonly object FailedPolicyKey = new();

    /// <summary>Every endpoint: callers of open endpoints who are authenticated still get <see cref="WebSocketSession.User"/>.</summary>
    public bool AuthorizesEveryEndpoint => true;

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
            return HandshakeAuthorizationResult.Allowed(http.User.Identity?.IsAuthenticated == true ? http.User : null);
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

    /// <summary>An AttrWs requirement as ASP.NET Core authorization data (policy, comma-separated roles and schemes).</summary>
    internal static Microsoft.AspNetCore.Authorization.AuthorizeAttribute ToAuthorizeData(AuthorizationRequirement requirement) => new()
    {
        Policy = requirement.Policy,
        Roles = requirement.Roles.Count == 0 ? null : string.Join(',', requirement.Roles),
        AuthenticationSchemes = requirement.Schemes.Count == 0 ? null : string.Join(',', requirement.Schemes),
    };
}
