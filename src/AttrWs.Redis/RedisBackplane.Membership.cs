using System.Collections.Concurrent;
using StackExchange.Redis;

namespace AttrWs.Redis;

public sealed partial class RedisBackplane
{
    private readonly ConcurrentDictionary<string, byte> _dirtyGroups = new(StringComparer.Ordinal);
    private volatile bool _forceHeartbeat = true;

    /// <inheritdoc />
    public void OnLocalMembershipChanged(string group)
    {
        ArgumentNullException.ThrowIfNull(group);
        _dirtyGroups.TryAdd(group, 0);
        _membershipSignal.Set();
    }

    /// <inheritdoc />
    /// <remarks>This node's own count is taken locally (always current); the other live nodes' from Redis. While Redis
    /// is unreachable, the answer is this node's count alone.</remarks>
    public async ValueTask<long> GetMemberCountAsync(string group, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        var host = _host ?? throw new InvalidOperationException("The Redis backplane has not been started.");
        long total = host.GetLocalMemberCount(group);
        if (_redis is null)
        {
            return total;
        }

        try
        {
            var database = _redis.GetDatabase();
            var nodes = await database.SetMembersAsync(_nodesKey).WaitAsync(cancellationToken).ConfigureAwait(false);
            var others = new List<(RedisValue Id, Task<RedisValue[]> Values)>(nodes.Length);
            var batch = database.CreateBatch();
            foreach (var node in nodes)
            {
                if (!string.Equals((string?)node, NodeId, StringComparison.Ordinal))
                {
                    others.Add((node, batch.HashGetAsync(NodeKey((string)node!), [AliveField, group])));
                }
            }

            batch.Execute();
            await Task.WhenAll(others.Select(o => o.Values)).WaitAsync(cancellationToken).ConfigureAwait(false);
            var expired = new List<RedisValue>();
            foreach (var (id, values) in others)
            {
                var result = await values.ConfigureAwait(false);
                if (result[0].IsNull)
                {
                    // Its heartbeat expired: the node is gone.
                    expired.Add(id);
                }
                else if (result[1].TryParse(out long count))
                {
                    total += count;
                }
            }

            if (expired.Count > 0)
            {
                await database.SetRemoveAsync(_nodesKey, expired.ToArray()).WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (IsRedisFailure(ex))
        {
            RedisBackplaneLog.CountFailed(_logger, ex);
        }

        return total;
    }

    private async Task MembershipLoopAsync(CancellationToken stop)
    {
        var database = _redis!.GetDatabase();
        var nextHeartbeat = DateTime.UtcNow;
        var failing = false;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                if (_forceHeartbeat || DateTime.UtcNow >= nextHeartbeat)
                {
                    _forceHeartbeat = false;
                    await WriteAllGroupsAsync(database).WaitAsync(stop).ConfigureAwait(false);
                    nextHeartbeat = DateTime.UtcNow + Options.HeartbeatInterval;
                }
                else if (!_dirtyGroups.IsEmpty)
                {
                    await WriteDirtyGroupsAsync(database).WaitAsync(stop).ConfigureAwait(false);
                }

                failing = false;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (IsRedisFailure(ex))
            {
                // Rewrite everything once Redis answers again (it may have restarted without our entry).
                _forceHeartbeat = true;
                if (!failing)
                {
                    failing = true;
                    RedisBackplaneLog.MembershipFailed(_logger, ex);
                }

                await DelayAsync(Options.RetryInterval, stop).ConfigureAwait(false);
                continue;
            }

            var wait = nextHeartbeat - DateTime.UtcNow;
            if (wait > TimeSpan.Zero && _dirtyGroups.IsEmpty && !_forceHeartbeat)
            {
                try
                {
                    await _membershipSignal.WaitAsync(wait, stop).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }

    /// <summary>The heartbeat: this node's whole entry rewritten, with a fresh expiry, in one transaction.</summary>
    private async Task WriteAllGroupsAsync(IDatabase database)
    {
        _dirtyGroups.Clear();
        var counts = _host!.GetLocalGroupCounts();
        var fields = new HashEntry[counts.Count + 1];
        fields[0] = new HashEntry(AliveField, 1);
        for (var i = 0; i < counts.Count; i++)
        {
            fields[i + 1] = new HashEntry(counts[i].Key, counts[i].Value);
        }

        var transaction = database.CreateTransaction();
        var steps = new Task[]
        {
            transaction.KeyDeleteAsync(_nodeKey),
            transaction.HashSetAsync(_nodeKey, fields),
            transaction.KeyExpireAsync(_nodeKey, Options.HeartbeatTimeout),
            transaction.SetAddAsync(_nodesKey, NodeId),
        };
        var committed = await transaction.ExecuteAsync().ConfigureAwait(false);
        await Task.WhenAll(steps).ConfigureAwait(false);
        if (!committed)
        {
            throw new RedisException("The membership transaction was not committed.");
        }
    }

    /// <summary>Groups whose local count changed since the last write: set or removed at once, between heartbeats.</summary>
    private async Task WriteDirtyGroupsAsync(IDatabase database)
    {
        var changed = new List<string>();
        foreach (var group in _dirtyGroups.Keys)
        {
            if (_dirtyGroups.TryRemove(group, out _))
            {
                changed.Add(group);
            }
        }

        try
        {
            var batch = database.CreateBatch();
            var steps = new List<Task>(changed.Count + 2) { batch.HashSetAsync(_nodeKey, AliveField, 1) };
            foreach (var group in changed)
            {
                var count = _host!.GetLocalMemberCount(group);
                steps.Add(count > 0 ? batch.HashSetAsync(_nodeKey, group, count) : batch.HashDeleteAsync(_nodeKey, group));
            }

            steps.Add(batch.KeyExpireAsync(_nodeKey, Options.HeartbeatTimeout));
            batch.Execute();
            await Task.WhenAll(steps).ConfigureAwait(false);
        }
        catch
        {
            foreach (var group in changed)
            {
                _dirtyGroups.TryAdd(group, 0);
            }

            throw;
        }
    }

    /// <summary>On stop: this node's entry goes at once instead of expiring.</summary>
    private async Task LeaveClusterAsync()
    {
        if (_redis is null || !_redis.IsConnected)
        {
            return;
        }

        try
        {
            var database = _redis.GetDatabase();
            await Task.WhenAll(database.KeyDeleteAsync(_nodeKey), database.SetRemoveAsync(_nodesKey, NodeId)).WaitAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsRedisFailure(ex))
        {
            RedisBackplaneLog.MembershipFailed(_logger, ex);
        }
    }
}
