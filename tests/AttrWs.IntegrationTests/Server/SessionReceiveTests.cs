using System.Net.WebSockets;
using System.Text;
using AttrWs.IntegrationTests.Infrastructure;

namespace AttrWs.IntegrationTests.Server;

/// <summary>
/// What the receive path promises whichever token a handler passes: receives with the session's own token (which the
/// session does not hand down to the WebSocket) still end when the session ends, and a caller's own token still cancels
/// and aborts, as documented; <see cref="WebSocketSession.ReadMessagesAsync"/> (its own loop over the WebSocket) behaves
/// as <see cref="WebSocketSession.ReceiveAsync"/> does.
/// </summary>
public sealed class SessionReceiveTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_loop_with_the_sessions_own_token_ends_when_the_session_is_aborted(bool loop)
    {
        var waiting = new TaskCompletionSource<WebSocketSession>(TaskCreationOptions.RunContinuationsAsynchronously);
        var ended = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await TestServer.StartAsync(s => s.Map("/a", async session =>
        {
            try
            {
                waiting.TrySetResult(session);
                if (loop)
                {
                    await foreach (var message in session.ReadMessagesAsync(session.Aborted))
                    {
                    }
                }
                else
                {
                    while (await session.ReceiveAsync(session.Aborted) is not null)
                    {
                    }
                }

                ended.TrySetResult(null);
            }
            catch (Exception ex)
            {
                ended.TrySetResult(ex);
            }
        }));

        using var client = await server.ConnectAsync("/a");
        var session = await waiting.Task.WaitAsync(ClientExtensions.Timeout);
        await Task.Delay(100); // the receive is waiting
        session.Abort();
        Assert.Null(await ended.Task.WaitAsync(ClientExtensions.Timeout));
        Assert.True(session.Aborted.IsCancellationRequested);
    }

    [Fact]
    public async Task A_loop_with_the_sessions_own_token_ends_when_the_server_stops()
    {
        var waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ended = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var server = await TestServer.StartAsync(s => s.Map("/a", async session =>
        {
            try
            {
                waiting.TrySetResult();
                await foreach (var message in session.ReadMessagesAsync(session.Aborted))
                {
                }

                ended.TrySetResult(null);
            }
            catch (Exception ex)
            {
                ended.TrySetResult(ex);
            }
        }));

        using var client = await server.ConnectAsync("/a");
        await waiting.Task.WaitAsync(ClientExtensions.Timeout);
        var stopping = server.DisposeAsync().AsTask();
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, await client.ReceiveCloseAsync());
        Assert.Null(await ended.Task.WaitAsync(ClientExtensions.Timeout));
        await stopping.WaitAsync(ClientExtensions.Timeout);
    }

    [Fact]
    public async Task A_receive_with_the_sessions_own_token_already_cancelled_returns_null_and_aborts()
    {
        var result = new TaskCompletionSource<(bool Null, WebSocketState State)>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await TestServer.StartAsync(s => s.Map("/a", async session =>
        {
            session.CancelLifetime(); // what a host does when the request behind the session is aborted
            var message = await session.ReceiveAsync(session.Aborted);
            result.TrySetResult((message is null, session.State));
        }));

        using var client = await server.ConnectAsync("/a");
        var (isNull, state) = await result.Task.WaitAsync(ClientExtensions.Timeout);
        Assert.True(isNull);
        Assert.Equal(WebSocketState.Aborted, state);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Cancelling_the_callers_own_token_throws_and_aborts_the_connection(bool loop)
    {
        var outcome = new TaskCompletionSource<(Exception? Error, WebSocketState State)>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await TestServer.StartAsync(s => s.Map("/a", async session =>
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
            try
            {
                if (loop)
                {
                    await foreach (var message in session.ReadMessagesAsync(cts.Token))
                    {
                    }
                }
                else
                {
                    await session.ReceiveAsync(cts.Token);
                }

                outcome.TrySetResult((null, session.State));
            }
            catch (Exception ex)
            {
                outcome.TrySetResult((ex, session.State));
            }
        }));

        using var client = await server.ConnectAsync("/a");
        var (error, state) = await outcome.Task.WaitAsync(ClientExtensions.Timeout);
        Assert.IsAssignableFrom<OperationCanceledException>(error);
        Assert.Equal(WebSocketState.Aborted, state);
    }

    [Fact]
    public async Task The_loop_reads_whole_and_fragmented_messages_then_ends_on_the_peers_close()
    {
        var received = new List<string>();
        var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await TestServer.StartAsync(s => s.Map("/a", async session =>
        {
            await foreach (var message in session.ReadMessagesAsync(session.Aborted))
            {
                received.Add(message.IsText ? "t:" + Encoding.UTF8.GetString(message.Data.Span) : "b:" + message.Data.Length);
            }

            ended.TrySetResult();
        }));

        using var client = await server.ConnectAsync("/a");
        await client.SendAsync("one"u8.ToArray(), WebSocketMessageType.Text, true, CancellationToken.None);
        await client.SendAsync("tw"u8.ToArray(), WebSocketMessageType.Text, false, CancellationToken.None);
        await client.SendAsync("o"u8.ToArray(), WebSocketMessageType.Text, true, CancellationToken.None);
        await client.SendAsync(new byte[100_000], WebSocketMessageType.Binary, true, CancellationToken.None);
        await client.SendAsync(Array.Empty<byte>(), WebSocketMessageType.Binary, true, CancellationToken.None);
        await client.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        await ended.Task.WaitAsync(ClientExtensions.Timeout);
        Assert.Equal(["t:one", "t:two", "b:100000", "b:0"], received);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, client.CloseStatus);
    }
}
