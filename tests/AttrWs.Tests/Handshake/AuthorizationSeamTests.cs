using System.Security.Claims;
using AttrWs.Handshake;
using static AttrWs.Tests.Handshake.HandshakeTestKit;

namespace AttrWs.Tests.Handshake;

/// <summary>DESIGN §3 rows 10-11 through the <see cref="IHandshakeAuthorizer"/> seam.</summary>
public class AuthorizationSeamTests
{
    private static readonly EndpointAuthorization Authorized = new([new AuthorizationRequirement()], allowAnonymous: false);

    private sealed class FakeAuthorizer(Func<WebSocketOpenRequestContext, ValueTask<HandshakeAuthorizationResult>> decide) : IHandshakeAuthorizer
    {
        public int Calls { get; private set; }

        public WebSocketEndpoint? LastEndpoint { get; private set; }

        public ValueTask<HandshakeAuthorizationResult> AuthorizeAsync(WebSocketOpenRequestContext context, WebSocketEndpoint endpoint, CancellationToken cancellationToken)
        {
            Calls++;
            LastEndpoint = endpoint;
            return decide(context);
        }
    }

    private static HandshakeProcessor With(IHandshakeAuthorizer? authorizer, EndpointAuthorization? authorization = null, List<HandshakeRejection>? reported = null) =>
        Processor(
            new HandshakeSettings { Authorizer = authorizer, OnRejected = reported is null ? null : reported.Add },
            Endpoint("/secure", authorization: authorization ?? Authorized, name: "Secure"));

    [Fact]
    public async Task Row10_unauthenticated_is_401_with_the_challenges()
    {
        var authorizer = new FakeAuthorizer(_ => new(HandshakeAuthorizationResult.Unauthenticated(
            [new("WWW-Authenticate", "Basic realm=\"chat\""), new("WWW-Authenticate", "Bearer")])));

        var decision = await With(authorizer).DecideAsync(Request("/secure"));

        Assert.Equal(401, decision.StatusCode);
        Assert.Equal(HandshakeRejectReason.Unauthenticated, decision.Reason);
        Assert.Equal(["Basic realm=\"chat\"", "Bearer"], decision.ResponseHeaders.GetValues("WWW-Authenticate"));
        Assert.Equal("Authentication required.", decision.ReasonText);
    }

    [Fact]
    public async Task Row11_forbidden_is_403_with_its_reason()
    {
        var authorizer = new FakeAuthorizer(_ => new(HandshakeAuthorizationResult.Forbidden("Admins only.")));

        var decision = await With(authorizer).DecideAsync(Request("/secure"));

        Assert.Equal(403, decision.StatusCode);
        Assert.Equal(HandshakeRejectReason.Forbidden, decision.Reason);
        Assert.Equal("Admins only.", decision.ReasonText);
    }

    [Fact]
    public async Task Allowed_carries_the_principal_to_the_context_and_the_decision()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "ada")], "test"));
        ClaimsPrincipal? seenByHook = null;
        var authorizer = new FakeAuthorizer(_ => new(HandshakeAuthorizationResult.Allowed(user)));
        var processor = Processor(
            new HandshakeSettings
            {
                Authorizer = authorizer,
                OnOpenRequest = (context, _) =>
                {
                    seenByHook = context.User;
                    return ValueTask.CompletedTask;
                },
            },
            Endpoint("/secure", authorization: Authorized, name: "Secure"));

        var decision = await processor.DecideAsync(Request("/secure"));

        Assert.True(decision.IsAccepted);
        Assert.Same(user, decision.User);
        Assert.Same(user, seenByHook);
        Assert.Equal("Secure", authorizer.LastEndpoint!.Name);
    }

    [Fact]
    public async Task An_asynchronous_authorizer_is_awaited()
    {
        var authorizer = new FakeAuthorizer(async _ =>
        {
            await Task.Yield();
            return HandshakeAuthorizationResult.Forbidden();
        });

        var decision = await With(authorizer).DecideAsync(Request("/secure"));

        Assert.Equal(403, decision.StatusCode);
        Assert.Equal("Forbidden.", decision.ReasonText);
    }

    [Fact]
    public async Task Fails_closed_with_401_when_no_authorizer_is_configured()
    {
        var decision = await With(null).DecideAsync(Request("/secure"));

        Assert.Equal(401, decision.StatusCode);
        Assert.Equal(HandshakeRejectReason.Unauthenticated, decision.Reason);
        Assert.Contains("no authenticator is configured", decision.ReasonText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Is_not_called_for_an_endpoint_without_requirements()
    {
        var authorizer = new FakeAuthorizer(_ => new(HandshakeAuthorizationResult.Forbidden()));

        var decision = await With(authorizer, EndpointAuthorization.None).DecideAsync(Request("/secure"));

        Assert.True(decision.IsAccepted);
        Assert.Equal(0, authorizer.Calls);
    }

    [Fact]
    public async Task Is_not_called_when_AllowAnonymous_applies()
    {
        var authorizer = new FakeAuthorizer(_ => new(HandshakeAuthorizationResult.Forbidden()));

        var decision = await With(authorizer, new EndpointAuthorization([new AuthorizationRequirement()], allowAnonymous: true)).DecideAsync(Request("/secure"));

        Assert.True(decision.IsAccepted);
        Assert.Equal(0, authorizer.Calls);
    }

    [Fact]
    public async Task A_throwing_authorizer_is_a_500_and_reported()
    {
        var reported = new List<HandshakeRejection>();
        var failure = new InvalidOperationException("token service down");
        var authorizer = new FakeAuthorizer(_ => throw failure);

        var decision = await With(authorizer, reported: reported).DecideAsync(Request("/secure"));

        Assert.Equal(500, decision.StatusCode);
        Assert.Equal(HandshakeRejectReason.ApplicationError, decision.Reason);
        Assert.Same(failure, Assert.Single(reported).Exception);
    }

    [Fact]
    public async Task An_authorizer_faulting_asynchronously_is_a_500()
    {
        var authorizer = new FakeAuthorizer(async _ =>
        {
            await Task.Yield();
            throw new InvalidOperationException("later");
        });

        Assert.Equal(500, (await With(authorizer).DecideAsync(Request("/secure"))).StatusCode);
    }

    [Fact]
    public async Task An_invalid_challenge_header_is_a_500()
    {
        var authorizer = new FakeAuthorizer(_ => new(HandshakeAuthorizationResult.Unauthenticated([new("WWW-Authenticate", "Basic\r\nX: 1")])));

        var decision = await With(authorizer).DecideAsync(Request("/secure"));

        Assert.Equal(500, decision.StatusCode);
        Assert.Equal(HandshakeRejectReason.InvalidApplicationResponse, decision.Reason);
    }

    [Fact]
    public async Task A_bad_response_header_added_by_the_authorizer_is_a_500_even_without_a_hook()
    {
        var authorizer = new FakeAuthorizer(context =>
        {
            context.ResponseHeaders.Add("X-Bad", "a\r\nb");
            return new(HandshakeAuthorizationResult.Allowed());
        });

        var decision = await With(authorizer).DecideAsync(Request("/secure"));

        Assert.Equal(500, decision.StatusCode);
        Assert.Equal(HandshakeRejectReason.InvalidApplicationResponse, decision.Reason);
    }

    [Fact]
    public async Task Authorization_runs_before_subprotocol_rejection()
    {
        var processor = Processor(
            new HandshakeSettings(),
            Endpoint("/secure", ["chat"], authorization: Authorized));

        var decision = await processor.DecideAsync(Request("/secure").With("Sec-WebSocket-Protocol", "other"));

        Assert.Equal(401, decision.StatusCode);
    }
}
