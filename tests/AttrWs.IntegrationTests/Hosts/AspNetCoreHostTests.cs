using System.Net;
using System.Net.Security;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using AttrWs.IntegrationTests.Infrastructure;

namespace AttrWs.IntegrationTests.Hosts;

/// <summary>What only the ASP.NET Core host has: endpoint routing's view, conventions on the group, HttpContext, HTTP/2.</summary>
public sealed class AspNetCoreHostTests
{
    [Fact]
    public async Task Every_template_is_one_named_route_endpoint_for_GET_and_CONNECT_with_its_metadata()
    {
        await using var host = await KestrelTestHost.StartAsync();
        var routes = host.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<WebSocketEndpoint>() is not null).ToList();
        var templates = HostSetup.Table.Endpoints.Select(e => e.Template.ToUpperInvariant()).Distinct().Count();
        Assert.Equal(templates, routes.Count);

        var item = Assert.Single(routes, r => r.RoutePattern.RawText == "/hosts/items/{id}");
        var endpoint = item.Metadata.GetMetadata<WebSocketEndpoint>()!;
        Assert.Equal("/hosts/items/{id:int}", endpoint.Template);
        Assert.Equal(endpoint.Name, item.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName);
        Assert.Equal(["GET", "CONNECT"], item.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods);

        var pick = Assert.Single(routes, r => r.RoutePattern.RawText == "/hosts/pick");
        Assert.Equal(2, pick.Metadata.GetOrderedMetadata<WebSocketEndpoint>().Count);
        var admin = Assert.Single(routes, r => r.RoutePattern.RawText == "/hosts/admin");
        Assert.Equal("admin", admin.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>()!.Roles);
    }

    [Fact]
    public async Task An_endpoint_gets_the_HttpContext_with_its_route_endpoint()
    {
        await using var host = await KestrelTestHost.StartAsync();
        using var client = new ClientWebSocket();
        await client.ConnectAsync(host.Uri("/hosts/http-param"), Timeout());
        var text = await client.ReceiveTextAsync();
        Assert.StartsWith("path:/hosts/http-param endpoint:WebSocket /hosts/http-param", text, StringComparison.Ordinal);

        using var second = new ClientWebSocket();
        await second.ConnectAsync(host.Uri("/hosts/http"), Timeout());
        Assert.Equal("http:HTTP/1.1", await second.ReceiveTextAsync());
    }

    [Fact]
    public async Task A_session_kept_past_its_end_no_longer_reaches_the_request_Kestrel_reuses()
    {
        await using var host = await KestrelTestHost.StartAsync();
        using var client = new ClientWebSocket();
        await client.ConnectAsync(host.Uri("/hosts/http-kept"), Timeout());
        var reply = (await client.ReceiveTextAsync()).Split(' ');
        Assert.Equal("http", reply[1]);
        var session = HostEndpoints.KeptSessions[reply[0]];
        Assert.NotNull(session.GetHttpContext());

        await client.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", Timeout());
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (session.GetHttpContext() is not null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.Null(session.GetHttpContext());
        HostEndpoints.KeptSessions.TryRemove(reply[0], out _);
    }

    [Fact]
    public async Task AttrWs_authenticators_on_ASP_NET_Core_fail_the_mapping_with_a_message()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddAuthorization();
        builder.Services.AddWebSocketEndpoints(options => options.Security.Authentication.AddBasic(HostSetup.Realm, (_, _) => null));
        await using var app = builder.Build();
        var error = Assert.Throws<InvalidOperationException>(() => app.MapWebSocketEndpoints(FilteredRouteTable.Generated("AttrWs.IntegrationTests.Hosts.HostEndpoints")));
        Assert.Contains("AddAuthentication()", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_endpoint_class_missing_a_service_fails_the_mapping_with_the_standalone_servers_message()
    {
        var table = FilteredRouteTable.Generated("AttrWs.IntegrationTests.Classes.MissingServiceEndpoints");
        await using var services = new ServiceCollection().BuildServiceProvider();
        await using var server = new WebSocketServer(new WebSocketServerOptions { Services = services }.Listen(IPAddress.Loopback, 0));
        server.AddRouteTable(table);
        var standalone = await Assert.ThrowsAsync<InvalidOperationException>(() => server.StartAsync());

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddWebSocketEndpoints();
        await using var app = builder.Build();
        var kestrel = Assert.Throws<InvalidOperationException>(() => app.MapWebSocketEndpoints(table));

        Assert.Contains("'AttrWs.IntegrationTests.Classes.INotRegistered'", kestrel.Message, StringComparison.Ordinal);
        Assert.Equal(standalone.Message, kestrel.Message);
    }

    [Fact]
    public async Task An_endpoint_class_may_take_the_HttpContext_and_the_start_up_check_knows_it()
    {
        await using var host = await KestrelTestHost.StartAsync(null, app => app.MapWebSocketEndpoints(FilteredRouteTable.Generated("AttrWs.IntegrationTests.Hosts.HttpContextEndpoint")));
        using var client = new ClientWebSocket();
        await client.ConnectAsync(host.Uri("/hosts/class-http"), Timeout());
        Assert.Equal("class-http:/hosts/class-http:True", await client.ReceiveTextAsync());
    }

    public static TheoryData<string, Action<WebSocketServerOptions>> StandaloneOnly => new()
    {
        { "Limits.MaxConnectionsPerClient/MaxHandshakesPerSecondPerClient", o => o.Limits.MaxConnectionsPerClient = 5 },
        { "Limits.MaxConnectionsPerClient/MaxHandshakesPerSecondPerClient", o => o.Limits.MaxHandshakesPerSecondPerClient = 10 },
        { "Limits.MaxConnections", o => o.Limits.MaxConnections = 10 },
        { "Limits.MaxRequestHeadBytes", o => o.Limits.MaxRequestHeadBytes = 1024 },
        { "Limits.MaxRequestHeaders", o => o.Limits.MaxRequestHeaders = 10 },
        { "Limits.RetryAfter", o => o.Limits.RetryAfter = TimeSpan.FromSeconds(1) },
        { "ListenEndPoints", o => o.Listen(IPAddress.Loopback, 0) },
        { "Backlog", o => o.Backlog = 10 },
        { "PlainRequestHandler", o => o.PlainRequestHandler = (_, _) => ValueTask.FromResult<PlainHttpResponse?>(PlainHttpResponse.Text(200, "ok")) },
    };

    [Theory]
    [MemberData(nameof(StandaloneOnly))]
    public async Task A_standalone_only_option_fails_the_mapping_naming_what_to_use_instead(string option, Action<WebSocketServerOptions> configure)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddWebSocketEndpoints(configure);
        await using var app = builder.Build();
        var error = Assert.Throws<InvalidOperationException>(() => app.MapWebSocketEndpoints(FilteredRouteTable.Generated("AttrWs.IntegrationTests.Hosts.HostEndpoints")));
        Assert.Contains("WebSocketServerOptions." + option + ":", error.Message, StringComparison.Ordinal);
        if (option.Contains("PerClient", StringComparison.Ordinal))
        {
            Assert.Contains("RequireRateLimiting", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RequireAuthorization_on_the_returned_group_applies_to_every_WebSocket_route()
    {
        await using var host = await KestrelTestHost.StartAsync(null, app => app.MapWebSocketEndpoints(HostSetup.Table).RequireAuthorization());
        using var anonymous = new ClientWebSocket();
        anonymous.Options.CollectHttpResponseDetails = true;
        await Assert.ThrowsAnyAsync<WebSocketException>(() => anonymous.ConnectAsync(host.Uri("/hosts/items/1"), Timeout()));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.HttpStatusCode);

        using var bob = new ClientWebSocket();
        bob.Options.SetRequestHeader("Authorization", HostSetup.BasicHeader("bob"));
        await bob.ConnectAsync(host.Uri("/hosts/items/1"), Timeout());
        Assert.Equal("item:1", await bob.ReceiveTextAsync());
    }

    [Fact]
    public async Task RequireRateLimiting_on_the_returned_group_limits_handshakes()
    {
        await using var host = await KestrelTestHost.StartAsync(
            null,
            app => app.MapWebSocketEndpoints(HostSetup.Table).RequireRateLimiting("one"),
            services => services.AddRateLimiter(options => options.AddFixedWindowLimiter("one", limiter =>
            {
                limiter.PermitLimit = 1;
                limiter.Window = TimeSpan.FromHours(1);
                limiter.QueueLimit = 0;
            })));
        using var first = new ClientWebSocket();
        await first.ConnectAsync(host.Uri("/hosts/items/1"), Timeout());
        using var second = new ClientWebSocket();
        second.Options.CollectHttpResponseDetails = true;
        await Assert.ThrowsAnyAsync<WebSocketException>(() => second.ConnectAsync(host.Uri("/hosts/items/2"), Timeout()));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.HttpStatusCode);
    }

    [Fact]
    public async Task An_HTTP2_WebSocket_over_TLS_negotiates_a_subprotocol_and_echoes()
    {
        using var certificate = CreateCertificate();
        await using var host = await StartTlsAsync(certificate);
        using var invoker = TrustingInvoker(certificate);

        using var proto = Http2Client();
        proto.Options.AddSubProtocol("proto.text");
        await proto.ConnectAsync(host.Uri("/hosts/proto"), invoker, Timeout());
        Assert.Equal(HttpStatusCode.OK, proto.HttpStatusCode); // RFC 8441: 200 to the extended CONNECT, not 101
        Assert.Equal("proto.text", proto.SubProtocol);
        Assert.Equal("proto:proto.text", await proto.ReceiveTextAsync());

        using var echo = Http2Client();
        await echo.ConnectAsync(host.Uri("/hosts/echo"), invoker, Timeout());
        await echo.SendAsync("over h2"u8.ToArray(), WebSocketMessageType.Text, true, Timeout());
        Assert.Equal("over h2", await echo.ReceiveTextAsync());

        using var protocol = Http2Client();
        await protocol.ConnectAsync(host.Uri("/hosts/http"), invoker, Timeout());
        Assert.Equal("http:HTTP/2", await protocol.ReceiveTextAsync());
    }

    [Theory]
    [InlineData("/hosts/admin", null)] // decided by UseAuthorization from the route's metadata
    [InlineData("/gen/ver", "ver.admin")] // decided in the handshake: the subprotocol picked an authorized sibling
    public async Task An_unauthenticated_HTTP2_WebSocket_gets_the_schemes_challenge(string path, string? protocol)
    {
        using var certificate = CreateCertificate();
        await using var host = await StartTlsAsync(certificate);
        using var invoker = TrustingInvoker(certificate);
        using var client = Http2Client();
        if (protocol is not null)
        {
            client.Options.AddSubProtocol(protocol);
        }

        await Assert.ThrowsAnyAsync<WebSocketException>(() => client.ConnectAsync(host.Uri(path), invoker, Timeout()));
        Assert.Equal(HttpStatusCode.Unauthorized, client.HttpStatusCode);
        Assert.StartsWith("Basic realm=\"hosts\"", client.HttpResponseHeaders!["WWW-Authenticate"].Single(), StringComparison.Ordinal);
    }

    private static Task<KestrelTestHost> StartTlsAsync(X509Certificate2 certificate) => KestrelTestHost.StartAsync(
        kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            listen.Protocols = HttpProtocols.Http1AndHttp2;
            listen.UseHttps(certificate);
        }),
        null);

    private static ClientWebSocket Http2Client()
    {
        var client = new ClientWebSocket();
        client.Options.HttpVersion = HttpVersion.Version20;
        client.Options.HttpVersionPolicy = HttpVersionPolicy.RequestVersionExact;
        client.Options.CollectHttpResponseDetails = true;
        return client;
    }

    private static HttpMessageInvoker TrustingInvoker(X509Certificate2 certificate)
    {
        var thumbprint = certificate.GetCertHashString(HashAlgorithmName.SHA256);
        var handler = new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                // Trusts exactly the test's own certificate.
                RemoteCertificateValidationCallback = (_, presented, _, _) => presented is not null && presented.GetCertHashString(HashAlgorithmName.SHA256) == thumbprint,
            },
        };
        return new HttpMessageInvoker(handler, disposeHandler: true);
    }

    /// <summary>A self-signed server certificate for 127.0.0.1, made for this test run.</summary>
    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    private static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(20)).Token;
}
