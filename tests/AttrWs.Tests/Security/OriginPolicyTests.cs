using AttrWs.Handshake;
using AttrWs.Security;
using AttrWs.Tests.Handshake;
using static AttrWs.Tests.Security.SecurityTestKit;

namespace AttrWs.Tests.Security;

/// <summary>DESIGN §3 row 9 and §6: origin allow-lists, wildcards, missing and null origins, the same-origin default.</summary>
public sealed class OriginPolicyTests
{
    private static async Task<int> StatusAsync(WebSocketOriginOptions origins, string? origin, string[]? endpointOrigins = null, WebSocketAuthenticationOptions? authentication = null, EndpointAuthorization? authorization = null, string host = "example.com")
        => (await DecideAsync(origins, origin, endpointOrigins, authentication, authorization, host)).StatusCode;

    private static async Task<HandshakeDecision> DecideAsync(WebSocketOriginOptions origins, string? origin, string[]? endpointOrigins = null, WebSocketAuthenticationOptions? authentication = null, EndpointAuthorization? authorization = null, string host = "example.com", (string Name, string Value)? credential = null)
    {
        var endpoint = HandshakeTestKit.Endpoint("/chat", authorization: authorization);
        endpoint = new WebSocketEndpoint("/chat", endpoint.Handler) { AllowedOrigins = endpointOrigins ?? [], Authorization = endpoint.Authorization };
        var processor = Processor(authentication ?? new WebSocketAuthenticationOptions(), origins: origins, endpoints: endpoint);
        var request = HandshakeTestKit.Request().Replace("Host", host);
        if (origin is not null)
        {
            request.With("Origin", origin);
        }

        if (credential is { } header)
        {
            request.With(header.Name, header.Value);
        }

        var decision = await processor.DecideAsync(request);
        if (decision.StatusCode == 403)
        {
            Assert.Equal(HandshakeRejectReason.OriginNotAllowed, decision.Reason);
        }

        return decision;
    }

    [Theory]
    [InlineData("https://app.example.com", 101)]
    [InlineData("HTTPS://APP.EXAMPLE.COM", 101)]
    [InlineData("https://app.example.com:443", 101)]
    [InlineData("https://app.example.com:8443", 403)]
    [InlineData("http://app.example.com", 403)]
    [InlineData("https://app.example.com.evil.net", 403)]
    [InlineData("https://app.example.com/path", 403)]
    public async Task Exact_entries_match_scheme_host_and_port(string origin, int status)
    {
        Assert.Equal(status, await StatusAsync(new WebSocketOriginOptions().Allow("https://app.example.com"), origin));
    }

    [Theory]
    [InlineData("https://a.example.com", 101)]
    [InlineData("https://deep.a.example.com", 101)]
    [InlineData("https://example.com", 403)]
    [InlineData("https://evil-example.com", 403)]
    [InlineData("https://a.example.com.evil.net", 403)]
    [InlineData("http://a.example.com", 403)]
    [InlineData("null", 403)]
    public async Task Wildcards_match_subdomains_only(string origin, int status)
    {
        Assert.Equal(status, await StatusAsync(new WebSocketOriginOptions().Allow("https://*.example.com"), origin));
    }

    [Fact]
    public async Task Missing_origin_is_allowed_by_default_and_refused_when_configured()
    {
        Assert.Equal(101, await StatusAsync(new WebSocketOriginOptions().Allow("https://app.example.com"), null));
        Assert.Equal(403, await StatusAsync(new WebSocketOriginOptions { AllowMissingOrigin = false }, null));
    }

    [Fact]
    public async Task Without_any_list_or_cookie_authentication_every_origin_passes()
    {
        Assert.Equal(101, await StatusAsync(new WebSocketOriginOptions(), "https://anywhere.example.net"));
    }

    [Fact]
    public async Task An_endpoint_list_replaces_the_server_list()
    {
        var server = new WebSocketOriginOptions().Allow("https://app.example.com");
        Assert.Equal(403, await StatusAsync(server, "https://app.example.com", ["https://admin.example.com"]));
        Assert.Equal(101, await StatusAsync(server, "https://admin.example.com", ["https://admin.example.com"]));
    }

    [Theory]
    [InlineData("http://example.com", "example.com", 401)]
    [InlineData("https://example.com", "example.com", 401)]
    [InlineData("http://127.0.0.1:5000", "127.0.0.1:5000", 401)]
    [InlineData("http://127.0.0.1:5001", "127.0.0.1:5000", 403)]
    [InlineData("https://evil.example.net", "example.com", 403)]
    [InlineData("null", "example.com", 403)]
    public async Task Cookie_authentication_without_a_list_requires_same_origin(string origin, string host, int status)
    {
        // 401: the origin passed row 9 and the gate (row 10) asks for the cookie; 403: the origin was refused.
        var authentication = new WebSocketAuthenticationOptions().AddCookie("sid", CheckCookie);
        var requires = Requires(new AuthorizationRequirement(schemes: ["Cookie"]));
        Assert.Equal(status, await StatusAsync(new WebSocketOriginOptions(), origin, authentication: authentication, authorization: requires, host: host));
    }

    [Fact]
    public async Task The_same_origin_default_does_not_apply_to_endpoints_cookies_cannot_open()
    {
        var authentication = new WebSocketAuthenticationOptions().AddCookie("sid", CheckCookie).AddBearer(CheckToken);
        var bearerOnly = Requires(new AuthorizationRequirement(schemes: ["Bearer"]));
        Assert.Equal(401, await StatusAsync(new WebSocketOriginOptions(), "https://other.example.net", authentication: authentication, authorization: bearerOnly));
    }

    [Fact]
    public async Task An_explicit_list_overrides_the_same_origin_default()
    {
        var authentication = new WebSocketAuthenticationOptions().AddCookie("sid", CheckCookie);
        var requires = Requires(new AuthorizationRequirement(schemes: ["Cookie"]));
        Assert.Equal(401, await StatusAsync(new WebSocketOriginOptions(), "https://app.example.net", ["https://app.example.net"], authentication, requires));
    }

    [Theory]
    [InlineData("https://evil.example", "example.com", 403)]
    [InlineData("null", "example.com", 403)]
    [InlineData("https://example.com", "example.com", 101)]
    [InlineData("http://127.0.0.1:5000", "127.0.0.1:5000", 101)]
    public async Task Basic_authentication_without_a_list_requires_same_origin(string origin, string host, int status)
    {
        // Browsers replay cached Basic credentials on cross-site handshakes exactly like cookies: valid credentials from
        // another site's page must not open the endpoint.
        var authentication = new WebSocketAuthenticationOptions().AddBasic("chat", CheckUser);
        var requires = Requires(new AuthorizationRequirement(schemes: ["Basic"]));
        var decision = await DecideAsync(new WebSocketOriginOptions(), origin, authentication: authentication, authorization: requires, host: host, credential: ("Authorization", BasicHeader("alice", Password)));
        Assert.Equal(status, decision.StatusCode);
    }

    [Fact]
    public async Task Built_in_ambient_and_explicit_credentials_are_declared_as_such()
    {
        IWebSocketAuthenticator basic = new BasicAuthenticator("r", CheckUser);
        IWebSocketAuthenticator cookie = new CookieAuthenticator("sid", CheckCookie);
        IWebSocketAuthenticator bearer = new BearerAuthenticator(CheckToken);
        Assert.True(basic.UsesAmbientCredentials);
        Assert.True(cookie.UsesAmbientCredentials);
        Assert.False(bearer.UsesAmbientCredentials);

        // [Authorize] without Schemes: a Basic authenticator applies, so same-origin; Bearer alone does not make it so.
        var anyScheme = Requires(new AuthorizationRequirement());
        Assert.Equal(403, await StatusAsync(new WebSocketOriginOptions(), "https://evil.example", authentication: new WebSocketAuthenticationOptions().AddBasic("r", CheckUser).AddBearer(CheckToken), authorization: anyScheme));
        Assert.Equal(401, await StatusAsync(new WebSocketOriginOptions(), "https://evil.example", authentication: new WebSocketAuthenticationOptions().AddBearer(CheckToken), authorization: anyScheme));
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("null")]
    [InlineData("https://example.com")]
    public async Task An_anonymous_endpoint_stays_open_to_every_origin_with_ambient_authenticators_registered(string origin)
    {
        var decision = await DecideAsync(new WebSocketOriginOptions(), origin, authentication: AllAuthenticators());
        Assert.Equal(101, decision.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example", "Cookie", "sid=session-1", null)]
    [InlineData("https://example.com", "Cookie", "sid=session-1", "carol")]
    [InlineData(null, "Cookie", "sid=session-1", "carol")]
    [InlineData("https://evil.example", "Authorization", "BASIC", null)]
    [InlineData("http://example.com", "Authorization", "BASIC", "alice")]
    [InlineData("https://evil.example", "Authorization", "Bearer " + GoodToken, "alice")]
    public async Task On_an_anonymous_endpoint_ambient_credentials_identify_only_same_origin_pages(string? origin, string header, string value, string? user)
    {
        // A page of another site gets in, but as an anonymous caller: it cannot act with the user's cookie or cached Basic
        // credentials. Credentials the page must hold itself (a bearer token) still identify it.
        var credential = value == "BASIC" ? BasicHeader("alice", Password) : value;
        var decision = await DecideAsync(new WebSocketOriginOptions(), origin, authentication: AllAuthenticators(), credential: (header, credential));
        Assert.Equal(101, decision.StatusCode);
        Assert.Equal(user, decision.User?.Identity?.Name);
    }

    [Fact]
    public async Task On_an_anonymous_endpoint_an_allow_listed_origin_may_use_ambient_credentials()
    {
        var listed = await DecideAsync(new WebSocketOriginOptions().Allow("https://app.example.net"), "https://app.example.net", authentication: AllAuthenticators(), credential: ("Cookie", "sid=session-1"));
        Assert.Equal((101, "carol"), (listed.StatusCode, listed.User?.Identity?.Name));
        var perEndpoint = await DecideAsync(new WebSocketOriginOptions(), "https://app.example.net", ["https://app.example.net"], AllAuthenticators(), credential: ("Cookie", "sid=session-1"));
        Assert.Equal((101, "carol"), (perEndpoint.StatusCode, perEndpoint.User?.Identity?.Name));
    }

    [Fact]
    public async Task Two_origin_headers_are_refused()
    {
        var processor = Processor(new WebSocketAuthenticationOptions(), origins: new WebSocketOriginOptions().Allow("https://a.example.com"), endpoints: HandshakeTestKit.Endpoint("/chat"));
        var decision = await processor.DecideAsync(HandshakeTestKit.Request().With("Origin", "https://a.example.com").With("Origin", "https://a.example.com"));
        Assert.Equal(403, decision.StatusCode);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("null")]
    [InlineData("app.example.com")]
    [InlineData("https://app.example.com/")]
    [InlineData("https://*.")]
    [InlineData("https://a.*.example.com")]
    [InlineData("https://*.[::1]")]
    [InlineData("")]
    public void Malformed_entries_fail_validation_with_the_expected_form(string entry)
    {
        var options = new WebSocketOriginOptions().Allow(entry);
        var error = Assert.Throws<InvalidOperationException>(options.Validate);
        Assert.Contains("AllowedOrigins[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_allow_list_refusal_is_400()
    {
        var options = new HandshakeSettings { OriginPolicy = new WebSocketOriginPolicy(new WebSocketOriginOptions()) };
        options.AllowedHosts.Add("example.com");
        var processor = HandshakeTestKit.Processor(options, HandshakeTestKit.Endpoint("/chat"));
        var decision = await processor.DecideAsync(HandshakeTestKit.Request().Replace("Host", "evil.example.net"));
        Assert.Equal((400, HandshakeRejectReason.HostNotAllowed), (decision.StatusCode, decision.Reason));
    }
}
