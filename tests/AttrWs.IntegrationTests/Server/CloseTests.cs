using System.Net.WebSockets;
using AttrWs.IntegrationTests.Infrastructure;

namespace AttrWs.IntegrationTests.Server;

public sealed class CloseTests
{
    [Fact]
    public async Task Client_close_status_reaches_the_session_and_is_echoed()
    {
        var closed = new TaskCompletionSource<WebSocketCloseStatus?>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await TestServer.StartAsync(s => s.Map("/c", async session =>
        {
            Assert.Null(await session.ReceiveAsync());
            closed.TrySetResult(session.CloseStatus);
        }));

        using var client = await server.ConnectAsync("/c");
        await client.CloseAsync((WebSocketCloseStatus)4000, "bye", CancellationToken.None);
        Assert.Equal((WebSocketCloseStatus)4000, client.CloseStatus);
        Assert.Equal((WebSocketCloseStatus)4000, await closed.Task.WaitAsync(ClientExtensions.Timeout));
    }

    [Fact]
    public async Task Server_close_status_and_reason_reach_the_client()
    {
        await using var server = await TestServer.StartAsync(s => s.Map("/c", session =>
            new ValueTask(session.CloseAsync((WebSocketCloseStatus)4001, "custom"))));

        using var client = await server.ConnectAsync("/c");
        Assert.Equal((WebSocketCloseStatus)4001, await client.ReceiveCloseAsync());
        Assert.Equal("custom", client.CloseStatusDescription);
    }

    [Fact]
    public async Task Sends_queued_before_a_close_arrive_before_its_frame_and_sends_after_it_fail()
    {
        var sendAfterClose = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await TestServer.StartAsync(s => s.Map("/c", async session =>
        {
            // Not awaited: the first is written on this flow, the others wait in the send queue.
            var sends = Enumerable.Range(0, 50).Select(i => session.SendTextAsync("m" + i).AsTask()).ToArray();
            await session.CloseAsync((WebSocketCloseStatus)4002, "after the sends");
            await Task.WhenAll(sends);
            try
            {
                await session.SendTextAsync("too late");
                sendAfterClose.TrySetResult(null);
            }
            catch (WebSocketException ex)
            {
                sendAfterClose.TrySetResult(ex);
            }
        }));

        using var client = await server.ConnectAsync("/c");
        for (var i = 0; i < 50; i++)
        {
            Assert.Equal("m" + i, await client.ReceiveTextAsync());
        }

        Assert.Equal((WebSocketCloseStatus)4002, await client.ReceiveCloseAsync());
        Assert.Equal("after the sends", client.CloseStatusDescription);
        Assert.IsType<WebSocketException>(await sendAfterClose.Task.WaitAsync(ClientExtensions.Timeout));
    }

    [Fact]
    public async Task Closing_with_nothing_queued_completes_at_once_and_closing_again_joins_it()
    {
        var outcome = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await TestServer.StartAsync(s => s.Map("/c", async session =>
        {
            await session.SendTextAsync("hello");
            var first = session.CloseAsync((WebSocketCloseStatus)4003, "first");
            var second = session.CloseAsync((WebSocketCloseStatus)4004, "second");
            await Task.WhenAll(first, second).WaitAsync(ClientExtensions.Timeout);
            outcome.TrySetResult(session.CloseStatus + " " + session.WebSocket.State);
        }));

        using var client = await server.ConnectAsync("/c");
        Assert.Equal("hello", await client.ReceiveTextAsync());
        Assert.Equal((WebSocketCloseStatus)4003, await client.ReceiveCloseAsync());
        Assert.Equal("first", client.CloseStatusDescription);
        Assert.Equal("4003 Closed", await outcome.Task.WaitAsync(ClientExtensions.Timeout));
    }

    [Fact]
    public async Task Handler_that_returns_closes_with_1000()
    {
        await using var server = await TestServer.StartAsync(s => s.Map("/c", _ => ValueTask.CompletedTask));
        using var client = await server.ConnectAsync("/c");
        Assert.Equal(WebSocketCloseStatus.NormalClosure, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Oversize_message_closes_with_1009()
    {
        await using var server = await TestServer.StartEchoAsync(o => o.Limits.MaxMessageSize = 1000);
        using var client = await server.ConnectAsync("/echo");
        await client.SendAsync(new byte[1001], WebSocketMessageType.Binary, true, CancellationToken.None);
        Assert.Equal(WebSocketCloseStatus.MessageTooBig, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Oversize_fragmented_message_closes_with_1009_before_it_ends()
    {
        await using var server = await TestServer.StartEchoAsync(o => o.Limits.MaxMessageSize = 1000);
        using var client = await server.ConnectAsync("/echo");

        // Never finish the message: the server must act on the bytes, not wait for the end of the message.
        for (var i = 0; i < 3; i++)
        {
            await client.SendAsync(new byte[600], WebSocketMessageType.Binary, false, CancellationToken.None);
        }

        Assert.Equal(WebSocketCloseStatus.MessageTooBig, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Message_at_the_size_limit_is_accepted()
    {
        await using var server = await TestServer.StartEchoAsync(o => o.Limits.MaxMessageSize = 1000);
        using var client = await server.ConnectAsync("/echo");
        await client.SendAsync(new byte[1000], WebSocketMessageType.Binary, true, CancellationToken.None);
        Assert.Equal(1000, (await client.ReceiveWholeAsync()).Data.Length);
    }

    [Fact]
    public async Task Throwing_endpoint_closes_with_1011_and_the_server_keeps_serving()
    {
        await using var server = await TestServer.StartAsync(s =>
        {
            s.Map("/throw", _ => throw new InvalidOperationException("boom"));
            s.Map("/echo", Handlers.EchoAsync);
        });

        using (var failing = await server.ConnectAsync("/throw"))
        {
            Assert.Equal(WebSocketCloseStatus.InternalServerError, await failing.ReceiveCloseAsync());
        }

        using var client = await server.ConnectAsync("/echo");
        await client.SendTextAsync("still here");
        Assert.Equal("still here", await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task StopAsync_closes_every_session_with_1001()
    {
        var server = await TestServer.StartEchoAsync();
        var clients = new List<ClientWebSocket>();
        try
        {
            for (var i = 0; i < 20; i++)
            {
                clients.Add(await server.ConnectAsync("/echo"));
            }

            await Eventually.TrueAsync(() => server.Server.Connections.Count == 20, "all 20 sessions registered");
            var closes = clients.Select(c => c.ReceiveCloseAsync()).ToArray();
            await server.Server.StopAsync();
            foreach (var status in await Task.WhenAll(closes))
            {
                Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, status);
            }

            Assert.Equal(0, server.Server.Connections.Count);
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }

            await server.DisposeAsync();
        }
    }

    [Fact]
    public async Task StopAsync_aborts_handlers_that_ignore_the_close_after_the_shutdown_timeout()
    {
        var server = await TestServer.StartAsync(
            s => s.Map("/stuck", session => new ValueTask(Task.Delay(Timeout.Infinite, session.Aborted).ContinueWith(_ => { }, TaskScheduler.Default))),
            o => o.Limits.ShutdownTimeout = TimeSpan.FromMilliseconds(300));
        using var client = await server.ConnectAsync("/stuck");
        await Eventually.TrueAsync(() => server.Server.Connections.Count == 1, "session registered");

        // The client never answers the close, and the handler waits for Aborted: only the abort ends it.
        await server.Server.StopAsync().WaitAsync(ClientExtensions.Timeout);
        Assert.Equal(0, server.Server.Connections.Count);
        await server.DisposeAsync();
    }
}
