using AttrWs.Handshake;
using AttrWs.Security;
using AttrWs.Tests.Handshake;
using static AttrWs.Tests.Security.SecurityTestKit;

namespace AttrWs.Tests.Security;

/// <summary>The built-in authenticators on their own: where each finds credentials and what each concludes.</summary>
public sealed class AuthenticatorTests
{
    private static WebSocketOpenRequestContext Context(RequestBuilder request) => new(request.Build(), HandshakeTestKit.Connection);

    private static ValueTask<WebSocketAuthenticationResult> Run(IWebSocketAuthenticator authenticator, RequestBuilder request) =>
        authenticator.AuthenticateAsync(Context(request), CancellationToken.None);

    [Fact]
    public async Task Basic_accepts_valid_credentials()
    {
        var result = await Run(new BasicAuthenticator("chat", CheckUser), HandshakeTestKit.Request().With("Authorization", BasicHeader("alice", Password)));
        Assert.Equal(WebSocketAuthenticationOutcome.Success, result.Outcome);
        Assert.Equal("alice", result.Principal!.Identity!.Name);
    }

    [Fact]
    public async Task Basic_scheme_name_is_case_insensitive()
    {
        var header = BasicHeader("alice", Password).Replace("Basic", "bAsIc", StringComparison.Ordinal);
        var result = await Run(new BasicAuthenticator("chat", CheckUser), HandshakeTestKit.Request().With("Authorization", header));
        Assert.Equal(WebSocketAuthenticationOutcome.Success, result.Outcome);
    }

    [Theory]
    [InlineData("Basic !!!not-base64!!!")]
    [InlineData("Basic YWxpY2U=")] // "alice" without a colon
    [InlineData("Basic /w==")] // invalid UTF-8
    [InlineData("Basic YWxpY2U6d3Jvbmc=")] // alice:wrong
    public async Task Basic_fails_on_malformed_or_wrong_credentials_without_throwing(string header)
    {
        var result = await Run(new BasicAuthenticator("chat", CheckUser), HandshakeTestKit.Request().With("Authorization", header));
        Assert.Equal(WebSocketAuthenticationOutcome.Failure, result.Outcome);
        Assert.Null(result.Principal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer abc")]
    public async Task Basic_has_no_result_without_basic_credentials(string? header)
    {
        var request = HandshakeTestKit.Request();
        if (header is not null)
        {
            request.With("Authorization", header);
        }

        Assert.Same(WebSocketAuthenticationResult.NoResult, await Run(new BasicAuthenticator("chat", CheckUser), request));
    }

    [Fact]
    public void Basic_challenge_names_the_realm_and_utf8()
    {
        var challenge = Assert.Single(new BasicAuthenticator("chat room", CheckUser).Challenges);
        Assert.Equal("WWW-Authenticate", challenge.Key);
        Assert.Equal("Basic realm=\"chat room\", charset=\"UTF-8\"", challenge.Value);
    }

    [Theory]
    [InlineData("a\"b")]
    [InlineData("a\r\nX: y")]
    [InlineData("")]
    public void Basic_refuses_a_realm_it_cannot_quote(string realm)
    {
        Assert.ThrowsAny<ArgumentException>(() => new BasicAuthenticator(realm, CheckUser));
    }

    [Fact]
    public async Task Bearer_reads_the_authorization_header()
    {
        var result = await Run(new BearerAuthenticator(CheckToken), HandshakeTestKit.Request().With("Authorization", "Bearer " + GoodToken));
        Assert.Equal(WebSocketAuthenticationOutcome.Success, result.Outcome);
    }

    [Fact]
    public async Task Bearer_reads_a_subprotocol_token()
    {
        var result = await Run(new BearerAuthenticator(CheckToken), HandshakeTestKit.Request().With("Sec-WebSocket-Protocol", "chat, bearer." + GoodToken));
        Assert.Equal(WebSocketAuthenticationOutcome.Success, result.Outcome);
    }

    [Fact]
    public async Task Bearer_subprotocol_prefix_is_configurable()
    {
        var bearer = new BearerAuthenticator(CheckToken) { SubProtocolPrefix = "token~" };
        Assert.True(bearer.IsCredentialSubProtocol("token~" + GoodToken));
        Assert.False(bearer.IsCredentialSubProtocol("bearer." + GoodToken));
        var result = await Run(bearer, HandshakeTestKit.Request().With("Sec-WebSocket-Protocol", "token~" + GoodToken));
        Assert.Equal(WebSocketAuthenticationOutcome.Success, result.Outcome);
    }

    [Fact]
    public async Task Bearer_reads_the_access_token_query_parameter_percent_decoded()
    {
        var result = await Run(new BearerAuthenticator(CheckToken), HandshakeTestKit.Request("/chat?room=1&access%5Ftoken=tok%2Dalice"));
        Assert.Equal(WebSocketAuthenticationOutcome.Success, result.Outcome);
    }

    [Fact]
    public async Task Bearer_ignores_the_query_when_query_tokens_are_off()
    {
        var bearer = new BearerAuthenticator(CheckToken) { AllowQueryToken = false };
        Assert.Same(WebSocketAuthenticationResult.NoResult, await Run(bearer, HandshakeTestKit.Request("/chat?access_token=" + GoodToken)));
    }

    [Fact]
    public async Task Bearer_fails_on_an_invalid_token_and_has_no_result_without_one()
    {
        var bearer = new BearerAuthenticator(CheckToken);
        Assert.Equal(WebSocketAuthenticationOutcome.Failure, (await Run(bearer, HandshakeTestKit.Request("/chat?access_token=nope"))).Outcome);
        Assert.Same(WebSocketAuthenticationResult.NoResult, await Run(bearer, HandshakeTestKit.Request("/chat?x=1")));
        Assert.Equal("Bearer", Assert.Single(bearer.Challenges).Value);
    }

    [Fact]
    public async Task Cookie_reads_its_named_cookie_among_others()
    {
        var cookie = new CookieAuthenticator("sid", CheckCookie);
        var result = await Run(cookie, HandshakeTestKit.Request().With("Cookie", "theme=dark; sid=session-1; x=y"));
        Assert.Equal(WebSocketAuthenticationOutcome.Success, result.Outcome);
        Assert.Empty(cookie.Challenges);
        Assert.True(((IWebSocketAuthenticator)cookie).UsesAmbientCredentials);
    }

    [Fact]
    public async Task Cookie_name_is_case_sensitive_and_wrong_values_fail()
    {
        var cookie = new CookieAuthenticator("sid", CheckCookie);
        Assert.Same(WebSocketAuthenticationResult.NoResult, await Run(cookie, HandshakeTestKit.Request().With("Cookie", "SID=session-1")));
        Assert.Equal(WebSocketAuthenticationOutcome.Failure, (await Run(cookie, HandshakeTestKit.Request().With("Cookie", "sid=forged"))).Outcome);
    }

    [Fact]
    public void Options_refuse_a_second_authenticator_with_the_same_scheme()
    {
        var options = new WebSocketAuthenticationOptions().AddBearer(CheckToken);
        var error = Assert.Throws<ArgumentException>(() => options.AddBearer(CheckToken));
        Assert.Contains("already registered", error.Message, StringComparison.Ordinal);
        options.Add(new BearerAuthenticator(CheckToken) { Scheme = "Bearer2" });
        Assert.Equal(2, options.Authenticators.Count);
    }
}
