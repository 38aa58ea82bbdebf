using AttrWs.Handshake;
using AttrWs.Security;
using AttrWs.Tests.Handshake;
using static AttrWs.Tests.Security.SecurityTestKit;

namespace AttrWs.Tests.Security;

/// <summary>DESIGN §3 rows 10-11 through the real gate: statuses, challenges, roles, policies, schemes, AllowAnonymous.</summary>
public sealed class AuthorizationGateTests
{
    private static readonly AuthorizationRequirement Authenticated = new();

    private static HandshakeProcessor Gate(EndpointAuthorization authorization, WebSocketAuthorizationOptions? policies = null, List<HandshakeRejection>? rejections = null, string[]? subProtocols = null) =>
        Processor(AllAuthenticators(), policies, rejections: rejections, endpoints: HandshakeTestKit.Endpoint("/chat", subProtocols, authorization: authorization));

    private static RequestBuilder AsAlice() => HandshakeTestKit.Request().With("Authorization", BasicHeader("alice", Password));

    private static RequestBuilder AsBob() => HandshakeTestKit.Request().With("Authorization", BasicHeader("bob", Password));

    [Fact]
    public async Task Unauthenticated_is_401_with_every_applicable_challenge()
    {
        var decision = await Gate(Requires(Authenticated)).DecideAsync(HandshakeTestKit.Request());
        Assert.Equal(401, decision.StatusCode);
        Assert.Equal(HandshakeRejectReason.Unauthenticated, decision.Reason);
        Assert.Equal(["Basic realm=\"chat\", charset=\"UTF-8\"", "Bearer"], decision.ResponseHeaders.GetValues("WWW-Authenticate"));
        Assert.Contains("WWW-Authenticate: Basic realm=\"chat\", charset=\"UTF-8\"\r\n", HandshakeTestKit.ResponseText(decision), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_credentials_are_401_with_the_challenges()
    {
        var decision = await Gate(Requires(Authenticated)).DecideAsync(HandshakeTestKit.Request().With("Authorization", BasicHeader("alice", "wrong")));
        Assert.Equal(401, decision.StatusCode);
        Assert.Equal("Invalid credentials.", decision.ReasonText);
        Assert.Equal(2, decision.ResponseHeaders.CountOf("WWW-Authenticate"));
    }

    [Fact]
    public async Task Authenticated_caller_is_accepted_with_the_principal()
    {
        var decision = await Gate(Requires(Authenticated)).DecideAsync(AsAlice());
        Assert.True(decision.IsAccepted);
        Assert.Equal("alice", decision.User!.Identity!.Name);
        Assert.Same(decision.User, decision.Context!.User);
    }

    [Theory]
    [InlineData("admin", false, true)]
    [InlineData("chat", true, true)]
    [InlineData("admin,ops", false, true)]
    [InlineData(" ops , chat ", true, true)]
    [InlineData("ops", false, false)]
    public async Task Roles_require_at_least_one(string roles, bool aliceAllowed, bool bobAllowed)
    {
        var gate = Gate(Requires(new AuthorizationRequirement(roles: roles.Split(','))));
        var alice = await gate.DecideAsync(AsAlice());
        var bob = await gate.DecideAsync(AsBob());
        Assert.Equal(aliceAllowed ? 101 : 403, alice.StatusCode);
        Assert.Equal(bobAllowed ? 101 : 403, bob.StatusCode);
        Assert.Equal(aliceAllowed ? HandshakeRejectReason.None : HandshakeRejectReason.Forbidden, alice.Reason);
    }

    [Fact]
    public async Task Class_and_method_requirements_must_all_pass()
    {
        // Class: [Authorize(Roles = "chat")]; method: [Authorize(Roles = "admin")]. alice has chat only, bob both.
        var gate = Gate(Requires(new AuthorizationRequirement(roles: ["chat"]), new AuthorizationRequirement(roles: ["admin"])));
        Assert.Equal(403, (await gate.DecideAsync(AsAlice())).StatusCode);
        Assert.Equal(101, (await gate.DecideAsync(AsBob())).StatusCode);
    }

    [Fact]
    public async Task Policies_see_the_principal_and_the_request()
    {
        WebSocketOpenRequestContext? seen = null;
        var policies = new WebSocketAuthorizationOptions().AddPolicy("room-owner", (user, request) =>
        {
            seen = request;
            return request.RequestHeaders["X-Room-Owner"] == user.Identity!.Name;
        });
        var gate = Gate(Requires(new AuthorizationRequirement("room-owner")), policies);
        Assert.Equal(101, (await gate.DecideAsync(AsAlice().With("X-Room-Owner", "alice"))).StatusCode);
        Assert.Equal("/chat", seen!.Path);
        Assert.Equal(403, (await gate.DecideAsync(AsAlice().With("X-Room-Owner", "bob"))).StatusCode);
    }

    [Fact]
    public async Task Asynchronous_policies_are_awaited_and_combine_with_roles()
    {
        var policies = new WebSocketAuthorizationOptions().AddPolicy("slow-yes", async (_, _, ct) =>
        {
            await Task.Yield();
            return true;
        });
        var gate = Gate(Requires(new AuthorizationRequirement("slow-yes"), new AuthorizationRequirement(roles: ["admin"])), policies);
        Assert.Equal(403, (await gate.DecideAsync(AsAlice())).StatusCode);
        Assert.Equal(101, (await gate.DecideAsync(AsBob())).StatusCode);
    }

    [Fact]
    public async Task Policy_names_are_case_insensitive()
    {
        var policies = new WebSocketAuthorizationOptions().AddPolicy("Admins", (user, _) => user.IsInRole("admin"));
        var gate = Gate(Requires(new AuthorizationRequirement("admins")), policies);
        Assert.Equal(101, (await gate.DecideAsync(AsBob())).StatusCode);
        Assert.Equal(403, (await gate.DecideAsync(AsAlice())).StatusCode);
    }

    [Fact]
    public async Task AllowAnonymous_wins_over_every_requirement()
    {
        var gate = Gate(new EndpointAuthorization([new AuthorizationRequirement(roles: ["admin"])], allowAnonymous: true));
        var decision = await gate.DecideAsync(HandshakeTestKit.Request());
        Assert.True(decision.IsAccepted);
        Assert.Null(decision.User);
    }

    [Fact]
    public async Task A_caller_with_credentials_on_an_open_endpoint_still_gets_the_user()
    {
        var open = await Gate(EndpointAuthorization.None).DecideAsync(AsAlice());
        Assert.True(open.IsAccepted);
        Assert.Equal("alice", open.User!.Identity!.Name);

        var anonymous = await Gate(new EndpointAuthorization([Authenticated], allowAnonymous: true)).DecideAsync(HandshakeTestKit.Request("/chat?access_token=" + GoodToken));
        Assert.Equal("alice", anonymous.User!.Identity!.Name);
    }

    [Fact]
    public async Task Bad_credentials_on_an_open_endpoint_connect_anonymously()
    {
        var decision = await Gate(EndpointAuthorization.None).DecideAsync(HandshakeTestKit.Request().With("Authorization", "Basic !!!"));
        Assert.True(decision.IsAccepted);
        Assert.Null(decision.User);
    }

    [Fact]
    public async Task Schemes_restrict_which_authenticators_apply_and_which_challenges_are_sent()
    {
        var gate = Gate(Requires(new AuthorizationRequirement(schemes: ["Bearer"])));
        var basic = await gate.DecideAsync(AsAlice());
        Assert.Equal(401, basic.StatusCode);
        Assert.Equal(["Bearer"], basic.ResponseHeaders.GetValues("WWW-Authenticate"));
        Assert.Equal(101, (await gate.DecideAsync(HandshakeTestKit.Request().With("Authorization", "Bearer " + GoodToken))).StatusCode);
    }

    [Fact]
    public async Task A_cookie_only_endpoint_answers_401_without_a_challenge_header()
    {
        var decision = await Gate(Requires(new AuthorizationRequirement(schemes: ["Cookie"]))).DecideAsync(HandshakeTestKit.Request());
        Assert.Equal(401, decision.StatusCode);
        Assert.False(decision.ResponseHeaders.Contains("WWW-Authenticate"));
        Assert.Equal(101, (await Gate(Requires(new AuthorizationRequirement(schemes: ["Cookie"]))).DecideAsync(HandshakeTestKit.Request().With("Cookie", "sid=session-1"))).StatusCode);
    }

    [Fact]
    public async Task A_subprotocol_token_authenticates_is_removed_from_the_offers_and_is_never_echoed()
    {
        string[]? offeredToHook = null;
        var processor = Processor(
            AllAuthenticators(),
            hook: context =>
            {
                offeredToHook = [.. context.OfferedSubProtocols];
                return ValueTask.CompletedTask;
            },
            endpoints: HandshakeTestKit.Endpoint("/chat", ["chat.v1"], authorization: Requires(Authenticated)));
        var decision = await processor.DecideAsync(HandshakeTestKit.Request().With("Sec-WebSocket-Protocol", "bearer." + GoodToken + ", chat.v1"));
        Assert.True(decision.IsAccepted);
        Assert.Equal("chat.v1", decision.SubProtocol);
        Assert.Equal(["chat.v1"], offeredToHook!);
        Assert.DoesNotContain(GoodToken, HandshakeTestKit.ResponseText(decision), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_subprotocol_token_alone_accepts_without_a_subprotocol()
    {
        var decision = await Gate(Requires(Authenticated)).DecideAsync(HandshakeTestKit.Request().With("Sec-WebSocket-Protocol", "bearer." + GoodToken));
        Assert.True(decision.IsAccepted);
        Assert.Null(decision.SubProtocol);
        Assert.DoesNotContain("Sec-WebSocket-Protocol", HandshakeTestKit.ResponseText(decision), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hook_cannot_select_the_credential_subprotocol()
    {
        var processor = Processor(
            AllAuthenticators(),
            hook: context =>
            {
                context.SubProtocol = "bearer." + GoodToken;
                return ValueTask.CompletedTask;
            },
            endpoints: HandshakeTestKit.Endpoint("/chat", authorization: Requires(Authenticated)));
        var decision = await processor.DecideAsync(HandshakeTestKit.Request().With("Sec-WebSocket-Protocol", "bearer." + GoodToken));
        Assert.Equal(500, decision.StatusCode);
        Assert.Equal(HandshakeRejectReason.InvalidApplicationResponse, decision.Reason);
    }

    [Fact]
    public async Task A_throwing_authenticator_is_a_500_reported_and_the_next_handshake_is_fine()
    {
        var calls = 0;
        var authentication = new WebSocketAuthenticationOptions().AddBearer(token =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                throw new InvalidOperationException("token store down");
            }

            return CheckToken(token);
        });
        var rejections = new List<HandshakeRejection>();
        var processor = Processor(authentication, rejections: rejections, endpoints: HandshakeTestKit.Endpoint("/chat", authorization: Requires(Authenticated)));
        var request = HandshakeTestKit.Request().With("Authorization", "Bearer " + GoodToken);

        var failed = await processor.DecideAsync(request);
        Assert.Equal(500, failed.StatusCode);
        Assert.Equal(HandshakeRejectReason.ApplicationError, failed.Reason);
        var rejection = Assert.Single(rejections);
        Assert.Equal((HandshakeRejectReason.ApplicationError, 500, "/chat", "conn-1"), (rejection.Reason, rejection.StatusCode, rejection.EndpointName, rejection.ConnectionId));
        Assert.IsType<InvalidOperationException>(rejection.Exception);
        Assert.DoesNotContain("token store down", HandshakeTestKit.ResponseText(failed), StringComparison.Ordinal);

        Assert.True((await processor.DecideAsync(request)).IsAccepted);
    }

    [Fact]
    public async Task Every_rejection_is_notified_with_reason_status_endpoint_and_connection()
    {
        var rejections = new List<HandshakeRejection>();
        var gate = Gate(Requires(new AuthorizationRequirement(roles: ["admin"])), rejections: rejections);
        await gate.DecideAsync(HandshakeTestKit.Request());
        await gate.DecideAsync(AsAlice());
        Assert.Equal(
            [(HandshakeRejectReason.Unauthenticated, 401), (HandshakeRejectReason.Forbidden, 403)],
            rejections.Select(r => (r.Reason, r.StatusCode)));
        Assert.All(rejections, r => Assert.Equal(("/chat", "conn-1"), (r.EndpointName, r.ConnectionId)));
    }
}
