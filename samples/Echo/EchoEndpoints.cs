using AttrWs;

namespace Echo;

/// <summary>Counts echoed messages across all connections (a singleton from the host's container).</summary>
public sealed class EchoStats
{
    private long _messages;

    /// <summary>Messages echoed since start.</summary>
    public long Messages => Interlocked.Read(ref _messages);

    /// <summary>Counts one echoed message.</summary>
    public void Count() => Interlocked.Increment(ref _messages);
}

/// <summary>
/// The sample's endpoints: a class whose constructor takes a service. The AttrWs source generator routes them at compile
/// time and, per connection, builds this class from a DI scope of the host's container (no reflection).
/// </summary>
public sealed class EchoEndpoints(EchoStats stats)
{
    /// <summary>Sends every text or binary message back as is, until the client closes.</summary>
    [WebSocketEndpoint("/echo")]
    public async Task EchoAsync(WebSocketSession session, CancellationToken aborted)
    {
        await foreach (var message in session.ReadMessagesAsync(aborted))
        {
            // The message's memory is valid until the next receive, and each send completes before it.
            if (message.IsText)
            {
                await session.SendTextAsync(message.Data, aborted);
            }
            else
            {
                await session.SendBinaryAsync(message.Data, aborted);
            }

            stats.Count();
        }
    }

    /// <summary>Sends the number of messages echoed since start, then closes.</summary>
    [WebSocketEndpoint("/stats")]
    public async Task StatsAsync(WebSocketSession session, CancellationToken aborted)
    {
        await session.SendTextAsync(stats.Messages.ToString(System.Globalization.CultureInfo.InvariantCulture), aborted);
        await session.CloseAsync(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, "done", aborted);
    }
}
