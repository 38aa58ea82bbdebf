using System.Net;
using System.Text;
using System.Text.Json;
using AttrWs.Documentation;
using AttrWs.IntegrationTests.Hosts;
using AttrWs.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AttrWs.IntegrationTests.Documentation;

/// <summary>
/// docs/asyncapi.md's two ways to serve the document, on real hosts: the standalone server's plain-request handler and an
/// ASP.NET Core <c>MapGet</c>. What a client downloads validates with the official AsyncAPI parser.
/// </summary>
public sealed class AsyncApiServingTests
{
    private static readonly Func<WebSocketEndpoint, bool> HostEndpoints =
        e => e.DeclaringType?.StartsWith("AttrWs.IntegrationTests.Hosts.", StringComparison.Ordinal) == true;

    [Fact]
    public async Task Standalone_server_serves_the_document_of_its_endpoints_from_the_plain_request_handler()
    {
        // The endpoint classes of the Hosts folder need their services (checked at start); HttpContextEndpoint needs Kestrel.
        await using var services = new ServiceCollection().AddHostServices().BuildServiceProvider();
        var options = new WebSocketServerOptions { Services = services }.Listen(IPAddress.Loopback, 0);
        options.Security.Authentication.AddBasic(HostSetup.Realm, (user, password) => HostSetup.Validate(user, password, "Basic"));
        WebSocketServer? server = null;
        byte[]? document = null;
        options.PlainRequestHandler = (request, _) =>
        {
            if (request.Path != "/asyncapi.json")
            {
                return ValueTask.FromResult<PlainHttpResponse?>(null);
            }

            // Built on first request: the server's endpoints and listening port are known by then.
            document ??= Encoding.UTF8.GetBytes(AsyncApiDocument.ToJson(server!.Endpoints, Options(server.ListeningEndPoints[0].Port, options)));
            return ValueTask.FromResult<PlainHttpResponse?>(new PlainHttpResponse(200, "application/json", document));
        };

        await using var started = server = new WebSocketServer(options);
        server.AddRouteTable(new FilteredRouteTable(
            AttrWs.Generated.GeneratedWebSocketEndpoints.RouteTable,
            e => HostEndpoints(e) && e.DeclaringType != typeof(HttpContextEndpoint).FullName));
        await server.StartAsync();

        var json = await DownloadAsync(new Uri($"http://127.0.0.1:{server.ListeningEndPoints[0].Port}/asyncapi.json"));
        await AssertDescribesTheHostEndpointsAsync(json, server.ListeningEndPoints[0].Port);
    }

    [Fact]
    public async Task AspNetCore_host_serves_the_document_of_its_endpoints_from_MapGet()
    {
        var port = 0;
        string? document = null;
        await using var host = await KestrelTestHost.StartAsync(null, app =>
        {
            // Only the Hosts folder's endpoints: their services are registered by the test host (the start-up check needs them).
            app.MapWebSocketEndpoints(new FilteredRouteTable(AttrWs.Generated.GeneratedWebSocketEndpoints.RouteTable, HostEndpoints));
            app.MapGet("/asyncapi.json", context =>
            {
                document ??= AsyncApiDocument.ToJson(AttrWs.Generated.GeneratedWebSocketEndpoints.Endpoints.Where(HostEndpoints), Options(port, null));
                context.Response.ContentType = "application/json";
                return context.Response.WriteAsync(document);
            });
        });
        port = host.BaseUri.Port;

        var json = await DownloadAsync(new Uri(host.BaseUri, "/asyncapi.json"));
        await AssertDescribesTheHostEndpointsAsync(json, port);
    }

    private static AsyncApiOptions Options(int port, WebSocketServerOptions? server)
    {
        var options = new AsyncApiOptions { Title = "Host endpoints", Version = "1.0.0" };
        options.Servers.Add(new AsyncApiServer("local", "127.0.0.1:" + port, "ws"));
        if (server is null)
        {
            // ASP.NET Core authenticates with its own schemes: the app names them.
            options.SecuritySchemes.Add(AsyncApiSecurityScheme.Basic(TestBasicHandler.SchemeName));
            return options;
        }

        return options.AddSecuritySchemes(server.Security.Authentication);
    }

    private static async Task<string> DownloadAsync(Uri uri)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var response = await client.GetAsync(uri);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task AssertDescribesTheHostEndpointsAsync(string json, int port)
    {
        using (var parsed = JsonDocument.Parse(json))
        {
            var root = parsed.RootElement;
            Assert.Equal("127.0.0.1:" + port, root.GetProperty("servers").GetProperty("local").GetProperty("host").GetString());
            var pick = root.GetProperty("channels").GetProperty("hosts_pick");
            Assert.Equal("/hosts/pick", pick.GetProperty("address").GetString());
            Assert.Equal(["pick.a.text", "pick.a.binary", "pick.b.text", "pick.b.binary"], pick.GetProperty("messages").EnumerateObject().Select(m => m.Name));
            Assert.Equal("/hosts/items/{id}", root.GetProperty("channels").GetProperty("hosts_items_id").GetProperty("address").GetString());
            var admin = root.GetProperty("operations").GetProperty("HostEndpoints.AdminAsync.receive");
            Assert.Equal("#/components/securitySchemes/Basic", Assert.Single(admin.GetProperty("security").EnumerateArray()).GetProperty("$ref").GetString());
            Assert.False(root.GetProperty("operations").GetProperty("HostEndpoints.EchoAsync.receive").TryGetProperty("security", out _));
        }

        var result = await AsyncApiValidator.ValidateAsync(json);
        Assert.True(result.IsValid, result.ToString());
    }
}
