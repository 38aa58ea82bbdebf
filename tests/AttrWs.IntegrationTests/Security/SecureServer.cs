using System.Net;
using System.Security.Claims;
using AttrWs.IntegrationTests.Infrastructure;
using AttrWs.Security;

namespace AttrWs.IntegrationTests.Security;

/// <summary>A started server with Basic, Bearer and Cookie authentication and endpoints that tell the caller who they are.</summary>
internal static class SecureServer
{
    public const string User = "alice";
    public const string Password = "p@ss:word é";
    public const string Token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl";
    public const string SessionCookie = "sid-7f3a9c2e4b";

    public static ClaimsPrincipal Principal(string name, string scheme) => new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], scheme));

    public static void Configure(WebSocketServerOptions options)
    {
        options.Security.Authentication
            .AddBasic("attrws-tests", (user, password) => user == User && password == Password ? Principal(user, "Basic") : null)
            .AddBearer(token => token == Token ? Principal("bearer-" + User, "Bearer") : null)
            .AddCookie("sid", value => value == SessionCookie ? Principal("cookie-" + User, "Cookie") : null);
    }

    /// <summary>/basic (Basic), /bearer (Bearer, subprotocol chat.v1), /cookie (Cookie, same-origin default), /any (any scheme), /open.</summary>
    public static void Map(WebSocketServer server)
    {
        server.Map(Endpoint("/basic", "Basic"));
        server.Map(Endpoint("/bearer", "Bearer", ["chat.v1"]));
        server.Map(Endpoint("/cookie", "Cookie"));
        server.Map(Endpoint("/any", null));
        server.Map(new WebSocketEndpoint("/open", SendUserAsync) { Name = "open" });
    }

    public static Task<TestServer> StartAsync(Action<WebSocketServerOptions>? configure = null)
        => TestServer.StartAsync(Map, options =>
        {
            Configure(options);
            configure?.Invoke(options);
        });

    private static WebSocketEndpoint Endpoint(string template, string? scheme, string[]? subProtocols = null) =>
        new(template, SendUserAsync)
        {
            Name = template.TrimStart('/'),
            SubProtocols = subProtocols ?? [],
            Authorization = new EndpointAuthorization([new AuthorizationRequirement(schemes: scheme is null ? [] : [scheme])], allowAnonymous: false),
        };

    /// <summary>Sends the caller's name (or "anonymous"), then waits for the client to close.</summary>
    private static async ValueTask SendUserAsync(WebSocketSession session)
    {
        await session.SendTextAsync(session.User?.Identity?.Name ?? "anonymous");
        await foreach (var _ in session.ReadMessagesAsync(session.Aborted))
        {
        }
    }

    public static IPAddress Loopback => IPAddress.Loopback;
}
