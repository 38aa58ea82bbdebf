using System.Net;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using AttrWs.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AttrWs.IntegrationTests.Hosts;

/// <summary>One host of the generated endpoints, started on 127.0.0.1 port 0.</summary>
public interface IWebSocketTestHost : IAsyncDisposable
{
    /// <summary>The ws:// address of a path on the host.</summary>
    Uri Uri(string path);

    /// <summary>The host's connection registry.</summary>
    WebSocketConnectionRegistry Connections { get; }

    /// <summary>The host's address (127.0.0.1 and its port), for raw clients.</summary>
    IPEndPoint EndPoint { get; }

    /// <summary>The application's services (<see cref="HostServices.AddHostServices"/>).</summary>
    IServiceProvider Services { get; }

    /// <summary>Stops the host (sessions are closed with 1001).</summary>
    Task StopAsync();
}

/// <summary>What both hosts share: users, the hook, the limits. Only the authentication mechanism differs by host.</summary>
public static class HostSetup
{
    public const string Realm = "hosts";
    public const string Password = "pw";

    /// <summary>admin (role admin) and bob (no role), password <see cref="Password"/>.</summary>
    public static ClaimsPrincipal? Validate(string user, string password, string scheme)
    {
        if (password != Password || user is not ("admin" or "bob"))
        {
            return null;
        }

        var claims = new List<Claim> { new(ClaimTypes.Name, user) };
        if (user == "admin")
        {
            claims.Add(new Claim(ClaimTypes.Role, "admin"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    /// <summary>
    /// What both hosts serve: the generated endpoints of this folder and of Security/GeneratedEndpoints.cs (/gen/ver).
    /// The assembly's other groups need services neither host registers (the hosts check endpoint classes' services at start).
    /// </summary>
    internal static FilteredRouteTable Table { get; } = new(
        AttrWs.Generated.GeneratedWebSocketEndpoints.RouteTable,
        e => (e.DeclaringType?.StartsWith("AttrWs.IntegrationTests.Hosts.", StringComparison.Ordinal) == true
            || e.DeclaringType?.StartsWith("AttrWs.IntegrationTests.Security.", StringComparison.Ordinal) == true)
            && e.DeclaringType != typeof(HttpContextEndpoint).FullName); // needs a request: Kestrel only

    public static string BasicHeader(string user) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + Password));

    /// <summary>The limits and the open-request hook, identical on both hosts.</summary>
    public static void Configure(WebSocketServerOptions options)
    {
        options.Limits.MaxMessageSize = 64 * 1024;
        options.Limits.CloseTimeout = TimeSpan.FromSeconds(2); // bounds waits for clients that never answer a close
        options.Handshake.OnOpenRequest = (context, _) =>
        {
            if (context.Query.Contains("hook=reject", StringComparison.Ordinal))
            {
                context.StatusCode = 429;
                context.ResponseHeaders.Add("Retry-After", "7");
                context.RejectionReason = "the hook says no";
            }
            else if (context.Query.Contains("hook=accept", StringComparison.Ordinal))
            {
                context.ResponseHeaders.Add("X-Hook", "accepted");
            }

            return ValueTask.CompletedTask;
        };
    }
}

/// <summary>The standalone server with the generated table and AttrWs's Basic authenticator.</summary>
public sealed class StandaloneTestHost : IWebSocketTestHost
{
    private readonly WebSocketServer _server;
    private readonly ServiceProvider _services;

    private StandaloneTestHost(WebSocketServer server, ServiceProvider services)
    {
        _server = server;
        _services = services;
    }

    public WebSocketConnectionRegistry Connections => _server.Connections;

    public IPEndPoint EndPoint => new(IPAddress.Loopback, _server.ListeningEndPoints[0].Port);

    public IServiceProvider Services => _services;

    public static Task<StandaloneTestHost> StartAsync() => StartAsync(null);

    /// <summary>Starts the server; <paramref name="configure"/> changes the options after the shared setup.</summary>
    public static async Task<StandaloneTestHost> StartAsync(Action<WebSocketServerOptions>? configure)
    {
        var services = new ServiceCollection().AddHostServices().BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        var options = new WebSocketServerOptions { Services = services }.Listen(IPAddress.Loopback, 0);
        HostSetup.Configure(options);
        configure?.Invoke(options);
        options.Security.Authentication.AddBasic(HostSetup.Realm, (user, password) => HostSetup.Validate(user, password, "Basic"));
        options.Security.Authorization.AddPolicy("staff", (user, _) => user.IsInRole("staff")); // Security/GeneratedEndpoints.cs names it
        var server = new WebSocketServer(options);
        server.AddRouteTable(HostSetup.Table);
        await server.StartAsync();
        return new StandaloneTestHost(server, services);
    }

    public Uri Uri(string path) => new($"ws://127.0.0.1:{_server.ListeningEndPoints[0].Port}{path}");

    public Task StopAsync() => _server.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        await _services.DisposeAsync();
    }
}

/// <summary>ASP.NET Core on Kestrel: the generated table through MapWebSocketEndpoints(), ASP.NET Core authentication.</summary>
public sealed class KestrelTestHost : IWebSocketTestHost
{
    private readonly WebApplication _app;

    private KestrelTestHost(WebApplication app, Uri baseUri)
    {
        _app = app;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    public WebApplication App => _app;

    public WebSocketConnectionRegistry Connections => _app.Services.GetRequiredService<AttrWs.AspNetCore.WebSocketEndpointHost>().Connections;

    public IPEndPoint EndPoint => new(IPAddress.Loopback, BaseUri.Port);

    public IServiceProvider Services => _app.Services;

    public static Task<KestrelTestHost> StartAsync() => StartAsync(null, null);

    /// <summary>Starts the app; <paramref name="configure"/> changes the AttrWs options after the shared setup.</summary>
    public static Task<KestrelTestHost> StartAsync(Action<WebSocketServerOptions>? configure) => StartAsync(null, null, null, configure);

    /// <summary>Starts the app; <paramref name="listen"/> replaces the plain-HTTP listener, <paramref name="map"/> replaces the plain mapping.</summary>
    public static Task<KestrelTestHost> StartAsync(Action<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>? listen, Action<WebApplication>? map) => StartAsync(listen, map, null);

    public static Task<KestrelTestHost> StartAsync(Action<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>? listen, Action<WebApplication>? map, Action<IServiceCollection>? services)
        => StartAsync(listen, map, services, null);

    private static async Task<KestrelTestHost> StartAsync(
        Action<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>? listen,
        Action<WebApplication>? map,
        Action<IServiceCollection>? services,
        Action<WebSocketServerOptions>? configure)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel =>
        {
            if (listen is null)
            {
                kestrel.Listen(IPAddress.Loopback, 0);
            }
            else
            {
                listen(kestrel);
            }
        });
        builder.Services.AddAuthentication(TestBasicHandler.SchemeName).AddScheme<AuthenticationSchemeOptions, TestBasicHandler>(TestBasicHandler.SchemeName, null);
        builder.Services.AddAuthorization();
        builder.Services.AddWebSocketEndpoints(options =>
        {
            HostSetup.Configure(options);
            configure?.Invoke(options);
        });
        builder.Services.AddHostServices();
        builder.Host.UseDefaultServiceProvider(provider => provider.ValidateScopes = true);
        services?.Invoke(builder.Services);
        var app = builder.Build();
        if (services is not null)
        {
            app.UseRateLimiter();
        }

        app.UseAuthentication();
        app.UseAuthorization();
        if (map is null)
        {
            app.MapWebSocketEndpoints(HostSetup.Table);
        }
        else
        {
            map(app);
        }

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var uri = new Uri(address);
        return new KestrelTestHost(app, uri);
    }

    public Uri Uri(string path) => new($"{(BaseUri.Scheme == "https" ? "wss" : "ws")}://127.0.0.1:{BaseUri.Port}{path}");

    public Task StopAsync() => _app.StopAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}

/// <summary>An ASP.NET Core Basic scheme for the tests: the same users and the same challenge as the standalone server's.</summary>
public sealed class TestBasicHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Basic";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
        }
        catch (FormatException)
        {
            return Task.FromResult(AuthenticateResult.Fail("Malformed Basic credentials."));
        }

        var colon = decoded.IndexOf(':');
        var user = colon < 0 ? null : HostSetup.Validate(decoded[..colon], decoded[(colon + 1)..], SchemeName);
        return Task.FromResult(user is null
            ? AuthenticateResult.Fail("Invalid credentials.")
            : AuthenticateResult.Success(new AuthenticationTicket(user, SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = 401;
        Response.Headers.WWWAuthenticate = $"Basic realm=\"{HostSetup.Realm}\", charset=\"UTF-8\"";
        return Task.CompletedTask;
    }
}
