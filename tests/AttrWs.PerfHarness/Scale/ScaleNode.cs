using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.WebSockets;
using AttrWs.Redis;

namespace AttrWs.PerfHarness.Scale;

/// <summary>
/// The <c>scale-node</c> process: AttrWs's standalone server as the idle scenario runs it (the generated <c>/echo</c>
/// endpoint, default limits but the connection cap), joined to the other nodes by the Redis backplane (<c>--keep-alive-timeout S</c> changes the pong timeout). Prints
/// <c>LISTENING port</c>; stdin commands: <c>gc</c> (answers <c>GC bytes</c>, the live managed heap after a full
/// collection), <c>count</c> (<c>COUNT n ...</c>, its open connections and the backplane's counters) and <c>broadcast SEQ</c> (one
/// <see cref="IWebSocketGroups.SendToAllAsync"/> of <see cref="ScalePayload"/>; answers <c>SENT before after</c>, Stopwatch
/// timestamps around the call). Stdin closing stops it.
/// </summary>
internal static class ScaleNode
{
    public static async Task<int> RunAsync(string[] args)
    {
        var a = ScaleArguments.Parse(args);
        var redis = a.String("--redis");
        await using var backplane = redis is null ? null : new RedisBackplane(new RedisBackplaneOptions
        {
            Configuration = redis,
            Prefix = a.String("--prefix") ?? "scale",
        });
        var options = new WebSocketServerOptions { Backplane = backplane }.Listen(IPAddress.Loopback, 0);
        options.Limits.MaxConnections = 100_000; // as in the idle scenario; the open-file limit is what bounds a node here
        if (a.String("--keep-alive-timeout") is not null)
        {
            options.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(a.Double("--keep-alive-timeout"));
        }
        await using var server = new WebSocketServer(options);
        server.MapGeneratedEndpoints();
        using var stop = new CancellationTokenSource();
        var commands = ScaleArguments.ReadCommands(stop);
        await server.StartAsync(stop.Token).ConfigureAwait(false);
        Console.Out.WriteLine("LISTENING " + server.ListeningEndPoints[0].Port.ToString(CultureInfo.InvariantCulture));
        try
        {
            await foreach (var command in commands.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                var parts = command.Split(' ');
                switch (parts[0])
                {
                    case "gc":
                        Console.Out.WriteLine("GC " + GC.GetTotalMemory(forceFullCollection: true).ToString(CultureInfo.InvariantCulture));
                        break;
                    case "count":
                        Console.Out.WriteLine(backplane is null
                            ? FormattableString.Invariant($"COUNT {server.Connections.Count}")
                            : FormattableString.Invariant($"COUNT {server.Connections.Count} backplane connected={backplane.IsConnected} published={backplane.PublishedCount} received={backplane.ReceivedCount} lost={backplane.LostCount} dropped={backplane.DroppedCount}"));
                        break;
                    case "broadcast":
                        var payload = ScalePayload.Create(long.Parse(parts[1], CultureInfo.InvariantCulture));
                        var before = Stopwatch.GetTimestamp();
                        await server.Groups.SendToAllAsync(WebSocketMessageType.Binary, payload, cancellationToken: stop.Token).ConfigureAwait(false);
                        var after = Stopwatch.GetTimestamp();
                        Console.Out.WriteLine(FormattableString.Invariant($"SENT {before} {after}"));
                        break;
                    default:
                        await Console.Error.WriteLineAsync($"scale-node: unknown command '{command}'").ConfigureAwait(false);
                        break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stdin closed: stopping.
        }

        await server.StopAsync(CancellationToken.None).ConfigureAwait(false);
        return 0;
    }
}
