using System.Net;
using System.Net.WebSockets;
using System.Text;
using AttrWs.ConformanceTests.Infrastructure;

namespace AttrWs.ConformanceTests.Clients;

/// <summary>.NET's <see cref="ClientWebSocket"/> against the server: the same scenarios as the external clients.</summary>
public sealed class ClientWebSocketTests(ClientServerFixture fixture) : IClassFixture<ClientServerFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private ConformanceServer Server => fixture.Server;

    [Fact]
    public async Task Connects_and_echoes_text_and_binary()
    {
        using var cts = new CancellationTokenSource(Timeout);
        using var client = new ClientWebSocket();
        await client.ConnectAsync(Server.Ws("/echo"), cts.Token);
        await client.SendAsync("hello from dotnet"u8.ToArray(), WebSocketMessageType.Text, true, cts.Token);
        var (type, data) = await ReceiveMessageAsync(client, cts.Token);
        Assert.Equal(WebSocketMessageType.Text, type);
        Assert.Equal("hello from dotnet", Encoding.UTF8.GetString(data));
        await client.SendAsync(new byte[] { 0, 1, 0xFE, 0xFF }, WebSocketMessageType.Binary, true, cts.Token);
        (type, data) = await ReceiveMessageAsync(client, cts.Token);
        Assert.Equal(WebSocketMessageType.Binary, type);
        Assert.Equal(new byte[] { 0, 1, 0xFE, 0xFF }, data);
        await client.CloseAsync(WebSocketCloseStatus.NormalClosure, null, cts.Token);
    }

    [Fact]
    public async Task Gets_the_server_preferred_subprotocol_among_those_it_offered()
    {
        using var cts = new CancellationTokenSource(Timeout);
        using var client = new ClientWebSocket();
        client.Options.AddSubProtocol("v1.chat");
        client.Options.AddSubProtocol("v2.chat");
        await client.ConnectAsync(Server.Ws("/chat"), cts.Token);
        Assert.Equal("v2.chat", client.SubProtocol);
        await client.CloseAsync(WebSocketCloseStatus.NormalClosure, null, cts.Token);
    }

    [Fact]
    public async Task Negotiates_permessage_deflate_and_round_trips_a_compressible_message()
    {
        using var cts = new CancellationTokenSource(Timeout);
        using var client = new ClientWebSocket();
        client.Options.DangerousDeflateOptions = new WebSocketDeflateOptions();
        client.Options.CollectHttpResponseDetails = true;
        await client.ConnectAsync(Server.Ws("/deflate"), cts.Token);
        Assert.StartsWith("permessage-deflate", string.Join(",", client.HttpResponseHeaders!["Sec-WebSocket-Extensions"]), StringComparison.Ordinal);
        var payload = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("compress me ", 10_000)));
        await client.SendAsync(payload, WebSocketMessageType.Text, true, cts.Token);
        var (_, data) = await ReceiveMessageAsync(client, cts.Token);
        Assert.Equal(payload, data);
        await client.CloseAsync(WebSocketCloseStatus.NormalClosure, null, cts.Token);
    }

    [Fact]
    public async Task Round_trips_a_1_MiB_message()
    {
        using var cts = new CancellationTokenSource(Timeout);
        using var client = new ClientWebSocket();
        await client.ConnectAsync(Server.Ws("/echo"), cts.Token);
        var payload = new byte[1024 * 1024];
        Random.Shared.NextBytes(payload);
        await client.SendAsync(payload, WebSocketMessageType.Binary, true, cts.Token);
        var (_, data) = await ReceiveMessageAsync(client, cts.Token);
        Assert.Equal(payload, data);
        await client.CloseAsync(WebSocketCloseStatus.NormalClosure, null, cts.Token);
    }

    [Fact]
    public async Task Client_close_code_and_reason_reach_the_server_and_the_server_echoes_the_code()
    {
        using var cts = new CancellationTokenSource(Timeout);
        using var client = new ClientWebSocket();
        await client.ConnectAsync(Server.Ws("/echo"), cts.Token);
        await client.CloseAsync((WebSocketCloseStatus)4000, "bye from dotnet", cts.Token);
        Assert.Equal(4000, (int?)client.CloseStatus);
        for (var i = 0; i < 100 && !Server.Closed.Any(c => c.Reason == "bye from dotnet"); i++)
        {
            await Task.Delay(50, cts.Token);
        }

        Assert.Contains(Server.Closed, c => c.Reason == "bye from dotnet" && (int?)c.Status == 4000);
    }

    [Fact]
    public async Task Server_close_code_and_reason_reach_the_client()
    {
        using var cts = new CancellationTokenSource(Timeout);
        using var client = new ClientWebSocket();
        await client.ConnectAsync(Server.Ws("/close"), cts.Token);
        await client.SendAsync("one"u8.ToArray(), WebSocketMessageType.Text, true, cts.Token);
        var (_, data) = await ReceiveMessageAsync(client, cts.Token);
        Assert.Equal("one", Encoding.UTF8.GetString(data));
        var (type, _) = await ReceiveMessageAsync(client, cts.Token);
        Assert.Equal(WebSocketMessageType.Close, type);
        Assert.Equal(4001, (int?)client.CloseStatus);
        Assert.Equal("server-bye", client.CloseStatusDescription);
    }

    [Theory]
    [InlineData("/missing", HttpStatusCode.NotFound)]
    [InlineData("/chat", HttpStatusCode.BadRequest)]
    public async Task Sees_the_rejection_status(string path, HttpStatusCode status)
    {
        using var cts = new CancellationTokenSource(Timeout);
        using var client = new ClientWebSocket();
        client.Options.CollectHttpResponseDetails = true;
        await Assert.ThrowsAsync<WebSocketException>(() => client.ConnectAsync(Server.Ws(path), cts.Token));
        Assert.Equal(status, client.HttpStatusCode);
    }

    internal static async Task<(WebSocketMessageType Type, byte[] Data)> ReceiveMessageAsync(WebSocket client, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await client.ReceiveAsync(buffer, cancellationToken);
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage || result.MessageType == WebSocketMessageType.Close)
            {
                return (result.MessageType, message.ToArray());
            }
        }
    }
}
