using Microsoft.Extensions.Logging;

namespace AttrWs.Groups;

/// <summary>Group membership log messages (category <c>AttrWs.Groups</c>). Event ids are stable: never renumber, only add.</summary>
internal static partial class GroupLog
{
    [LoggerMessage(EventId = 101, Level = LogLevel.Debug, Message = "Connection {ConnectionId} joined group {Group} ({MemberCount} local member(s))")]
    public static partial void Joined(ILogger logger, string connectionId, string group, int memberCount);

    [LoggerMessage(EventId = 102, Level = LogLevel.Debug, Message = "Connection {ConnectionId} left group {Group}")]
    public static partial void Left(ILogger logger, string connectionId, string group);

    [LoggerMessage(EventId = 103, Level = LogLevel.Debug, Message = "Connection {ConnectionId} ended: removed from {GroupCount} group(s)")]
    public static partial void LeftAll(ILogger logger, string connectionId, int groupCount);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning, Message = "Stopping the backplane failed")]
    public static partial void BackplaneStopFailed(ILogger logger, Exception exception);
}
