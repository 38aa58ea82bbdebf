using StackExchange.Redis;

namespace AttrWs.Redis;

/// <summary>
/// Options of the <see cref="RedisBackplane"/>, validated when the server starts: an invalid value fails the start with
/// a message naming the option. Plain settable properties, so they bind from a configuration section.
/// </summary>
public sealed class RedisBackplaneOptions
{
    /// <summary>
    /// The StackExchange.Redis configuration string, e.g. <c>localhost:6379</c> or <c>redis1:6379,password=...,ssl=true</c>.
    /// Required. Never logged (it may hold a password).
    /// </summary>
    public string? Configuration { get; set; }

    /// <summary>
    /// Prefix of every key and channel (<c>{Prefix}:stream</c>, <c>{Prefix}:nodes</c>, ...), so several applications can
    /// share one Redis. 1 to 64 ASCII letters, digits and <c>- _ . :</c>. Default <c>attrws</c>. All nodes of one
    /// application must use the same prefix.
    /// </summary>
    public string Prefix { get; set; } = "attrws";

    /// <summary>
    /// The most outgoing messages a node holds while it cannot reach Redis. Default 10,000. When full, the oldest is
    /// dropped (metric <c>attrws.backplane.messages.dropped</c> and a warning).
    /// </summary>
    public int BufferCapacity { get; set; } = 10_000;

    /// <summary>How often a node refreshes its membership entry in Redis. Default 5 s.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a node's membership entry outlives its last heartbeat: a node that dies without stopping leaves the
    /// cluster-wide member counts within this time. Must be longer than <see cref="HeartbeatInterval"/>. Default 15 s.
    /// </summary>
    public TimeSpan HeartbeatTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The approximate length the message stream is trimmed to (<c>XADD MAXLEN ~</c>). A node that falls further behind
    /// than this (a long disconnection under heavy traffic) misses the trimmed messages (counted as lost). Default 100,000.
    /// </summary>
    public int StreamMaxLength { get; set; } = 100_000;

    /// <summary>
    /// How often a node polls the stream when no new-message notification arrives (notifications are best effort, so
    /// this bounds the delay after a missed one). Default 1 s.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a node waits before retrying after Redis could not be reached. Default 250 ms.</summary>
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Checks every option; throws with a message that names the option and how to fix it.</summary>
    /// <exception cref="InvalidOperationException">An option is invalid.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Configuration))
        {
            Fail("Configuration is empty: set the Redis configuration string, e.g. \"localhost:6379\".");
        }

        try
        {
            _ = ConfigurationOptions.Parse(Configuration);
        }
        catch (ArgumentException)
        {
            // The string itself is not repeated: it may hold a password.
            Fail("Configuration is not a valid StackExchange.Redis configuration string (e.g. \"host:6379,password=...\").");
        }

        if (string.IsNullOrEmpty(Prefix) || Prefix.Length > 64 || !IsPrefixText(Prefix))
        {
            Fail("Prefix must be 1 to 64 ASCII letters, digits and - _ . : (default \"attrws\").");
        }

        if (BufferCapacity < 1)
        {
            Fail($"BufferCapacity is {BufferCapacity}: set it to 1 or more (default 10000).");
        }

        Positive(HeartbeatInterval, nameof(HeartbeatInterval), "5 s");
        Positive(HeartbeatTimeout, nameof(HeartbeatTimeout), "15 s");
        if (HeartbeatTimeout <= HeartbeatInterval)
        {
            Fail($"HeartbeatTimeout ({HeartbeatTimeout}) must be longer than HeartbeatInterval ({HeartbeatInterval}), e.g. three times it.");
        }

        if (StreamMaxLength < 1)
        {
            Fail($"StreamMaxLength is {StreamMaxLength}: set it to 1 or more (default 100000).");
        }

        Positive(PollInterval, nameof(PollInterval), "1 s");
        Positive(RetryInterval, nameof(RetryInterval), "250 ms");
    }

    private static bool IsPrefixText(string prefix)
    {
        foreach (var c in prefix)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.' or ':'))
            {
                return false;
            }
        }

        return true;
    }

    private static void Positive(TimeSpan value, string name, string defaultValue)
    {
        if (value <= TimeSpan.Zero || value == Timeout.InfiniteTimeSpan)
        {
            Fail($"{name} is {value}: set a positive, finite duration (default {defaultValue}).");
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void Fail(string message) => throw new InvalidOperationException("RedisBackplaneOptions." + message);
}
