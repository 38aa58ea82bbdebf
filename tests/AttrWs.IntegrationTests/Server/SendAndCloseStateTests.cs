using System.Net.WebSockets;
using AttrWs.IntegrationTests.Infrastructure;

namespace AttrWs.IntegrationTests.Server;

/// <summary>
/// Guards the session's send-and-close state made on first need (close status, send queue, close completion and the
/// gate between them): an open session answers as before without it, and racing first users (closes from many threads,
/// sends queued meanwhile) share one state: one close frame, one status, every close call joining it.
/// </summary>
public sealed class SendAndCloseStateTests
{
    [Fact]
    public async Task Racing_closes_and_sends_share_one_close_and_the_first_status()
    {
        var outcome = new TaskCompletionSource<(WebSocketCloseStatus? Before, WebSocketCloseStatus? After, string? Reason, bool Closing)>(
            TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await TestServer.StartAsync(s => s.Map("/a", async session =>
        {
            var before = session.CloseStatus;
            using var start = new ManualResetEventSlim();
            var sends = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
            {
                start.Wait();
                try
                {
                    await session.SendTextAsync("m" + i);
                }
                catch (WebSocketException)
                {
                    // A send after the close was requested fails, as documented.
                }
            })).ToArray();
            var closes = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            {
                start.Wait();
                return session.CloseAsync(WebSocketCloseStatus.PolicyViolation, "racing");
            })).ToArray();
            start.Set();
            await Task.WhenAll(sends);
            await Task.WhenAll(closes).WaitAsync(ClientExtensions.Timeout);
            outcome.TrySetResult((before, session.CloseStatus, session.CloseStatusDescription, session.IsClosing));
        }));

        using var client = await server.ConnectAsync("/a");
        var buffer = new byte[256];
        WebSocketReceiveResult result;
        var messages = 0;
        do
        {
            result = await client.ReceiveAsync(buffer, CancellationToken.None).WaitAsync(ClientExtensions.Timeout);
            messages += result.MessageType == WebSocketMessageType.Text ? 1 : 0;
        }
        while (result.MessageType != WebSocketMessageType.Close);

        Assert.Equal(WebSocketCloseStatus.PolicyViolation, client.CloseStatus);
        Assert.Equal("racing", client.CloseStatusDescription);
        await client.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        var (before, after, reason, closing) = await outcome.Task.WaitAsync(ClientExtensions.Timeout);
        Assert.Null(before);
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, after);
        Assert.Equal("racing", reason);
        Assert.True(closing);
        Assert.InRange(messages, 0, 8);
    }

    [Fact]
    public async Task An_open_session_reports_no_close_status_and_is_not_closing()
    {
        var outcome = new TaskCompletionSource<(WebSocketCloseStatus? Status, string? Reason, bool Closing)>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await TestServer.StartAsync(s => s.Map("/a", async session =>
        {
            outcome.TrySetResult((session.CloseStatus, session.CloseStatusDescription, session.IsClosing));
            await session.ReceiveAsync(session.Aborted);
        }));

        using var client = await server.ConnectAsync("/a");
        var (status, reason, closing) = await outcome.Task.WaitAsync(ClientExtensions.Timeout);
        Assert.Null(status);
        Assert.Null(reason);
        Assert.False(closing);
        await client.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, client.CloseStatus);
    }
}
