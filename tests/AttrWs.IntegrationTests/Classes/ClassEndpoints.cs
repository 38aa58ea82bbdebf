using System.Collections.Concurrent;
using System.Net.WebSockets;
using Microsoft.Extensions.DependencyInjection;

namespace AttrWs.IntegrationTests.Classes;

/// <summary>A singleton that records what happens to scoped services and endpoint instances.</summary>
public sealed class Probe
{
    private int _next;

    public ConcurrentQueue<string> Events { get; } = new();

    public int NextId() => Interlocked.Increment(ref _next);

    public void Record(string text) => Events.Enqueue(text);
}

/// <summary>A scoped service: one per connection; records its disposal.</summary>
public sealed class ScopedCounter(Probe probe) : IDisposable
{
    public int Id { get; } = probe.NextId();

    public void Dispose() => probe.Record("scoped " + Id + " disposed");
}

public interface IGreeter
{
    string Greet(string name);
}

public sealed class Greeter(string style) : IGreeter
{
    public string Greet(string name) => style + " " + name;
}

/// <summary>Registered nowhere: its endpoint class fails at start-up or at the connection.</summary>
public interface INotRegistered;

/// <summary>
/// Endpoint class with constructor and method injection. Each connection first gets
/// "constructor-scoped-id|method-scoped-id|same-singleton|keyed-greeting|room", then an echo until it ends.
/// </summary>
[WebSocketRoute("/classes")]
public sealed class RoomEndpoints(ScopedCounter scoped, Probe probe, [FromKeyedServices("loud")] IGreeter greeter) : IAsyncDisposable
{
    [WebSocketEndpoint("rooms/{room}")]
    public async Task Join(WebSocketSession session, string room, ScopedCounter again, Probe sameProbe)
    {
        await session.SendTextAsync($"{scoped.Id}|{again.Id}|{ReferenceEquals(probe, sameProbe)}|{greeter.Greet(room)}|{room}", session.Aborted);
        await foreach (var message in session.ReadMessagesAsync(session.Aborted))
        {
            if (message.IsText && System.Text.Encoding.UTF8.GetString(message.Data.Span) == "throw")
            {
                throw new InvalidOperationException("the endpoint throws");
            }

            await session.SendTextAsync(message.Data, session.Aborted);
        }
    }

    public ValueTask DisposeAsync()
    {
        probe.Record("instance " + scoped.Id + " disposed");
        return default;
    }
}

/// <summary>Needs a service nobody registers.</summary>
public sealed class MissingServiceEndpoints(INotRegistered service)
{
    [WebSocketEndpoint("/missing")]
    public Task Run(WebSocketSession session) => session.SendTextAsync(service.ToString() ?? string.Empty).AsTask();
}
