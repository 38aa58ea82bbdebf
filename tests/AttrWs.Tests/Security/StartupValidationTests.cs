using AttrWs.Security;
using AttrWs.Tests.Handshake;
using static AttrWs.Tests.Security.SecurityTestKit;

namespace AttrWs.Tests.Security;

/// <summary>Security settings every endpoint needs are checked when the server starts, with messages that say how to fix them.</summary>
public sealed class StartupValidationTests
{
    private static WebSocketEndpoint Endpoint(string name, EndpointAuthorization authorization, string[]? origins = null) =>
        new("/admin/{id}", static _ => ValueTask.CompletedTask) { Name = name, Authorization = authorization, AllowedOrigins = origins ?? [] };

    [Fact]
    public void An_unregistered_policy_names_the_endpoint_the_policy_and_how_to_register_it()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SecurityStartupValidator.Validate(
            [Endpoint("Admin.Run", Requires(new AuthorizationRequirement("admins")))],
            AllAuthenticators(),
            new WebSocketAuthorizationOptions()));
        Assert.Contains("'Admin.Run' (/admin/{id})", error.Message, StringComparison.Ordinal);
        Assert.Contains("policy 'admins'", error.Message, StringComparison.Ordinal);
        Assert.Contains("options.Authorization.AddPolicy(\"admins\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_registered_policy_passes()
    {
        SecurityStartupValidator.Validate(
            [Endpoint("Admin.Run", Requires(new AuthorizationRequirement("admins")))],
            AllAuthenticators(),
            new WebSocketAuthorizationOptions().AddPolicy("admins", (u, _) => u.IsInRole("admin")));
    }

    [Fact]
    public void Requiring_authentication_without_authenticators_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SecurityStartupValidator.Validate(
            [Endpoint("Admin.Run", Requires(new AuthorizationRequirement()))],
            new WebSocketAuthenticationOptions(),
            new WebSocketAuthorizationOptions()));
        Assert.Contains("'Admin.Run' (/admin/{id})", error.Message, StringComparison.Ordinal);
        Assert.Contains("no authenticator is registered", error.Message, StringComparison.Ordinal);
        Assert.Contains("options.Authentication.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Requiring_schemes_none_of_which_is_registered_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SecurityStartupValidator.Validate(
            [Endpoint("Admin.Run", Requires(new AuthorizationRequirement(schemes: ["ApiKey"])))],
            new WebSocketAuthenticationOptions().AddBearer(CheckToken),
            new WebSocketAuthorizationOptions()));
        Assert.Contains("ApiKey", error.Message, StringComparison.Ordinal);
        Assert.Contains("registered: Bearer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Anonymous_endpoints_need_nothing_registered()
    {
        SecurityStartupValidator.Validate(
            [Endpoint("Open", new EndpointAuthorization([new AuthorizationRequirement("missing")], allowAnonymous: true))],
            new WebSocketAuthenticationOptions(),
            new WebSocketAuthorizationOptions());
    }

    [Fact]
    public void A_malformed_endpoint_origin_is_refused_and_every_problem_is_listed()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SecurityStartupValidator.Validate(
            [Endpoint("A", EndpointAuthorization.None, ["https://ok.example.com", "*"]), Endpoint("B", Requires(new AuthorizationRequirement("p")))],
            AllAuthenticators(),
            new WebSocketAuthorizationOptions()));
        Assert.Contains("'A' (/admin/{id}) allows origin '*'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'B' (/admin/{id}) requires policy 'p'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Processor_kit_runs_the_same_validation()
    {
        Assert.Throws<InvalidOperationException>(() => Processor(new WebSocketAuthenticationOptions(), endpoints: HandshakeTestKit.Endpoint("/x", authorization: Requires(new AuthorizationRequirement()))));
    }
}
