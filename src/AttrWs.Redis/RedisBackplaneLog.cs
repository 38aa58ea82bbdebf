using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace AttrWs.Redis;

/// <summary>
/// The Redis backplane's log messages (category <c>AttrWs.Redis.RedisBackplane</c>). Event ids are stable: never renumber,
/// only add. The configuration string is never logged (it may hold a password).
/// </summary>
internal static partial class RedisBackplaneLog
{
    [LoggerMessage(EventId = 201, Level = LogLevel.Information, Message = "Redis backplane node {NodeId} started (prefix {Prefix}); reading the stream after {StreamId}")]
    public static partial void Started(ILogger logger, string nodeId, string prefix, string streamId);

    [LoggerMessage(EventId = 202, Level = LogLevel.Warning, Message = "Redis connection lost ({ConnectionType}, {FailureType}): local delivery continues, cross-node messages are buffered (up to {Capacity})")]
    public static partial void ConnectionLost(ILogger logger, ConnectionType connectionType, ConnectionFailureType failureType, int capacity, Exception? exception);

    [LoggerMessage(EventId = 203, Level = LogLevel.Information, Message = "Redis connection restored ({ConnectionType}): sending the buffer and catching up")]
    public static partial void ConnectionRestored(ILogger logger, ConnectionType connectionType);

    [LoggerMessage(EventId = 204, Level = LogLevel.Warning, Message = "Redis backplane buffer full ({Capacity} messages): dropping the oldest outgoing messages until Redis is reachable")]
    public static partial void BufferOverflow(ILogger logger, int capacity);

    [LoggerMessage(EventId = 205, Level = LogLevel.Warning, Message = "Publishing to Redis failed: buffering outgoing messages and retrying")]
    public static partial void PublishFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 206, Level = LogLevel.Information, Message = "Publishing to Redis resumed: {Dropped} message(s) dropped while it was unreachable")]
    public static partial void PublishResumed(ILogger logger, long dropped);

    [LoggerMessage(EventId = 207, Level = LogLevel.Warning, Message = "Reading the Redis stream failed: retrying")]
    public static partial void ReadFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 208, Level = LogLevel.Warning, Message = "{Count} message(s) from node {Origin} never arrived (sequence {First} to {Last}): dropped by its full buffer, trimmed from the stream, or lost in a Redis restart without persistence")]
    public static partial void MessagesLost(ILogger logger, long count, string origin, long first, long last);

    [LoggerMessage(EventId = 209, Level = LogLevel.Warning, Message = "Updating cluster membership in Redis failed: retrying")]
    public static partial void MembershipFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 210, Level = LogLevel.Information, Message = "Redis backplane node {NodeId} stopped ({Unsent} message(s) not sent)")]
    public static partial void Stopped(ILogger logger, string nodeId, int unsent);

    [LoggerMessage(EventId = 211, Level = LogLevel.Debug, Message = "Skipped a stream entry {StreamId} this version cannot read")]
    public static partial void UnreadableEntry(ILogger logger, RedisValue streamId);

    [LoggerMessage(EventId = 212, Level = LogLevel.Debug, Message = "Counting members of a group in Redis failed: answering with this node's count")]
    public static partial void CountFailed(ILogger logger, Exception exception);
}
