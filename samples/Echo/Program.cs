// Echo: the smallest AttrWs server. Every text or binary message sent to ws://127.0.0.1:PORT/echo comes back as is.
//   dotnet run --project samples/Echo -- [--port N] [--deflate]
// --port 0 picks a free port; --deflate enables permessage-deflate server-wide. Ctrl+C or SIGTERM stops gracefully
// (every client gets close 1001).
using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using AttrWs;

var port = 5080;
var deflate = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--port" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed <= 65535:
            port = parsed;
            i++;
            break;
        case "--deflate":
            deflate = true;
            break;
        default:
            Console.Error.WriteLine($"Unknown or incomplete argument '{args[i]}'. Usage: Echo [--port N] [--deflate]");
            return 2;
    }
}

var options = new WebSocketServerOptions().Listen(IPAddress.Loopback, port);
options.Handshake.EnableDeflate = deflate;
await using var server = new WebSocketServer(options);
server.MapGeneratedEndpoints(); // the [WebSocketEndpoint] methods of this project (EchoEndpoint.cs), routed at compile time
await server.StartAsync();
Console.WriteLine($"Listening on ws://127.0.0.1:{server.ListeningEndPoints[0].Port}/echo");

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stop.Cancel();
});

try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
    // Ctrl+C or SIGTERM.
}

await server.StopAsync();
Console.WriteLine("Stopped");
return 0;
