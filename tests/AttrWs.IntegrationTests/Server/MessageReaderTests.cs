using System.Net.WebSockets;
using System.Text;
using AttrWs.IntegrationTests.Infrastructure;

namespace AttrWs.IntegrationTests.Server;

/// <summary>
/// Guards <see cref="WebSocketSession.ReadMessagesAsync"/>'s hand-written loop (one object instead of a C# async
/// iterator): the enumerable semantics an async iterator had (breaking out and reading on, a second enumerator, tokens
/// given to the enumerable and to <c>WithCancellation</c> combined, moves after the end), the end by a message over the
/// limit (1009), and a move that waits for a frame several times over.
/// </summary>
public sealed class MessageReaderTests
{
    private static string Text(WebSocketMessage message) => message.IsText ? Encoding.UTF8.GetString(message.Data.Span) : "b:" + message.Data.Length;

    private static Task SendTextAsync(ClientWebSocket client, string text, bool end = true)
        => client.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, end, CancellationToken.None);

    [Fact]
    public async Task Breaking_out_of_the_loop_disposes_it_and_a_later_loop_or_enumerator_reads_on()
    {
        var received = new List<string>();
        var outcome = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await TestServer.StartAsync(s => s.Map("/a", async session =>
        {
            try
            {
                var messages = session.ReadMessagesAsync(session.Aborted);
                await foreach (var message in messages)
                {
                    received.Add("1:" + Text(message));
                    break; // disposes the enumerator at its yield
                }

                // The same enumerable again: a new enumerator, reading the next message.
                await foreach (var message in messages)
                {
                    received.Add("2:" + Text(message));
                    break;
                }

                // A hand-driven enumerator: Current, then moves after the end answer false.
                await using var enumerator = session.ReadMessagesAsync().GetAsyncEnumerator(session.Aborted);
                Assert.True(await enumerator.MoveNextAsync());
                received.Add("3:" + Text(enumerator.Current));
                Assert.Same(enumerator.Current, enumerator.Current);
                Assert.False(await enumerator.MoveNextAsync()); // the peer's close
                Assert.False(await enumerator.MoveNextAsync());
                outcome.TrySetResult(null);
            }
            catch (Exception ex)
            {
                outcome.TrySetResult(ex);
            }
        }));

        using var client = await server.ConnectAsync("/a");
        await SendTextAsync(client, "one");
        await SendTextAsync(client, "tw", end: false);
        await Task.Delay(50); // the second loop's move waits between the fragments
        await SendTextAsync(client, "o");
        await SendTextAsync(client, "three");
        await client.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        Assert.Null(await outcome.Task.WaitAsync(ClientExtensions.Timeout));
        Assert.Equal(["1:one", "2:two", "3:three"], received);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, client.CloseStatus);
    }

    [Theory]
    [InlineData("enumerator")]
    [InlineData("both")]
    public async Task A_token_given_to_WithCancellation_cancels_the_loop_and_aborts(string where)
    {
        var outcome = new TaskCompletionSource<(Exception? Error, WebSocketState State, int Count)>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await TestServer.StartAsync(s => s.Map("/a", async session =>
        {
            using var cts = new CancellationTokenSource();
            using var other = new CancellationTokenSource();
            var count = 0;
            try
            {
                var messages = where == "both" ? session.ReadMessagesAsync(other.Token) : session.ReadMessagesAsync();
                await foreach (var message in messages.WithCancellation(cts.Token))
                {
                    count++;
                    cts.CancelAfter(200); // cancels the next move's wait
                }

                outcome.TrySetResult((null, session.State, count));
            }
            catch (Exception ex)
            {
                outcome.TrySetResult((ex, session.State, count));
            }
        }));

        using var client = await server.ConnectAsync("/a");
        await SendTextAsync(client, "one");
        var (error, state, received) = await outcome.Task.WaitAsync(ClientExtensions.Timeout);
        Assert.IsAssignableFrom<OperationCanceledException>(error);
        Assert.Equal(WebSocketState.Aborted, state);
        Assert.Equal(1, received);
    }

    [Fact]
    public async Task A_message_over_the_limit_ends_the_loop_with_1009_after_the_messages_before_it()
    {
        var received = new List<string>();
        var ended = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await TestServer.StartAsync(
            s => s.Map("/a", async session =>
            {
                try
                {
                    await foreach (var message in session.ReadMessagesAsync(session.Aborted))
                    {
                        received.Add(Text(message));
                    }

                    ended.TrySetResult(null);
                }
                catch (Exception ex)
                {
                    ended.TrySetResult(ex);
                }
            }),
            o => o.Limits.MaxMessageSize = 1024);

        using var client = await server.ConnectAsync("/a");
        await client.SendAsync(new byte[1024], WebSocketMessageType.Binary, true, CancellationToken.None);
        await client.SendAsync(new byte[600], WebSocketMessageType.Binary, false, CancellationToken.None);
        await client.SendAsync(new byte[600], WebSocketMessageType.Binary, true, CancellationToken.None);
        Assert.Equal(WebSocketCloseStatus.MessageTooBig, await client.ReceiveCloseAsync());
        Assert.Null(await ended.Task.WaitAsync(ClientExtensions.Timeout));
        Assert.Equal(["b:1024"], received);
    }

    [Fact]
    public async Task An_exception_in_the_loop_body_disposes_the_loop_and_the_endpoint_fails_with_1011()
    {
        await using var server = await TestServer.StartAsync(s => s.Map("/a", async session =>
        {
            await foreach (var message in session.ReadMessagesAsync(session.Aborted))
            {
                throw new InvalidOperationException("endpoint failure");
            }
        }));

        using var client = await server.ConnectAsync("/a");
        await SendTextAsync(client, "one");
        Assert.Equal(WebSocketCloseStatus.InternalServerError, await client.ReceiveCloseAsync());
    }
}
