using System.Net.WebSockets;
using System.Text;

namespace AttrWs;

/// <summary>Text overloads of the <see cref="IWebSocketGroups"/> sends (the text is UTF-8 encoded once).</summary>
public static class WebSocketGroupsExtensions
{
    /// <summary>Sends a text message to every member of a group, on every node.</summary>
    /// <param name="groups">The groups service.</param>
    /// <param name="group">The group name.</param>
    /// <param name="text">The message.</param>
    /// <param name="excludedConnectionIds">Connections that must not receive it; null for none.</param>
    /// <param name="cancellationToken">Cancels the call before the message is queued.</param>
    /// <returns>Completes when the message is queued locally and handed to the backplane.</returns>
    public static ValueTask SendTextToGroupAsync(this IWebSocketGroups groups, string group, string text, IReadOnlyCollection<string>? excludedConnectionIds = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(text);
        return groups.SendToGroupAsync(group, WebSocketMessageType.Text, Encoding.UTF8.GetBytes(text), excludedConnectionIds, cancellationToken);
    }

    /// <summary>Sends a text message to every connection, on every node.</summary>
    /// <param name="groups">The groups service.</param>
    /// <param name="text">The message.</param>
    /// <param name="excludedConnectionIds">Connections that must not receive it; null for none.</param>
    /// <param name="cancellationToken">Cancels the call before the message is queued.</param>
    /// <returns>Completes when the message is queued locally and handed to the backplane.</returns>
    public static ValueTask SendTextToAllAsync(this IWebSocketGroups groups, string text, IReadOnlyCollection<string>? excludedConnectionIds = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(text);
        return groups.SendToAllAsync(WebSocketMessageType.Text, Encoding.UTF8.GetBytes(text), excludedConnectionIds, cancellationToken);
    }

    /// <summary>Sends a text message to one connection, on whichever node holds it.</summary>
    /// <param name="groups">The groups service.</param>
    /// <param name="connectionId">The connection's id.</param>
    /// <param name="text">The message.</param>
    /// <param name="cancellationToken">Cancels the call before the message is queued.</param>
    /// <returns>Completes when the message is queued or handed to the backplane.</returns>
    public static ValueTask SendTextToConnectionAsync(this IWebSocketGroups groups, string connectionId, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(text);
        return groups.SendToConnectionAsync(connectionId, WebSocketMessageType.Text, Encoding.UTF8.GetBytes(text), cancellationToken);
    }
}
