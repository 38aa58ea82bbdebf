namespace AttrWs.IntegrationTests.Infrastructure;

internal static class Handlers
{
    public static async ValueTask EchoAsync(WebSocketSession session)
    {
        await foreach (var message in session.ReadMessagesAsync(session.Aborted))
        {
            if (message.IsText)
            {
                await session.SendTextAsync(message.Data);
            }
            else
            {
                await session.SendBinaryAsync(message.Data);
            }
        }
    }
}
