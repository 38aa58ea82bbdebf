using System.Net.WebSockets;
using System.Text;
using AttrWs.IntegrationTests.Infrastructure;

namespace AttrWs.IntegrationTests.Diagnostics;

public sealed class MetricsTests
{
    private static readonly byte[] Compressible = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("the quick brown fox jumps over the lazy dog. ", 20_000)));

    [Fact]
    public async Task Deflate_is_negotiated_and_shrinks_the_wire_bytes()
    {
        await using var server = await TestServer.StartEchoAsync(o => o.Handshake.EnableDeflate = true);
        using var metrics = new MetricsCapture(server.Server);
        using var client = await server.ConnectAsync("/echo", o =>
        {
            o.DangerousDeflateOptions = new WebSocketDeflateOptions();
            o.CollectHttpResponseDetails = true;
        });

        Assert.Contains("permessage-deflate", client.HttpResponseHeaders!["Sec-WebSocket-Extensions"].Single());
        await client.SendAsync(Compressible, WebSocketMessageType.Text, true, CancellationToken.None);
        Assert.Equal(Compressible, (await client.ReceiveWholeAsync()).Data);

        // The counting stream sits under the framing: a ~900 KB compressible message costs a few KB on the wire.
        Assert.InRange(metrics.Sum("attrws.bytes.received"), 1, Compressible.Length / 20);
        Assert.InRange(metrics.Sum("attrws.bytes.sent"), 1, Compressible.Length / 20);
        Assert.Equal(1, metrics.Sum("attrws.messages.received"));
        Assert.Equal(1, metrics.Sum("attrws.messages.sent"));
    }

    [Fact]
    public async Task Without_deflate_the_wire_bytes_exceed_the_payload()
    {
        await using var server = await TestServer.StartEchoAsync();
        using var metrics = new MetricsCapture(server.Server);
        using var client = await server.ConnectAsync("/echo", o => o.DangerousDeflateOptions = new WebSocketDeflateOptions());
        await client.SendAsync(Compressible, WebSocketMessageType.Text, true, CancellationToken.None);
        Assert.Equal(Compressible, (await client.ReceiveWholeAsync()).Data);
        Assert.True(metrics.Sum("attrws.bytes.received") > Compressible.Length);
    }

    [Fact]
    public async Task Counts_connections_and_handshakes_with_reason_and_status_tags()
    {
        await using var server = await TestServer.StartEchoAsync();
        using var metrics = new MetricsCapture(server.Server);
        Assert.StartsWith("HTTP/1.1 404", await RawConnection.ExchangeAsync(server.Port, RawConnection.Request("/missing", RawConnection.UpgradeHeaders)));
        using (var client = await server.ConnectAsync("/echo"))
        {
            await Eventually.TrueAsync(() => metrics.Sum("attrws.connections.current") == 1, "one open connection");
            await client.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }

        await Eventually.TrueAsync(() => metrics.Sum("attrws.connections.current") == 0, "no open connection");
        Assert.Equal(1, metrics.Sum("attrws.connections.total"));
        Assert.Equal(1, metrics.Sum("attrws.handshakes.accepted"));
        var rejected = Assert.Single(metrics.TagsOf("attrws.handshakes.rejected"));
        Assert.Contains(new KeyValuePair<string, object?>("reason", "NotFound"), rejected);
        Assert.Contains(new KeyValuePair<string, object?>("status", 404), rejected);
    }
}
