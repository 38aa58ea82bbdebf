using System.Net;
using AttrWs.AspNetCore;
using AttrWs.Routing;
using AttrWs.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AttrWs.Redis.Tests.Infrastructure;

/// <summary>
/// An ASP.NET Core app on Kestrel (127.0.0.1 port 0) serving the room endpoint through <c>MapWebSocketEndpoints</c>, with a
/// <see cref="RedisBackplane"/> registered as a service: how a Kestrel app scales out (the container disposes the backplane).
/// </summary>
internal sealed class KestrelClusterNode : IAsyncDisposable
{
    private readonly WebApplication _app;

    private KestrelClusterNode(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The app's groups (cluster-wide sends from outside an endpoint).</summary>
    public IWebSocketGroups Groups => _app.Services.GetRequiredService<WebSocketEndpointHost>().Groups;

    public static async Task<KestrelClusterNode> StartAsync(string configuration, string prefix)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSingleton<IWebSocketBackplane>(_ => new RedisBackplane(new RedisBackplaneOptions
        {
            Configuration = configuration,
            Prefix = prefix,
            HeartbeatInterval = TimeSpan.FromMilliseconds(500),
            HeartbeatTimeout = TimeSpan.FromSeconds(2),
        }));
        builder.Services.AddWebSocketEndpoints(options => options.Limits.ShutdownTimeout = TimeSpan.FromSeconds(3));
        var app = builder.Build();
        var table = new RuntimeRouteTable();
        table.Add(new WebSocketEndpoint(RoomEndpoint.Template, RoomEndpoint.HandleAsync));
        app.MapWebSocketEndpoints(table);
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new KestrelClusterNode(app, address.Port);
    }

    public Task<RoomClient> JoinAsync(string room) => RoomClient.ConnectAsync(Port, room);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
