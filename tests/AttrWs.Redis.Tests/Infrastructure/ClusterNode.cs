using System.Net;
using AttrWs.Testing;
using Microsoft.Extensions.Logging;

namespace AttrWs.Redis.Tests.Infrastructure;

/// <summary>An AttrWs server in the test process with a Redis backplane and the room endpoint.</summary>
internal sealed class ClusterNode : IAsyncDisposable
{
    private ClusterNode(WebSocketServer server, RedisBackplane backplane)
    {
        Server = server;
        Backplane = backplane;
    }

    public WebSocketServer Server { get; }

    public RedisBackplane Backplane { get; }

    public int Port => Server.ListeningEndPoints[0].Port;

    public static async Task<ClusterNode> StartAsync(string configuration, string prefix, Action<RedisBackplaneOptions>? configure = null, ILoggerFactory? loggerFactory = null)
    {
        var backplaneOptions = new RedisBackplaneOptions
        {
            Configuration = configuration,
            Prefix = prefix,
            HeartbeatInterval = TimeSpan.FromMilliseconds(500),
            HeartbeatTimeout = TimeSpan.FromSeconds(2),
        };
        configure?.Invoke(backplaneOptions);
        var backplane = new RedisBackplane(backplaneOptions);
        var options = new WebSocketServerOptions
        {
            Backplane = backplane,
            LoggerFactory = loggerFactory,

            // A reconnecting node delivers what it missed in one burst: members need room for it.
            Limits = { SendQueueLimit = 100_000, ShutdownTimeout = TimeSpan.FromSeconds(3) },
        }.Listen(IPAddress.Loopback, 0);
        var server = new WebSocketServer(options);
        server.Map(RoomEndpoint.Template, RoomEndpoint.HandleAsync);
        await server.StartAsync();
        return new ClusterNode(server, backplane);
    }

    public Task<RoomClient> JoinAsync(string room) => RoomClient.ConnectAsync(Port, room);

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await Backplane.DisposeAsync();
    }
}
