// Echo: the smallest AttrWs server, as a Generic Host app. Every text or binary message sent to
// ws://127.0.0.1:PORT/echo comes back as is; ws://127.0.0.1:PORT/stats answers with the echo count (a class endpoint
// with a constructor-injected singleton).
//   dotnet run --project samples/Echo -- [--port N] [--deflate]
// Options come from code, then appsettings.json, environment (AttrWs__Limits__MaxMessageSize) and the command line
// (--port N is AttrWs:Port, --deflate is AttrWs:Handshake:EnableDeflate=true, or any --AttrWs:Key value); port 0 picks
// a free port. Ctrl+C or SIGTERM stop the host: every client gets close 1001.
using AttrWs;
using Echo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// --deflate is a flag; the command-line provider wants key/value pairs.
string[] arguments = [.. args.SelectMany(a => a == "--deflate" ? ["--AttrWs:Handshake:EnableDeflate", "true"] : new[] { a })];
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    ContentRootPath = AppContext.BaseDirectory, // appsettings.json next to the binary, wherever it is started from
});
builder.Configuration.AddCommandLine(arguments, new Dictionary<string, string> { ["--port"] = "AttrWs:Port" });
builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);

builder.Services.AddSingleton<EchoStats>();
builder.Services.AddWebSocketServer(server => server.MapGeneratedEndpoints()); // EchoEndpoints.cs, routed at compile time

using var host = builder.Build();
await host.StartAsync();
var listening = host.Services.GetRequiredService<WebSocketServer>().ListeningEndPoints[0];
Console.WriteLine($"Listening on ws://{listening}/echo");
await host.WaitForShutdownAsync();
Console.WriteLine("Stopped");
return 0;
