using System.Net.WebSockets;

namespace AttrWs;

/// <summary>
/// Groups of connections and sends that reach connections wherever they are connected: to a group, to all, to all
/// except some connections, and to one connection id. With a backplane (for example Redis) the sends reach every
/// node; membership is per node, and <see cref="GetMemberCountAsync"/> counts across nodes.
/// </summary>
/// <remarks>
/// Sends queue the message on each local recipient and hand it to the backplane without waiting for any peer: a slow
/// member cannot block the others (its own send queue limit closes it with 1008). A connection leaves every group
/// when it ends, however it ends.
/// </remarks>
public interface IWebSocketGroups
{
    /// <summary>Adds a connection of this node to a group (a second add is a no-op).</summary>
    /// <param name="connectionId">The connection's id (<see cref="WebSocketSession.ConnectionId"/>).</param>
    /// <param name="group">The group name (see <see cref="WebSocketGroupName"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>False when no such connection is open on this node.</returns>
    /// <exception cref="ArgumentException">The group name is invalid.</exception>
    ValueTask<bool> AddToGroupAsync(string connectionId, string group, CancellationToken cancellationToken = default);

    /// <summary>Removes a connection of this node from a group.</summary>
    /// <param name="connectionId">The connection's id.</param>
    /// <param name="group">The group name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True when the connection was a member.</returns>
    /// <exception cref="ArgumentException">The group name is invalid.</exception>
    ValueTask<bool> RemoveFromGroupAsync(string connectionId, string group, CancellationToken cancellationToken = default);

    /// <summary>Sends a message to every member of a group, on every node.</summary>
    /// <param name="group">The group name.</param>
    /// <param name="type">Text (UTF-8 payload) or binary.</param>
    /// <param name="payload">The payload (copied once; the caller may reuse it when the call returns).</param>
    /// <param name="excludedConnectionIds">Connections that must not receive it (for example the sender); null for none.</param>
    /// <param name="cancellationToken">Cancels the call before the message is queued.</param>
    /// <returns>Completes when the message is queued locally and handed to the backplane.</returns>
    /// <exception cref="ArgumentException">The group name is invalid, or the type is not text or binary.</exception>
    ValueTask SendToGroupAsync(string group, WebSocketMessageType type, ReadOnlyMemory<byte> payload, IReadOnlyCollection<string>? excludedConnectionIds = null, CancellationToken cancellationToken = default);

    /// <summary>Sends a message to every connection, on every node.</summary>
    /// <param name="type">Text (UTF-8 payload) or binary.</param>
    /// <param name="payload">The payload (copied once).</param>
    /// <param name="excludedConnectionIds">Connections that must not receive it; null for none.</param>
    /// <param name="cancellationToken">Cancels the call before the message is queued.</param>
    /// <returns>Completes when the message is queued locally and handed to the backplane.</returns>
    ValueTask SendToAllAsync(WebSocketMessageType type, ReadOnlyMemory<byte> payload, IReadOnlyCollection<string>? excludedConnectionIds = null, CancellationToken cancellationToken = default);

    /// <summary>Sends a message to one connection, on whichever node holds it.</summary>
    /// <param name="connectionId">The connection's id.</param>
    /// <param name="type">Text (UTF-8 payload) or binary.</param>
    /// <param name="payload">The payload (copied once).</param>
    /// <param name="cancellationToken">Cancels the call before the message is queued.</param>
    /// <returns>Completes when the message is queued (local connection) or handed to the backplane.</returns>
    ValueTask SendToConnectionAsync(string connectionId, WebSocketMessageType type, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default);

    /// <summary>The connection ids of the group's members on this node (a snapshot).</summary>
    /// <param name="group">The group name.</param>
    /// <returns>The ids; empty for an unknown group.</returns>
    IReadOnlyCollection<string> GetLocalMembers(string group);

    /// <summary>The number of members of a group across every node (presence); this node's count without a shared backplane.</summary>
    /// <param name="group">The group name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The member count. A node that died stops counting once its heartbeat expires.</returns>
    ValueTask<long> GetMemberCountAsync(string group, CancellationToken cancellationToken = default);
}
