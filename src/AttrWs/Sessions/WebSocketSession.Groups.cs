using System.Collections.Concurrent;
using AttrWs.Groups;

namespace AttrWs;

public sealed partial class WebSocketSession
{
    // Created on the first join: most sessions never join a group, and an empty ConcurrentDictionary costs about 600 B.
    private ConcurrentDictionary<string, byte>? _joinedGroups;

    /// <summary>
    /// The server's groups: sends to a group, to all, to all but some, to a connection id (on any node with a backplane).
    /// </summary>
    /// <exception cref="InvalidOperationException">The session was not created by a server with groups.</exception>
    public IWebSocketGroups Groups => GroupManager ?? throw new InvalidOperationException("This session's host has no groups (sessions of the standalone WebSocketServer have them).");

    /// <summary>The groups this session is a member of (a snapshot).</summary>
    public IReadOnlyCollection<string> JoinedGroups => JoinedGroupSet is { } joined ? joined.Keys.ToArray() : [];

    /// <summary>The group manager of the server that created the session.</summary>
    internal WebSocketGroupManager? GroupManager
    {
        get => _host.Groups;
        init => _host = _host with { Groups = value };
    }

    /// <summary>The groups joined so far, or null before the first join.</summary>
    internal ConcurrentDictionary<string, byte>? JoinedGroupSet => Volatile.Read(ref _joinedGroups);

    /// <summary>The set of joined groups, created (once, thread-safely) on the first join.</summary>
    internal ConcurrentDictionary<string, byte> EnsureJoinedGroupSet() =>
        LazyInitializer.EnsureInitialized(ref _joinedGroups, static () => new ConcurrentDictionary<string, byte>(StringComparer.Ordinal));

    /// <summary>Joins a group; the session leaves it by itself when it ends.</summary>
    /// <param name="group">The group name (see <see cref="WebSocketGroupName"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True when the session joined; false when it was already a member or has ended.</returns>
    /// <exception cref="ArgumentException">The group name is invalid.</exception>
    /// <exception cref="InvalidOperationException">The session's host has no groups.</exception>
    public ValueTask<bool> JoinGroupAsync(string group, CancellationToken cancellationToken = default)
    {
        WebSocketGroupName.Validate(group);
        cancellationToken.ThrowIfCancellationRequested();
        var manager = GroupManager ?? throw new InvalidOperationException("This session's host has no groups.");
        return ValueTask.FromResult(manager.Add(this, group));
    }

    /// <summary>Leaves a group.</summary>
    /// <param name="group">The group name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True when the session was a member.</returns>
    /// <exception cref="ArgumentException">The group name is invalid.</exception>
    public ValueTask<bool> LeaveGroupAsync(string group, CancellationToken cancellationToken = default)
    {
        WebSocketGroupName.Validate(group);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(GroupManager?.Remove(this, group) ?? false);
    }
}
