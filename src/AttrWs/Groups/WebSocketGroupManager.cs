using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net.WebSockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AttrWs.Groups;

/// <summary>
/// A node's groups: local membership (group → sessions, and each session's own set for removal when it ends), local
/// delivery, and the hand-over of every send to the backplane.
/// </summary>
/// <remarks>
/// Membership changes take one lock (they are rare next to sends); deliveries read the concurrent maps without it.
/// A session is in a group's map at most once, so each message is queued at most once per member and node.
/// </remarks>
internal sealed class WebSocketGroupManager : IWebSocketGroups, IWebSocketBackplaneHost
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, WebSocketSession>> _groups = new(StringComparer.Ordinal);
    private readonly Lock _membershipGate = new();
    private readonly WebSocketConnectionRegistry _connections;
    private readonly ILogger _logger;
    private readonly Counter<long> _delivered;

    public WebSocketGroupManager(WebSocketConnectionRegistry connections, IWebSocketBackplane backplane, ILoggerFactory? loggerFactory, IMeterFactory? meterFactory, Meter meter)
    {
        _connections = connections;
        Backplane = backplane;
        LoggerFactory = loggerFactory;
        MeterFactory = meterFactory;
        _logger = loggerFactory?.CreateLogger("AttrWs.Groups") ?? NullLogger.Instance;
        _delivered = meter.CreateCounter<long>("attrws.groups.messages.delivered", "{message}", "Group, broadcast and connection sends queued on a local connection (one per recipient).");
    }

    public IWebSocketBackplane Backplane { get; }

    public ILoggerFactory? LoggerFactory { get; }

    public IMeterFactory? MeterFactory { get; }

    public Task StartAsync(CancellationToken cancellationToken) => Backplane.StartAsync(this, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Backplane.StopAsync(cancellationToken);

    public ValueTask<bool> AddToGroupAsync(string connectionId, string group, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connectionId);
        WebSocketGroupName.Validate(group);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_connections.TryGet(connectionId, out var session) && Add(session, group));
    }

    public ValueTask<bool> RemoveFromGroupAsync(string connectionId, string group, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connectionId);
        WebSocketGroupName.Validate(group);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_connections.TryGet(connectionId, out var session) && Remove(session, group));
    }

    public ValueTask SendToGroupAsync(string group, WebSocketMessageType type, ReadOnlyMemory<byte> payload, IReadOnlyCollection<string>? excludedConnectionIds = null, CancellationToken cancellationToken = default)
    {
        WebSocketGroupName.Validate(group);
        return Send(WebSocketBackplaneTarget.Group, group, type, payload, excludedConnectionIds, cancellationToken);
    }

    public ValueTask SendToAllAsync(WebSocketMessageType type, ReadOnlyMemory<byte> payload, IReadOnlyCollection<string>? excludedConnectionIds = null, CancellationToken cancellationToken = default)
        => Send(WebSocketBackplaneTarget.All, null, type, payload, excludedConnectionIds, cancellationToken);

    public ValueTask SendToConnectionAsync(string connectionId, WebSocketMessageType type, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionId);
        return Send(WebSocketBackplaneTarget.Connection, connectionId, type, payload, null, cancellationToken);
    }

    public IReadOnlyCollection<string> GetLocalMembers(string group)
    {
        WebSocketGroupName.Validate(group);
        return _groups.TryGetValue(group, out var members) ? members.Keys.ToArray() : [];
    }

    public ValueTask<long> GetMemberCountAsync(string group, CancellationToken cancellationToken = default)
    {
        WebSocketGroupName.Validate(group);
        return Backplane.GetMemberCountAsync(group, cancellationToken);
    }

    public int GetLocalMemberCount(string group) => _groups.TryGetValue(group, out var members) ? members.Count : 0;

    public IReadOnlyList<KeyValuePair<string, int>> GetLocalGroupCounts()
    {
        var counts = new List<KeyValuePair<string, int>>(_groups.Count);
        foreach (var (group, members) in _groups)
        {
            var count = members.Count;
            if (count > 0)
            {
                counts.Add(new KeyValuePair<string, int>(group, count));
            }
        }

        return counts;
    }

    public int Deliver(WebSocketBackplaneMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var excluded = message.ExcludedConnectionIds;
        var queued = 0;
        switch (message.Target)
        {
            case WebSocketBackplaneTarget.Group:
                if (_groups.TryGetValue(message.Name!, out var members))
                {
                    foreach (var session in members.Values)
                    {
                        queued += TryQueue(session, message, excluded);
                    }
                }

                break;
            case WebSocketBackplaneTarget.All:
                foreach (var session in _connections)
                {
                    queued += TryQueue(session, message, excluded);
                }

                break;
            case WebSocketBackplaneTarget.Connection:
                if (_connections.TryGet(message.Name!, out var target))
                {
                    queued += TryQueue(target, message, excluded);
                }

                break;
        }

        if (queued > 0)
        {
            _delivered.Add(queued);
        }

        return queued;
    }

    /// <summary>Adds a session of this node to a group; false when it is already a member or no longer registered.</summary>
    internal bool Add(WebSocketSession session, string group)
    {
        WebSocketGroupName.Validate(group);
        int count;
        lock (_membershipGate)
        {
            var members = _groups.GetOrAdd(group, static _ => new ConcurrentDictionary<string, WebSocketSession>(StringComparer.Ordinal));
            if (!members.TryAdd(session.ConnectionId, session))
            {
                return false;
            }

            session.EnsureJoinedGroupSet().TryAdd(group, 0);

            // The session may have ended between the caller's look-up and now: its removal already ran, so undo.
            if (!_connections.TryGet(session.ConnectionId, out var registered) || !ReferenceEquals(registered, session))
            {
                RemoveLocked(session, group);
                return false;
            }

            count = members.Count;
        }

        GroupLog.Joined(_logger, session.ConnectionId, group, count);
        Backplane.OnLocalMembershipChanged(group);
        return true;
    }

    /// <summary>Removes a session from a group; false when it was not a member.</summary>
    internal bool Remove(WebSocketSession session, string group)
    {
        WebSocketGroupName.Validate(group);
        bool removed;
        lock (_membershipGate)
        {
            removed = RemoveLocked(session, group);
        }

        if (removed)
        {
            GroupLog.Left(_logger, session.ConnectionId, group);
            Backplane.OnLocalMembershipChanged(group);
        }

        return removed;
    }

    /// <summary>Removes an ended session from every group it joined (called once the session left the registry).</summary>
    internal void RemoveConnection(WebSocketSession session)
    {
        if (session.JoinedGroupSet is not { IsEmpty: false } joined)
        {
            return; // never joined a group (the set is created on the first join), or left them all
        }

        var left = new List<string>();
        lock (_membershipGate)
        {
            foreach (var group in joined.Keys)
            {
                if (RemoveLocked(session, group))
                {
                    left.Add(group);
                }
            }
        }

        foreach (var group in left)
        {
            Backplane.OnLocalMembershipChanged(group);
        }

        GroupLog.LeftAll(_logger, session.ConnectionId, left.Count);
    }

    private bool RemoveLocked(WebSocketSession session, string group)
    {
        session.JoinedGroupSet?.TryRemove(group, out _);
        if (!_groups.TryGetValue(group, out var members)
            || !members.TryRemove(new KeyValuePair<string, WebSocketSession>(session.ConnectionId, session)))
        {
            return false;
        }

        if (members.IsEmpty)
        {
            _groups.TryRemove(new KeyValuePair<string, ConcurrentDictionary<string, WebSocketSession>>(group, members));
        }

        return true;
    }

    private ValueTask Send(WebSocketBackplaneTarget target, string? name, WebSocketMessageType type, ReadOnlyMemory<byte> payload, IReadOnlyCollection<string>? excludedConnectionIds, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var message = new WebSocketBackplaneMessage(target, name, type, payload.ToArray(), excludedConnectionIds is null or { Count: 0 } ? null : excludedConnectionIds.ToArray());
        var local = Deliver(message);

        // A connection found here needs no other node; anything else may have recipients elsewhere.
        if (target != WebSocketBackplaneTarget.Connection || local == 0 && !_connections.TryGet(name!, out _))
        {
            Backplane.Publish(message);
        }

        return ValueTask.CompletedTask;
    }

    private static int TryQueue(WebSocketSession session, WebSocketBackplaneMessage message, IReadOnlyList<string> excluded)
    {
        if (excluded.Count > 0 && Contains(excluded, session.ConnectionId))
        {
            return 0;
        }

        return session.TryEnqueue(message.Payload, message.Type) ? 1 : 0;
    }

    private static bool Contains(IReadOnlyList<string> ids, string id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (string.Equals(ids[i], id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
