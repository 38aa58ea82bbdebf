// AspNetCore: AttrWs's generated endpoints on Kestrel, with ASP.NET Core cookie authentication.
//   dotnet run --project samples/AspNetCore -- [--port N]     (default 5090; 0 picks a free port)
// Endpoints:
//   ws://127.0.0.1:PORT/echo   anonymous; echoes text and binary
//   POST /login                form fields user=demo&password=demo-password (the demo credentials): sets the cookie
//   ws://127.0.0.1:PORT/me     [Authorize]: send the cookie from /login; anonymous callers get 401
// The cookie is SameSite=Strict and HttpOnly: a page on another site cannot open /me with it.
using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

const string DemoUser = "demo";
const string DemoPassword = "demo-password";

var port = 5090;
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--port" && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed <= 65535)
    {
        port = parsed;
        i++;
        continue;
    }

    Console.Error.WriteLine($"Unknown or incomplete argument '{args[i]}'. Usage: AspNetCore [--port N]");
    return 2;
}

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(cookie =>
    {
        cookie.Cookie.SameSite = SameSiteMode.Strict;
        cookie.Cookie.HttpOnly = true;
        // A WebSocket client cannot follow a login redirect: answer 401 instead.
        cookie.Events.OnRedirectToLogin = context =>
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        };
    });
builder.Services.AddAuthorization();
builder.Services.AddWebSocketEndpoints(options => options.Limits.MaxMessageSize = 1024 * 1024);

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();

app.MapPost("/login", async (HttpContext context) =>
{
    var form = await context.Request.ReadFormAsync();
    var user = form["user"].ToString();
    var password = form["password"].ToString();
    // Fixed-time comparison of the demo credentials; a real app checks its user store.
    if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(user), Encoding.UTF8.GetBytes(DemoUser))
        | !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(password), Encoding.UTF8.GetBytes(DemoPassword)))
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return;
    }

    var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user)], CookieAuthenticationDefaults.AuthenticationScheme);
    await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
});

app.MapWebSocketEndpoints(); // generated for this project: every [WebSocketEndpoint] in Endpoints.cs

await app.StartAsync();
var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
Console.WriteLine($"Listening on ws://127.0.0.1:{address.Port}/echo");
await app.WaitForShutdownAsync();
Console.WriteLine("Stopped");
return 0;
