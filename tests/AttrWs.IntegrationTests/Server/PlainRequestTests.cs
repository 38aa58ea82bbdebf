using AttrWs.IntegrationTests.Infrastructure;

namespace AttrWs.IntegrationTests.Server;

public sealed class PlainRequestTests
{
    [Fact]
    public async Task Plain_GET_to_an_endpoint_gets_426_with_Upgrade_websocket()
    {
        await using var server = await TestServer.StartEchoAsync();
        var response = await RawConnection.ExchangeAsync(server.Port, RawConnection.Request("/echo"));
        Assert.StartsWith("HTTP/1.1 426", response);
        Assert.Contains("\r\nUpgrade: websocket\r\n", response);
    }

    [Fact]
    public async Task Plain_GET_elsewhere_gets_404()
    {
        await using var server = await TestServer.StartEchoAsync();
        var response = await RawConnection.ExchangeAsync(server.Port, RawConnection.Request("/nothing-here"));
        Assert.StartsWith("HTTP/1.1 404", response);
    }

    [Fact]
    public async Task PlainRequestHandler_serves_healthz_and_falls_through_elsewhere()
    {
        await using var server = await TestServer.StartEchoAsync(o => o.PlainRequestHandler = (request, _) =>
            ValueTask.FromResult(request.Path == "/healthz" ? PlainHttpResponse.Text(200, "ok") : null));

        var health = await RawConnection.ExchangeAsync(server.Port, RawConnection.Request("/healthz"));
        Assert.StartsWith("HTTP/1.1 200 OK\r\n", health);
        Assert.Contains("Content-Length: 2\r\n", health);
        Assert.EndsWith("\r\n\r\nok", health);

        Assert.StartsWith("HTTP/1.1 426", await RawConnection.ExchangeAsync(server.Port, RawConnection.Request("/echo")));
        using var client = await server.ConnectAsync("/echo");
        await client.SendTextAsync("upgrade still works");
        Assert.Equal("upgrade still works", await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task PlainRequestHandler_that_throws_answers_500_and_the_server_keeps_serving()
    {
        await using var server = await TestServer.StartEchoAsync(o => o.PlainRequestHandler = (_, _) => throw new InvalidOperationException("boom"));
        Assert.StartsWith("HTTP/1.1 500", await RawConnection.ExchangeAsync(server.Port, RawConnection.Request("/healthz")));
        using var client = await server.ConnectAsync("/echo");
        await client.SendTextAsync("alive");
        Assert.Equal("alive", await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task Malformed_request_head_gets_400()
    {
        await using var server = await TestServer.StartEchoAsync();
        var response = await RawConnection.ExchangeAsync(server.Port, "GET /echo HTTP/1.1\nHost: x\n\n");
        Assert.StartsWith("HTTP/1.1 400", response);
    }
}
