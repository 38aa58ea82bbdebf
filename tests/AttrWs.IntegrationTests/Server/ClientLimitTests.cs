using System.Net;
using System.Net.Sockets;
using System.Text;
using AttrWs.IntegrationTests.Diagnostics;
using AttrWs.IntegrationTests.Infrastructure;

namespace AttrWs.IntegrationTests.Server;

/// <summary>
/// Per-client limits over real sockets: clients bound to distinct loopback addresses (127.0.0.2 floods, 127.0.0.3 is
/// another client), as separate machines would be.
/// </summary>
public sealed class ClientLimitTests
{
    private static readonly IPAddress Flooder = IPAddress.Parse("127.0.0.2");
    private static readonly IPAddress Other = IPAddress.Parse("127.0.0.3");

    /// <summary>Connects from <paramref name="source"/>, sends an upgrade request and reads the response head.</summary>
    private static async Task<(Socket Socket, string Head)> HandshakeFromAsync(IPAddress source, int port)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        socket.Bind(new IPEndPoint(source, 0));
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port));
        await socket.SendAsync(Encoding.ASCII.GetBytes(RawHttp.Request("/echo", RawHttp.UpgradeHeaders)), SocketFlags.None);
        return (socket, await RawHttp.ReadHeadAsync(socket));
    }

    private static int RetryAfter(string head)
    {
        var line = head.Split("\r\n").Single(l => l.StartsWith("Retry-After: ", StringComparison.Ordinal));
        return int.Parse(line["Retry-After: ".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task A_flooding_address_gets_429_with_Retry_After_while_another_address_connects()
    {
        var logs = new CapturingLoggerFactory();
        await using var server = await TestServer.StartEchoAsync(o =>
        {
            o.Limits.MaxHandshakesPerSecondPerClient = 3;
            o.LoggerFactory = logs;
        });
        using var metrics = new MetricsCapture(server.Server);

        var heads = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            var (socket, head) = await HandshakeFromAsync(Flooder, server.Port);
            heads.Add(head);
            socket.Dispose();
        }

        // A bucket of 3, refilled with 3 a second: the 12 quick handshakes cannot all pass.
        var accepted = heads.Count(h => h.StartsWith("HTTP/1.1 101", StringComparison.Ordinal));
        var limited = heads.Where(h => h.StartsWith("HTTP/1.1 429 Too Many Requests\r\n", StringComparison.Ordinal)).ToList();
        Assert.True(accepted >= 3, $"the first handshakes pass ({accepted} did)");
        Assert.NotEmpty(limited);
        Assert.Equal(heads.Count, accepted + limited.Count);
        Assert.All(limited, h => Assert.InRange(RetryAfter(h), 1, 2));

        // The flooder does not use up anyone else's budget.
        var (other, otherHead) = await HandshakeFromAsync(Other, server.Port);
        using (other)
        {
            Assert.StartsWith("HTTP/1.1 101", otherHead);
        }

        // Counted and logged like every rejection (reason and status; no address).
        await Eventually.TrueAsync(() => metrics.TagsOf("attrws.handshakes.rejected").Count >= limited.Count, "429s counted");
        Assert.All(metrics.TagsOf("attrws.handshakes.rejected"), tags =>
        {
            Assert.Contains(new KeyValuePair<string, object?>("reason", "ClientLimited"), tags);
            Assert.Contains(new KeyValuePair<string, object?>("status", 429), tags);
        });
        await Eventually.TrueAsync(() => logs.Entries.Count(e => e.EventId.Id == 6) >= limited.Count, "429s logged");
        Assert.Contains(logs.Entries, e => e.EventId.Id == 6 && e.Message.Contains("ClientLimited (429)", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("127.0.0.2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Concurrent_connections_per_address_are_limited_and_released_on_disconnect()
    {
        await using var server = await TestServer.StartEchoAsync(o =>
        {
            o.Limits.MaxConnectionsPerClient = 2;
            o.Limits.RetryAfter = TimeSpan.FromSeconds(3);
        });

        var (first, firstHead) = await HandshakeFromAsync(Flooder, server.Port);
        var (second, secondHead) = await HandshakeFromAsync(Flooder, server.Port);
        using var keep = second;
        Assert.StartsWith("HTTP/1.1 101", firstHead);
        Assert.StartsWith("HTTP/1.1 101", secondHead);

        var (third, thirdHead) = await HandshakeFromAsync(Flooder, server.Port);
        third.Dispose();
        Assert.StartsWith("HTTP/1.1 429", thirdHead);
        Assert.Equal(3, RetryAfter(thirdHead)); // a concurrency limit has no wait of its own: the server's RetryAfter

        var (other, otherHead) = await HandshakeFromAsync(Other, server.Port);
        using (other)
        {
            Assert.StartsWith("HTTP/1.1 101", otherHead);
        }

        // One of the flooder's connections ends: its slot comes back.
        first.Dispose();
        string? again = null;
        for (var attempt = 0; attempt < 100 && again?.StartsWith("HTTP/1.1 101", StringComparison.Ordinal) != true; attempt++)
        {
            if (again is not null)
            {
                await Task.Delay(50);
            }

            var (socket, head) = await HandshakeFromAsync(Flooder, server.Port);
            again = head;
            if (!head.StartsWith("HTTP/1.1 101", StringComparison.Ordinal))
            {
                socket.Dispose();
            }
        }

        Assert.StartsWith("HTTP/1.1 101", again);
    }

    [Theory]
    [InlineData(nameof(WebSocketServerLimits.MaxHandshakesPerSecondPerClient))]
    [InlineData(nameof(WebSocketServerLimits.MaxConnectionsPerClient))]
    public async Task A_negative_limit_fails_the_start_naming_the_option(string option)
    {
        var options = new WebSocketServerOptions().Listen(IPAddress.Loopback, 0);
        typeof(WebSocketServerLimits).GetProperty(option)!.SetValue(options.Limits, -1);
        await using var server = new WebSocketServer(options);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => server.StartAsync());
        Assert.Contains("WebSocketServerOptions.Limits." + option, error.Message, StringComparison.Ordinal);
    }
}
