using AttrWs;

namespace Echo;

/// <summary>The sample's only endpoint. The AttrWs source generator routes <c>/echo</c> to it at compile time.</summary>
public static class EchoEndpoint
{
    /// <summary>Sends every text or binary message back as is, until the client closes.</summary>
    [WebSocketEndpoint("/echo")]
    public static async Task EchoAsync(WebSocketSession session, CancellationToken aborted)
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
        }
    }
}
