// Chat: the AttrWs flagship — a multi-room chat on Kestrel (AttrWs.AspNetCore), served with its own page.
//   dotnet run --project samples/Chat -c Release      → Chat: http://127.0.0.1:5000/
//   options: --port N (0 = any free port) --redis HOST:PORT --node NAME --room-capacity N --ban NAME
// Demo users (password = name): alice, bob, carol (members), admin (member + admin). See samples/Chat/README.md.
using System.Reflection;
using System.Security.Claims;
using AttrWs.Documentation;
using AttrWs.Redis;
using ChatSample;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

const string CookieOrToken = "CookieOrToken";

var settings = ChatSettings.Parse(args, out var error);
if (settings is null)
{
    Console.Error.WriteLine(error);
    return 2;
}

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.WebHost.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, settings.Port));

// Browsers sign in with a cookie (SameSite=Strict, HttpOnly); other clients send the token the login returns, as
// ?access_token= (or Authorization: Bearer). One policy scheme picks the handler per request.
builder.Services.AddAuthentication(CookieOrToken)
    .AddPolicyScheme(CookieOrToken, "cookie or bearer token", policy => policy.ForwardDefaultSelector = context =>
        context.Request.Query.ContainsKey("access_token") || context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal)
            ? BearerTokenDefaults.AuthenticationScheme
            : CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(cookie =>
    {
        cookie.Cookie.SameSite = SameSiteMode.Strict;
        cookie.Cookie.HttpOnly = true;
        // A WebSocket client cannot follow a redirect to a login or access-denied page: answer 401 and 403.
        cookie.Events.OnRedirectToLogin = context =>
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        };
        cookie.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    })
    .AddBearerToken(token => token.Events.OnMessageReceived = context =>
    {
        if (context.Request.Query.TryGetValue("access_token", out var value))
        {
            context.Token = value.ToString();
        }

        return Task.CompletedTask;
    });
builder.Services.AddAuthorization();

builder.Services.AddSingleton(settings);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<IRoomStore, InMemoryRoomStore>();
builder.Services.AddSingleton<ChatRooms>();
builder.Services.AddSingleton<ChatAdmission>();
builder.Services.AddWebSocketEndpoints(options =>
{
    options.Limits.MaxMessageSize = 16 * 1024;
    options.Limits.KeepAliveInterval = TimeSpan.FromSeconds(20);
    // Resolved when used: the admission and the kick relay need the rooms, which need the WebSocket host this callback is building.
    var services = options.Services!;

    // --redis: groups (rooms) and sends reach every node through Redis Streams; otherwise one node, in memory.
    if (settings.Redis is not null)
    {
        // Wrapped so a kick on one node also closes the kicked user's connections on the others.
        options.Backplane = new KickRelay(
            new RedisBackplane(new RedisBackplaneOptions { Configuration = settings.Redis, Prefix = "attrws-chat" }),
            () => services.GetRequiredService<ChatRooms>());
    }

    options.Handshake.OnOpenRequest = (context, cancellationToken) => services.GetRequiredService<ChatAdmission>().DecideAsync(context, cancellationToken);
});

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();

app.MapGet("/", async context =>
{
    context.Response.ContentType = "text/html; charset=utf-8";
    context.Response.Headers.CacheControl = "no-store";
    context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'";
    await using var page = Assembly.GetExecutingAssembly().GetManifestResourceStream("Chat.index.html")!;
    await page.CopyToAsync(context.Response.Body);
});
app.MapGet("/endpoints", context =>
{
    context.Response.ContentType = "text/html; charset=utf-8";
    return context.Response.WriteAsync(EndpointsPage.Html());
});
// The AsyncAPI 3.0 description of the generated endpoint map, with the three ways in ([Authorize] endpoints list them) and
// the host the client reached as the server (the port may have been chosen at start, or a proxy may sit in front).
app.MapGet("/asyncapi.json", context =>
{
    var asyncApi = new AsyncApiOptions { Title = "AttrWs Chat", Version = "1.0.0", Description = "Rooms in two protocol versions (chat.v2 JSON, chat.v1 text lines), an admin kick channel and an anonymous echo." };
    asyncApi.Servers.Add(new AsyncApiServer("this", context.Request.Host.Value!, context.Request.IsHttps ? "wss" : "ws"));
    asyncApi.SecuritySchemes.Add(AsyncApiSecurityScheme.Cookie(CookieAuthenticationDefaults.AuthenticationScheme, ".AspNetCore.Cookies"));
    asyncApi.SecuritySchemes.Add(AsyncApiSecurityScheme.Bearer(BearerTokenDefaults.AuthenticationScheme));
    asyncApi.SecuritySchemes.Add(AsyncApiSecurityScheme.QueryToken(BearerTokenDefaults.AuthenticationScheme, "access_token"));
    context.Response.ContentType = "application/json";
    return context.Response.WriteAsync(AsyncApiDocument.ToJson(AttrWs.Generated.GeneratedWebSocketEndpoints.Endpoints, asyncApi));
});
app.MapGet("/endpoints.json", context => context.Response.WriteAsJsonAsync(EndpointsPage.Rows(), ChatJsonContext.Default.EndpointInfoArray));

app.MapPost("/login", async context =>
{
    string? user = null, password = null;
    if (context.Request.HasFormContentType)
    {
        var form = await context.Request.ReadFormAsync();
        (user, password) = (form["user"].ToString(), form["password"].ToString());
    }
    else if (context.Request.HasJsonContentType())
    {
        try
        {
            var login = await context.Request.ReadFromJsonAsync(ChatJsonContext.Default.LoginRequest);
            (user, password) = (login?.User, login?.Password);
        }
        catch (System.Text.Json.JsonException)
        {
            // Unreadable JSON is a failed login below.
        }
    }

    if (DemoUsers.Check(user, password, CookieAuthenticationDefaults.AuthenticationScheme) is not { } identity)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        await context.Response.WriteAsync("unknown user or wrong password");
        return;
    }

    var principal = new ClaimsPrincipal(identity);
    await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
    // The same identity as a bearer token (data protection, as the cookie), for clients that cannot send the cookie.
    var tokenOptions = context.RequestServices.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(BearerTokenDefaults.AuthenticationScheme);
    var properties = new AuthenticationProperties { ExpiresUtc = TimeProvider.System.GetUtcNow() + tokenOptions.BearerTokenExpiration };
    var token = tokenOptions.BearerTokenProtector.Protect(new AuthenticationTicket(
        new ClaimsPrincipal(new ClaimsIdentity(identity.Claims, BearerTokenDefaults.AuthenticationScheme)), properties, BearerTokenDefaults.AuthenticationScheme));
    await context.Response.WriteAsJsonAsync(Describe(principal, token), ChatJsonContext.Default.LoginResponse);
});
app.MapGet("/me", context =>
{
    if (context.User.Identity?.IsAuthenticated != true)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }

    return context.Response.WriteAsJsonAsync(Describe(context.User, null), ChatJsonContext.Default.LoginResponse);
});
app.MapPost("/logout", context => context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme));

app.MapWebSocketEndpoints(); // generated: /chat/{room} (chat.v2, chat.v1), /admin/{room}, /echo

await app.StartAsync();
var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
Console.WriteLine($"Chat: http://127.0.0.1:{address.Port}/");
Console.WriteLine($"node {settings.Node}, {(settings.Redis is null ? "in-memory backplane" : "Redis backplane")}, room capacity {settings.RoomCapacity}; Ctrl+C stops");
await app.WaitForShutdownAsync();
Console.WriteLine("Stopped");
return 0;

LoginResponse Describe(ClaimsPrincipal user, string? token) => new()
{
    User = user.Identity!.Name!,
    Roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray(),
    AccessToken = token,
    Node = settings.Node,
};
