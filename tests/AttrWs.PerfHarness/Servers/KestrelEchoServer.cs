using System.Net;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AttrWs.PerfHarness.Servers;

/// <summary>
/// Plain Kestrel with <c>UseWebSockets()</c> and the echo loop of the ASP.NET Core WebSockets documentation
/// (a 4 KiB receive buffer; each received fragment is sent back as it arrives). Logging providers are cleared so the
/// per-request Information logs of a template app without appsettings do not cost it anything.
/// </summary>
internal static class KestrelEchoServer
{
    public static async Task RunAsync(CancellationToken stop)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.UseWebSockets();
        app.Use(async (context, next) =>
        {
            if (context.Request.Path == "/echo")
            {
                if (context.WebSockets.IsWebSocketRequest)
                {
                    using var webSocket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
                    await EchoAsync(webSocket).ConfigureAwait(false);
                }
                else
                {
                    context.Response.StatusCode = StatusCodes.Status400BadRequest;
                }
            }
            else
            {
                await next(context).ConfigureAwait(false);
            }
        });
        await app.StartAsync(stop).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        ServerHost.AnnounceListening(new Uri(address).Port);
        await ServerHost.WaitAsync(stop).ConfigureAwait(false);
        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
    }

    // The documentation's Echo method.
    private static async Task EchoAsync(WebSocket webSocket)
    {
        var buffer = new byte[1024 * 4];
        var receiveResult = await webSocket.ReceiveAsync(new ArraySegment<byte>(buffer), CancellationToken.None).ConfigureAwait(false);
        while (!receiveResult.CloseStatus.HasValue)
        {
            await webSocket.SendAsync(new ArraySegment<byte>(buffer, 0, receiveResult.Count), receiveResult.MessageType, receiveResult.EndOfMessage, CancellationToken.None).ConfigureAwait(false);
            receiveResult = await webSocket.ReceiveAsync(new ArraySegment<byte>(buffer), CancellationToken.None).ConfigureAwait(false);
        }

        await webSocket.CloseAsync(receiveResult.CloseStatus.Value, receiveResult.CloseStatusDescription, CancellationToken.None).ConfigureAwait(false);
    }
}
