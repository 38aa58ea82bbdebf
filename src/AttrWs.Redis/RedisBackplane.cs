using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace AttrWs.Redis;

/// <summary>
/// A backplane on Redis: every cross-node send is appended once to one Redis Stream per application prefix, and each
/// node reads that stream from the last entry it saw, delivering other nodes' messages to its local connections.
/// </summary>
/// <remarks>
/// <para>
/// Why a stream and not pub/sub: a stream keeps entries, so a node that lost Redis for a while resumes reading where it
/// stopped (pub/sub forgets whatever was published while a subscriber was away). Pub/sub is used only as a doorbell that
/// wakes readers early; a periodic poll covers a missed ring.
/// </para>
/// <para>
/// Outgoing messages wait in a bounded buffer until Redis acknowledges them (oldest dropped when full), and are written
/// in order, each with the node id and a per-node sequence number. A write retried after Redis took it appends a
/// duplicate; readers skip any sequence number not above the last they delivered from that node, so each message is
/// delivered at most once per node, in the order its node sent it. A gap in the sequence numbers is counted as lost.
/// </para>
/// <para>
/// Membership: each node keeps a hash of its groups' local member counts in Redis with an expiry it refreshes every
/// <see cref="RedisBackplaneOptions.HeartbeatInterval"/>; a node that dies stops counting after
/// <see cref="RedisBackplaneOptions.HeartbeatTimeout"/>.
/// </para>
/// </remarks>
public sealed partial class RedisBackplane : IWebSocketBackplane
{
    private const int WriteBatchSize = 256;
    private const int ReadBatchSize = 512;
    private const string AliveField = "";

    private readonly AsyncSignal _writeSignal = new();
    private readonly AsyncSignal _readSignal = new();
    private readonly AsyncSignal _membershipSignal = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly OutgoingBuffer _buffer;
    private IWebSocketBackplaneHost? _host;
    private ConnectionMultiplexer? _redis;
    private RedisBackplaneMetrics? _metrics;
    private ILogger _logger = NullLogger.Instance;
    private RedisKey _streamKey;
    private RedisKey _nodesKey;
    private RedisKey _nodeKey;
    private RedisChannel _bellChannel;
    private Task _loops = Task.CompletedTask;
    private long _dropped;
    private long _droppedSinceResume;
    private long _lost;
    private long _received;
    private long _published;
    private int _state; // 0 created, 1 started, 2 stopped
    private volatile bool _accepting = true;

    /// <summary>Creates a backplane; nothing connects until the server starts it.</summary>
    /// <param name="options">The options (validated at start).</param>
    public RedisBackplane(RedisBackplaneOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;

        // Sends made before the server has started the backplane (connections accepted while it connects) wait here too.
        _buffer = new OutgoingBuffer(options.BufferCapacity);
        NodeId = Convert.ToHexString(Guid.NewGuid().ToByteArray().AsSpan(0, 8)).ToLowerInvariant();
    }

    /// <summary>The options.</summary>
    public RedisBackplaneOptions Options { get; }

    /// <summary>This node's id in the cluster (random per start of the process).</summary>
    public string NodeId { get; }

    /// <inheritdoc />
    public bool IsConnected => _redis?.IsConnected ?? false;

    /// <summary>Outgoing messages waiting for Redis.</summary>
    public int BufferedCount => _buffer.Count;

    /// <summary>Outgoing messages dropped because the buffer was full.</summary>
    public long DroppedCount => Interlocked.Read(ref _dropped);

    /// <summary>Messages from other nodes that never arrived (sequence gaps seen).</summary>
    public long LostCount => Interlocked.Read(ref _lost);

    /// <summary>Messages from other nodes delivered on this node.</summary>
    public long ReceivedCount => Interlocked.Read(ref _received);

    /// <summary>Messages of this node acknowledged by Redis.</summary>
    public long PublishedCount => Interlocked.Read(ref _published);

    /// <inheritdoc />
    public Task StartAsync(IWebSocketBackplaneHost host, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        Options.Validate();
        if (Interlocked.CompareExchange(ref _state, 1, 0) != 0)
        {
            throw new InvalidOperationException("The Redis backplane was already started; create one per server.");
        }

        _host = host;
        return StartCoreAsync(cancellationToken);
    }

    /// <inheritdoc />
    public void Publish(WebSocketBackplaneMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!_accepting)
        {
            return;
        }

        var dropped = _buffer.Add(message);
        if (dropped > 0)
        {
            Interlocked.Add(ref _dropped, dropped);
            _metrics?.Dropped(dropped);
            if (Interlocked.Add(ref _droppedSinceResume, dropped) == dropped)
            {
                RedisBackplaneLog.BufferOverflow(_logger, _buffer.Capacity);
            }
        }

        _writeSignal.Set();
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.CompareExchange(ref _state, 2, 1) != 1)
        {
            Interlocked.CompareExchange(ref _state, 2, 0);
            return;
        }

        _accepting = false;
        try
        {
            // Give the writer the time the caller allows to send what is still buffered.
            while (_buffer.Count > 0 && IsConnected)
            {
                _writeSignal.Set();
                await Task.Delay(20, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        await _loops.ConfigureAwait(false);
        await LeaveClusterAsync().ConfigureAwait(false);
        RedisBackplaneLog.Stopped(_logger, NodeId, _buffer.Count);
        if (_redis is not null)
        {
            await _redis.CloseAsync(allowCommandsToComplete: false).ConfigureAwait(false);
            await _redis.DisposeAsync().ConfigureAwait(false);
        }

        _metrics?.Dispose();
    }

    /// <summary>Stops the backplane (see <see cref="StopAsync"/>, with a 5 s flush).</summary>
    /// <returns>Completes when stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        using var flush = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await StopAsync(flush.Token).ConfigureAwait(false);
        _stopping.Dispose();
        _writeSignal.Dispose();
        _readSignal.Dispose();
        _membershipSignal.Dispose();
    }

    private static bool IsRedisFailure(Exception ex) => ex is RedisException or TimeoutException or ObjectDisposedException;

    private async Task StartCoreAsync(CancellationToken cancellationToken)
    {
        var host = _host!;
        _logger = host.LoggerFactory?.CreateLogger("AttrWs.Redis.RedisBackplane") ?? NullLogger.Instance;
        _metrics = new RedisBackplaneMetrics(host.MeterFactory, this);
        _buffer.Capacity = Options.BufferCapacity;
        _streamKey = Options.Prefix + ":stream";
        _nodesKey = Options.Prefix + ":nodes";
        _nodeKey = NodeKey(NodeId);
        _bellChannel = RedisChannel.Literal(Options.Prefix + ":bell");

        var configuration = ConfigurationOptions.Parse(Options.Configuration!);

        // Reachable or not, the node starts: local delivery must not depend on Redis. Commands fail at once while
        // disconnected (no hidden client-side backlog): this backplane's own buffer is the one that is bounded and counted.
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ReconnectRetryPolicy = new LinearRetry((int)Options.RetryInterval.TotalMilliseconds);
        _redis = await ConnectionMultiplexer.ConnectAsync(configuration).WaitAsync(cancellationToken).ConfigureAwait(false);
        _redis.ConnectionFailed += OnConnectionFailed;
        _redis.ConnectionRestored += OnConnectionRestored;

        var startId = await FindStreamEndAsync().ConfigureAwait(false);
        try
        {
            await _redis.GetSubscriber().SubscribeAsync(_bellChannel, (_, _) => _readSignal.Set()).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsRedisFailure(ex))
        {
            // The subscription is re-established by the client when Redis comes back; polling covers the meantime.
            RedisBackplaneLog.ReadFailed(_logger, ex);
        }

        var stop = _stopping.Token;
        _loops = Task.WhenAll(
            Task.Run(() => WriteLoopAsync(stop), CancellationToken.None),
            Task.Run(() => ReadLoopAsync(startId, stop), CancellationToken.None),
            Task.Run(() => MembershipLoopAsync(stop), CancellationToken.None));
        RedisBackplaneLog.Started(_logger, NodeId, Options.Prefix, startId);
    }

    /// <summary>The id of the stream's newest entry (read after it); this node's start time when Redis is not reachable.</summary>
    private async Task<string> FindStreamEndAsync()
    {
        try
        {
            var last = await _redis!.GetDatabase().StreamRangeAsync(_streamKey, "-", "+", count: 1, messageOrder: Order.Descending).ConfigureAwait(false);
            return last.Length > 0 ? (string)last[0].Id! : "0-0";
        }
        catch (Exception ex) when (IsRedisFailure(ex))
        {
            RedisBackplaneLog.ReadFailed(_logger, ex);
            return DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) + "-0";
        }
    }

    private RedisKey NodeKey(string nodeId) => Options.Prefix + ":node:" + nodeId;

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs e)
        => RedisBackplaneLog.ConnectionLost(_logger, e.ConnectionType, e.FailureType, Options.BufferCapacity, e.Exception);

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e)
    {
        RedisBackplaneLog.ConnectionRestored(_logger, e.ConnectionType);
        _forceHeartbeat = true;
        _membershipSignal.Set();
        _writeSignal.Set();
        _readSignal.Set();
    }
}
