using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AttrWs.PerfHarness.Servers;

/// <summary>
/// AttrWs on Kestrel: the same <c>[WebSocketEndpoint("/echo")]</c> method (<see cref="AttrWsEchoEndpoint"/>) mapped with
/// <c>app.MapWebSocketEndpoints()</c>, on the same Kestrel setup as <see cref="KestrelEchoServer"/> (logging providers cleared),
/// so the difference between the two is AttrWs's handshake core and session.
/// </summary>
internal static class AttrWsKestrelEchoServer
{
    public static async Task RunAsync(CancellationToken stop)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddWebSocketEndpoints();
        var app = builder.Build();
        app.MapWebSocketEndpoints();
        await app.StartAsync(stop).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        ServerHost.AnnounceListening(new Uri(address).Port);
        await ServerHost.WaitAsync(stop).ConfigureAwait(false);
        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
    }
}
