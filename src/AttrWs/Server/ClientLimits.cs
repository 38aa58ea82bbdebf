using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;

namespace AttrWs.Server;

/// <summary>
/// The per-client-address limits of <see cref="WebSocketServerOptions.Limits"/>: handshakes per second
/// (<see cref="WebSocketServerLimits.MaxHandshakesPerSecondPerClient"/>, a token bucket per address) and concurrent
/// connections (<see cref="WebSocketServerLimits.MaxConnectionsPerClient"/>, a concurrency limiter per address), both
/// from <c>System.Threading.RateLimiting</c>. A refused connection is answered 429 + <c>Retry-After</c>.
/// </summary>
/// <remarks>
/// Partitions are keyed by the peer's IP address, IPv4-mapped IPv6 addresses taken as their IPv4 form (a dual-stack
/// listener must not give one client two budgets). The partitioned limiter replenishes the buckets from one timer and
/// drops partitions idle for a while, so memory follows the active clients, not every address ever seen.
/// </remarks>
internal sealed class ClientLimits : IDisposable
{
    private readonly PartitionedRateLimiter<IPAddress>? _handshakes;
    private readonly PartitionedRateLimiter<IPAddress>? _connections;
    private readonly int _handshakesPerSecond;
    private readonly int _connectionsPerClient;
    private readonly TimeSpan _retryAfter;

    private ClientLimits(int handshakesPerSecond, int connectionsPerClient, TimeSpan retryAfter)
    {
        _handshakesPerSecond = handshakesPerSecond;
        _connectionsPerClient = connectionsPerClient;
        _retryAfter = retryAfter;
        if (handshakesPerSecond > 0)
        {
            var bucket = new TokenBucketRateLimiterOptions
            {
                TokenLimit = handshakesPerSecond,
                TokensPerPeriod = handshakesPerSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = false, // the partitioned limiter's timer replenishes every bucket: no timer per address
            };
            _handshakes = PartitionedRateLimiter.Create<IPAddress, IPAddress>(
                address => RateLimitPartition.GetTokenBucketLimiter(address, _ => bucket));
        }

        if (connectionsPerClient > 0)
        {
            var concurrency = new ConcurrencyLimiterOptions { PermitLimit = connectionsPerClient, QueueLimit = 0 };
            _connections = PartitionedRateLimiter.Create<IPAddress, IPAddress>(
                address => RateLimitPartition.GetConcurrencyLimiter(address, _ => concurrency));
        }
    }

    /// <summary>The limits the options ask for, or null when both are off (nothing to pay per connection).</summary>
    public static ClientLimits? Create(WebSocketServerLimits options)
        => options.MaxHandshakesPerSecondPerClient > 0 || options.MaxConnectionsPerClient > 0
            ? new ClientLimits(options.MaxHandshakesPerSecondPerClient, options.MaxConnectionsPerClient, options.RetryAfter)
            : null;

    /// <summary>The partition key of a peer: its address, IPv4-mapped IPv6 as IPv4.</summary>
    public static IPAddress Normalize(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;

    /// <summary>
    /// Takes one handshake from the peer's budget and, while the connection lives, one of its connection slots. Peers
    /// without an IP address (none on the sockets this server listens on) are not limited.
    /// </summary>
    /// <param name="limits">The limits, or null when off.</param>
    /// <param name="remote">The peer.</param>
    /// <returns>The admission; dispose it when the connection ends (it releases the connection slot).</returns>
    public static ClientAdmission Admit(ClientLimits? limits, EndPoint? remote)
        => limits is null || remote is not IPEndPoint peer ? default : limits.AdmitAddress(Normalize(peer.Address));

    /// <inheritdoc />
    public void Dispose()
    {
        _handshakes?.Dispose();
        _connections?.Dispose();
    }

    private ClientAdmission AdmitAddress(IPAddress address)
    {
        if (_handshakes is not null)
        {
            using var handshake = _handshakes.AttemptAcquire(address);
            if (!handshake.IsAcquired)
            {
                return ClientAdmission.Refused(
                    RetryAfter(handshake),
                    string.Create(CultureInfo.InvariantCulture, $"More than {_handshakesPerSecond} handshakes per second from this client address."));
            }
        }

        if (_connections is null)
        {
            return default;
        }

        var connection = _connections.AttemptAcquire(address);
        if (!connection.IsAcquired)
        {
            connection.Dispose();
            return ClientAdmission.Refused(
                RetryAfter(connection),
                string.Create(CultureInfo.InvariantCulture, $"More than {_connectionsPerClient} concurrent connections from this client address."));
        }

        return new ClientAdmission(connection);
    }

    /// <summary>The limiter's own retry-after when it has one (token buckets do), else the server's <c>RetryAfter</c>; whole seconds, at least 1.</summary>
    private long RetryAfter(RateLimitLease lease)
    {
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : _retryAfter;
        return Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds));
    }
}

/// <summary>The outcome of <see cref="ClientLimits.Admit"/>: admitted (holding a connection slot, maybe) or refused with a wait.</summary>
/// <remarks>
/// One reference (the lease, or the refusal): a connection's method keeps its admission for the connection's whole life,
/// so the refusal's details live in an object only refused connections allocate.
/// </remarks>
internal readonly struct ClientAdmission : IDisposable
{
    private readonly object? _state;

    public ClientAdmission(RateLimitLease lease) => _state = lease;

    private ClientAdmission(Refusal refusal) => _state = refusal;

    /// <summary>True when a per-client limit refused the connection (answer 429).</summary>
    public bool IsRefused => _state is Refusal;

    /// <summary>The <c>Retry-After</c> value, in seconds, for a refusal.</summary>
    public long RetryAfterSeconds => (_state as Refusal)?.RetryAfterSeconds ?? 0;

    /// <summary>Which limit refused, for the 429's body and logs (no address in it).</summary>
    public string? Reason => (_state as Refusal)?.Reason;

    public static ClientAdmission Refused(long retryAfterSeconds, string reason) => new(new Refusal(retryAfterSeconds, reason));

    /// <summary>Releases the connection slot.</summary>
    public void Dispose() => (_state as RateLimitLease)?.Dispose();

    private sealed record Refusal(long RetryAfterSeconds, string Reason);
}
