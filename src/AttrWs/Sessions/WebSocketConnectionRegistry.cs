using System.Collections;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;

namespace AttrWs;

/// <summary>
/// The open sessions of a server, by connection id: look-ups, sends to one connection, and broadcasts.
/// Enumerating gives a moment-in-time snapshot; sessions come and go while you iterate.
/// </summary>
/// <remarks>
/// Broadcasts queue the message on every session and return without waiting for the peers: a slow or failed
/// session cannot block or fail the others (its own send queue limit closes it with 1008).
/// </remarks>
public sealed class WebSocketConnectionRegistry : IEnumerable<WebSocketSession>
{
    private readonly ConcurrentDictionary<string, WebSocketSession> _sessions = new(StringComparer.Ordinal);

    internal WebSocketConnectionRegistry()
    {
    }

    /// <summary>The number of open sessions.</summary>
    public int Count => _sessions.Count;

    /// <summary>Finds an open session by its connection id.</summary>
    /// <param name="connectionId">The id (<see cref="WebSocketSession.ConnectionId"/>).</param>
    /// <param name="session">The session, when found.</param>
    /// <returns>True when the session is registered.</returns>
    public bool TryGet(string connectionId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out WebSocketSession? session)
    {
        ArgumentNullException.ThrowIfNull(connectionId);
        return _sessions.TryGetValue(connectionId, out session);
    }

    /// <summary>Sends a text message to one connection.</summary>
    /// <param name="connectionId">The target's connection id.</param>
    /// <param name="text">The message.</param>
    /// <param name="cancellationToken">Skips the send if cancelled before it is written.</param>
    /// <returns>False when no such session is open; true once the message was written.</returns>
    /// <exception cref="WebSocketException">The session is closing, or its send queue is full.</exception>
    public async ValueTask<bool> SendTextAsync(string connectionId, string text, CancellationToken cancellationToken = default)
    {
        if (!TryGet(connectionId, out var session))
        {
            return false;
        }

        await session.SendTextAsync(text, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Sends a binary message to one connection.</summary>
    /// <param name="connectionId">The target's connection id.</param>
    /// <param name="data">The payload; it must stay unchanged until the returned task completes.</param>
    /// <param name="cancellationToken">Skips the send if cancelled before it is written.</param>
    /// <returns>False when no such session is open; true once the message was written.</returns>
    /// <exception cref="WebSocketException">The session is closing, or its send queue is full.</exception>
    public async ValueTask<bool> SendBinaryAsync(string connectionId, ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        if (!TryGet(connectionId, out var session))
        {
            return false;
        }

        await session.SendBinaryAsync(data, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Queues a text message on every open session (optionally only those matching a filter).</summary>
    /// <param name="text">The message (encoded once, shared by all sessions).</param>
    /// <param name="filter">Selects the recipients; null means all.</param>
    /// <returns>The number of sessions the message was queued on.</returns>
    public ValueTask<int> BroadcastTextAsync(string text, Func<WebSocketSession, bool>? filter = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ValueTask.FromResult(Broadcast(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, filter));
    }

    /// <summary>Queues a binary message on every open session (optionally only those matching a filter).</summary>
    /// <param name="data">The payload (copied once, shared by all sessions).</param>
    /// <param name="filter">Selects the recipients; null means all.</param>
    /// <returns>The number of sessions the message was queued on.</returns>
    public ValueTask<int> BroadcastBinaryAsync(ReadOnlyMemory<byte> data, Func<WebSocketSession, bool>? filter = null)
        => ValueTask.FromResult(Broadcast(data.ToArray(), WebSocketMessageType.Binary, filter));

    /// <inheritdoc />
    public IEnumerator<WebSocketSession> GetEnumerator() => _sessions.Values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal bool TryAdd(WebSocketSession session) => _sessions.TryAdd(session.ConnectionId, session);

    internal void Remove(WebSocketSession session) => _sessions.TryRemove(new KeyValuePair<string, WebSocketSession>(session.ConnectionId, session));

    private int Broadcast(byte[] payload, WebSocketMessageType type, Func<WebSocketSession, bool>? filter)
    {
        var queued = 0;
        foreach (var session in _sessions.Values)
        {
            if ((filter is null || filter(session)) && session.TryEnqueue(payload, type))
            {
                queued++;
            }
        }

        return queued;
    }
}
