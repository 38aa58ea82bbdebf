using AttrWs.IntegrationTests.Infrastructure;

namespace AttrWs.IntegrationTests.Server;

public sealed class SubProtocolTests
{
    [Fact]
    public async Task Selects_the_endpoints_preferred_subprotocol_among_those_offered()
    {
        string? seen = null;
        await using var server = await TestServer.StartAsync(s => s.Map(new WebSocketEndpoint("/chat", session =>
        {
            seen = session.SubProtocol;
            return ValueTask.CompletedTask;
        })
        {
            SubProtocols = ["chat.v2", "chat.v1"],
        }));

        using var client = await server.ConnectAsync("/chat", o =>
        {
            o.AddSubProtocol("chat.v1");
            o.AddSubProtocol("chat.v2");
        });

        Assert.Equal("chat.v2", client.SubProtocol);
        await client.ReceiveCloseAsync();
        Assert.Equal("chat.v2", seen);
    }

    [Fact]
    public async Task Rejects_a_client_that_offers_none_of_the_endpoints_subprotocols()
    {
        await using var server = await TestServer.StartAsync(s => s.Map(new WebSocketEndpoint("/chat", _ => ValueTask.CompletedTask)
        {
            SubProtocols = ["chat.v2"],
        }));

        var response = await RawConnection.ExchangeAsync(server.Port, RawConnection.Request("/chat", RawConnection.UpgradeHeaders + "Sec-WebSocket-Protocol: other\r\n"));
        Assert.StartsWith("HTTP/1.1 400", response);
    }
}
