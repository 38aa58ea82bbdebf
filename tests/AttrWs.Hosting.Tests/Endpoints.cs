using System.Globalization;
using System.Net.WebSockets;

namespace AttrWs.Hosting.Tests;

/// <summary>A scoped service: one per connection.</summary>
public sealed class PerConnection
{
    private static int s_next;

    public int Id { get; } = Interlocked.Increment(ref s_next);
}

/// <summary>Endpoints of the host tests, routed by the real generator.</summary>
public sealed class HostEndpoints(PerConnection fromConstructor)
{
    [WebSocketEndpoint("/echo")]
    public async Task EchoAsync(WebSocketSession session, CancellationToken aborted)
    {
        await foreach (var message in session.ReadMessagesAsync(aborted))
        {
            await session.SendTextAsync(message.Data, aborted);
        }
    }

    /// <summary>Sends "constructor-id method-id" of the scoped service, then echoes until closed.</summary>
    [WebSocketEndpoint("/scoped")]
    public async Task ScopedAsync(WebSocketSession session, PerConnection fromMethod, CancellationToken aborted)
    {
        await session.SendTextAsync(string.Create(CultureInfo.InvariantCulture, $"{fromConstructor.Id} {fromMethod.Id}"), aborted);
        await foreach (var message in session.ReadMessagesAsync(aborted))
        {
            await session.SendTextAsync(message.Data, aborted);
        }

        _ = WebSocketCloseStatus.NormalClosure;
    }
}
