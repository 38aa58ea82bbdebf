using System.Net;
using System.Net.WebSockets;
using System.Text;
using AttrWs.Generators.Tests.Infrastructure;

namespace AttrWs.Generators.Tests.EndToEnd;

/// <summary>
/// Generated endpoints behind the real standalone server on 127.0.0.1:0: the generated table routes the handshake, the
/// negotiated subprotocol picks the endpoint of a shared template, and the invoker binds route values and services.
/// </summary>
public sealed class GeneratedEndpointsServerTests : IDisposable
{
    private const string Source = """
        using System.Threading;
        using System.Threading.Tasks;
        using AttrWs;

        namespace App;

        public sealed class Greeting { public string Text => "hi"; }

        public static class Rooms
        {
            [WebSocketEndpoint("/rooms/{room}/{seat:int}", SubProtocols = "rooms.v2")]
            public static Task V2(WebSocketSession session, string room, int seat, Greeting greeting, CancellationToken aborted) =>
                session.SendTextAsync($"v2|{room}|{seat + 1}|{greeting.Text}|{session.SubProtocol}", aborted).AsTask();

            [WebSocketEndpoint("/rooms/{room}/{seat:int}", SubProtocols = "rooms.v1")]
            public static Task V1(WebSocketSession session, string room, int seat, CancellationToken aborted) =>
                session.SendTextAsync($"v1|{room}|{seat}", aborted).AsTask();
        }
        """;

    private readonly LoadedApp _app = GeneratorHarness.Run(Source).Load();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("rooms.v2", "v2|caf\u00e9|8|hi|rooms.v2")]
    [InlineData("rooms.v1", "v1|caf\u00e9|7")]
    public async Task Subprotocol_picks_the_endpoint_and_the_invoker_binds_its_parameters(string subProtocol, string expected)
    {
        var options = new WebSocketServerOptions().Listen(IPAddress.Loopback, 0);
        options.Services = new TestSessions.Services(Activator.CreateInstance(_app.GetType("App.Greeting"))!);
        await using var server = new WebSocketServer(options);
        server.AddRouteTable(_app.RouteTable);
        await server.StartAsync();

        using var client = new ClientWebSocket();
        client.Options.AddSubProtocol(subProtocol);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await client.ConnectAsync(new Uri($"ws://127.0.0.1:{server.ListeningEndPoints[0].Port}/ROOMS/caf%C3%A9/7/"), timeout.Token);
        Assert.Equal(subProtocol, client.SubProtocol);

        var buffer = new byte[256];
        var received = await client.ReceiveAsync(buffer, timeout.Token);
        Assert.Equal(expected, Encoding.UTF8.GetString(buffer, 0, received.Count));
    }

    [Fact]
    public async Task A_value_that_fails_the_typed_parameter_is_not_found()
    {
        await using var server = new WebSocketServer(new WebSocketServerOptions().Listen(IPAddress.Loopback, 0));
        server.AddRouteTable(_app.RouteTable);
        await server.StartAsync();

        using var client = new ClientWebSocket();
        client.Options.AddSubProtocol("rooms.v1");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var error = await Assert.ThrowsAsync<WebSocketException>(() =>
            client.ConnectAsync(new Uri($"ws://127.0.0.1:{server.ListeningEndPoints[0].Port}/rooms/a/seven"), timeout.Token));
        Assert.Contains("404", error.Message, StringComparison.Ordinal);
    }
}
