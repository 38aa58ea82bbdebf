// A cluster node for the Redis tests that need a separate process (SIGKILL): the room endpoint on 127.0.0.1:0 with a
// Redis backplane. Usage: AttrWs.Redis.TestNode <redis configuration> <prefix> <heartbeat interval ms> <heartbeat timeout ms>
// Prints "Listening on ws://127.0.0.1:PORT" then "Node NODEID", and runs until stdin closes or SIGTERM.
using System.Globalization;
using System.Net;
using AttrWs;
using AttrWs.Redis;
using AttrWs.Testing;

var backplane = new RedisBackplane(new RedisBackplaneOptions
{
    Configuration = args[0],
    Prefix = args[1],
    HeartbeatInterval = TimeSpan.FromMilliseconds(int.Parse(args[2], CultureInfo.InvariantCulture)),
    HeartbeatTimeout = TimeSpan.FromMilliseconds(int.Parse(args[3], CultureInfo.InvariantCulture)),
});
var options = new WebSocketServerOptions { Backplane = backplane }.Listen(IPAddress.Loopback, 0);
await using var server = new WebSocketServer(options);
server.Map(RoomEndpoint.Template, RoomEndpoint.HandleAsync);
await server.StartAsync();
Console.WriteLine("Listening on ws://127.0.0.1:" + server.ListeningEndPoints[0].Port.ToString(CultureInfo.InvariantCulture));
Console.WriteLine("Node " + backplane.NodeId);

using var stop = new CancellationTokenSource();
using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});
_ = Task.Run(() =>
{
    Console.In.ReadToEnd();
    stop.Cancel();
});
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
}

await server.StopAsync();
await backplane.DisposeAsync();
