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
        Assert.Contains("options.Security.Authorization.AddPolicy(\"admins\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_registered_policy_passes()
    {
        var endpoint = HandshakeTestKit.Endpoint("/admin/{id}", authorization: Requires(new AuthorizationRequirement("admins")));
        var policies = new WebSocketAuthorizationOptions().AddPolicy("admins", (u, _) => u.Identity?.Name == "alice");
        Assert.Null(Record.Exception(() => SecurityStartupValidator.Validate([endpoint], AllAuthenticators(), policies)));

        // It passed validation and is the policy the gate then applies: alice gets in, bob is refused by it.
        var processor = Processor(AllAuthenticators(), policies, endpoints: endpoint);
        var alice = await processor.DecideAsync(HandshakeTestKit.Request("/admin/1").With("Authorization", "Bearer " + GoodToken));
        var bob = await processor.DecideAsync(HandshakeTestKit.Request("/admin/1").With("Authorization", BasicHeader("bob", Password)));
        Assert.True(alice.IsAccepted);
        Assert.Equal(403, bob.StatusCode);
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
        Assert.Contains("options.Security.Authentication.", error.Message, StringComparison.Ordinal);
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
    public async Task Anonymous_endpoints_need_nothing_registered()
    {
        var endpoint = HandshakeTestKit.Endpoint("/admin/{id}", authorization: new EndpointAuthorization([new AuthorizationRequirement("missing")], allowAnonymous: true));
        Assert.Null(Record.Exception(() => SecurityStartupValidator.Validate([endpoint], new WebSocketAuthenticationOptions(), new WebSocketAuthorizationOptions())));

        // Nothing registered, and an anonymous caller opens it (the unregistered policy is never consulted).
        var decision = await Processor(new WebSocketAuthenticationOptions(), endpoints: endpoint).DecideAsync(HandshakeTestKit.Request("/admin/1"));
        Assert.True(decision.IsAccepted);
        Assert.Null(decision.User);
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
