// The load and soak harness. Commands (see tests/AttrWs.Benchmarks/RESULTS.md for recorded runs):
//   ulimit -n 20000; dotnet run -c Release --project tests/AttrWs.LoadTests -- --connections 10000 --messages 20 --sources 8
//   dotnet run -c Release --project tests/AttrWs.LoadTests -- --soak-minutes 10 --connections 1000 --sources 4
// The server runs in a child process of this program (--serve): each process then has its own descriptor limit.
using System.Globalization;
using AttrWs.LoadTests;

var connections = 10_000;
var messages = 20;
var payload = 64;
var sources = 8;
var soakMinutes = 0.0;
var serve = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--serve": serve = true; break;
        case "--connections" or "--max-connections": connections = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--messages": messages = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--payload": payload = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--sources": sources = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--soak-minutes": soakMinutes = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
        default:
            Console.Error.WriteLine($"Unknown argument '{args[i]}'. Usage: [--connections N] [--messages K] [--payload B] [--sources S] [--soak-minutes M]");
            return 2;
    }
}

if (serve)
{
    return await ServerChild.ServeAsync(connections);
}

static void Log(string line) => Console.WriteLine(FormattableString.Invariant($"[{DateTime.UtcNow:HH:mm:ss}] {line}"));

await using var server = await ServerChild.StartAsync(connections + 1000);
Log($"server child on {server.EndPoint}");
if (soakMinutes > 0)
{
    var clean = await SoakRun.RunAsync(server, connections, payload, sources, TimeSpan.FromMinutes(soakMinutes), Log);
    await server.StopAsync();
    Log(clean ? "SOAK PASS" : "SOAK FAIL");
    return clean ? 0 : 1;
}

Log($"load: {connections} connections x {messages} messages of {payload} bytes over {sources} source addresses");
var options = new LoadOptions(server.EndPoint, connections, messages, payload, sources);
var result = await LoadRun.RunAsync(options, async () =>
{
    Log("loaded: " + await server.StatsAsync());
    await server.StopAsync();
}, Log, TimeSpan.FromMinutes(5));
foreach (var error in result.Errors)
{
    Log("  " + error);
}

var pass = result.Connected == connections && result.MessagesVerified == (long)connections * messages
    && result.MessagesCorrupted == 0 && result.MessagesLost == 0 && result.ClosedGoingAway == connections;
Log(pass ? "LOAD PASS" : "LOAD FAIL");
return pass ? 0 : 1;
