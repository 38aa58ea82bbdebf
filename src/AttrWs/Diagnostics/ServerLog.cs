using System.Net;
using System.Net.WebSockets;
using AttrWs.Handshake;
using Microsoft.Extensions.Logging;

namespace AttrWs.Diagnostics;

/// <summary>
/// The standalone server's log messages. Event ids are stable: never renumber, only add. Messages carry the request
/// path; the query string and header values (they may hold credentials) only ever through the server's
/// <see cref="Security.SecretRedactor"/>.
/// </summary>
internal static partial class ServerLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Listening on {EndPoint}")]
    public static partial void Listening(ILogger logger, EndPoint endPoint);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Stopping: closing {SessionCount} session(s) with 1001")]
    public static partial void Stopping(ILogger logger, int sessionCount);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Shutdown timeout elapsed: aborting {SessionCount} session(s) whose handlers did not finish")]
    public static partial void AbortingAtShutdown(ILogger logger, int sessionCount);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Stopped")]
    public static partial void Stopped(ILogger logger);

    [LoggerMessage(EventId = 5, Level = LogLevel.Error, Message = "Accepting a connection failed")]
    public static partial void AcceptFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "Handshake {ConnectionId} on {Path} rejected: {Reason} ({StatusCode})")]
    public static partial void HandshakeRejected(ILogger logger, string connectionId, string path, HandshakeRejectReason reason, int statusCode);

    [LoggerMessage(EventId = 7, Level = LogLevel.Information, Message = "Connection {ConnectionId} dropped: no complete request head within the handshake timeout")]
    public static partial void HandshakeTimedOut(ILogger logger, string connectionId);

    [LoggerMessage(EventId = 8, Level = LogLevel.Debug, Message = "Session {ConnectionId} opened on {Path} (endpoint {EndpointName})")]
    public static partial void SessionOpened(ILogger logger, string connectionId, string path, string endpointName);

    [LoggerMessage(EventId = 9, Level = LogLevel.Debug, Message = "Session {ConnectionId} ended (close status {CloseStatus}; none means aborted)")]
    public static partial void SessionEnded(ILogger logger, string connectionId, WebSocketCloseStatus? closeStatus);

    [LoggerMessage(EventId = 10, Level = LogLevel.Error, Message = "Endpoint {EndpointName} threw for session {ConnectionId}: closing with 1011")]
    public static partial void EndpointFailed(ILogger logger, string endpointName, string connectionId, Exception exception);

    [LoggerMessage(EventId = 11, Level = LogLevel.Debug, Message = "Connection {ConnectionId} failed")]
    public static partial void ConnectionFailed(ILogger logger, string connectionId, Exception exception);

    [LoggerMessage(EventId = 12, Level = LogLevel.Error, Message = "The plain request handler threw for {Path}: answering 500")]
    public static partial void PlainRequestHandlerFailed(ILogger logger, string path, Exception exception);

    [LoggerMessage(EventId = 13, Level = LogLevel.Information, Message = "Session {ConnectionId} idle for {IdleTimeout}: closing with 1001")]
    public static partial void IdleTimeout(ILogger logger, string connectionId, TimeSpan idleTimeout);

    [LoggerMessage(EventId = 14, Level = LogLevel.Warning, Message = "Connection {ConnectionId} refused: {MaxConnections} connections already open (503)")]
    public static partial void ServerBusy(ILogger logger, string connectionId, int maxConnections);

    /// <summary>The whole request at Trace level; target and headers must come from the server's <c>SecretRedactor</c>.</summary>
    [LoggerMessage(EventId = 16, Level = LogLevel.Trace, Message = "Handshake {ConnectionId} request: {Method} {RedactedTarget} [{RedactedHeaders}]")]
    public static partial void HandshakeRequest(ILogger logger, string connectionId, string method, string redactedTarget, string redactedHeaders);

    /// <summary>Why a handshake was rejected, with its endpoint; the detail must come from the server's <c>SecretRedactor</c>.</summary>
    [LoggerMessage(EventId = 17, Level = LogLevel.Debug, Message = "Handshake {ConnectionId} rejected ({Reason}, {StatusCode}) at endpoint {EndpointName}: {RedactedDetail}")]
    public static partial void HandshakeRejectionDetail(ILogger logger, string connectionId, HandshakeRejectReason reason, int statusCode, string endpointName, string redactedDetail);

    /// <summary>An application exception behind a 500; the detail must come from the server's <c>SecretRedactor</c>.</summary>
    [LoggerMessage(EventId = 15, Level = LogLevel.Error, Message = "Handshake {ConnectionId} on {Path} failed with a server error (500): {RedactedDetail}")]
    public static partial void HandshakeError(ILogger logger, string connectionId, string path, string redactedDetail, Exception exception);

    /// <summary>The application's handshake answer broke a rule (500); the detail (already redacted) names the mistake.</summary>
    [LoggerMessage(EventId = 18, Level = LogLevel.Error, Message = "Handshake {ConnectionId} on {Path}: invalid application response (500): {RedactedDetail}")]
    public static partial void InvalidApplicationResponse(ILogger logger, string connectionId, string path, string redactedDetail);

    [LoggerMessage(EventId = 19, Level = LogLevel.Debug, Message = "Handshake {ConnectionId} on {Path} abandoned: the client disconnected while application code ran; not handed to an endpoint")]
    public static partial void ClientLeftDuringHandshake(ILogger logger, string connectionId, string path);

    [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "Connection {ConnectionId} on {Path} dropped: the handshake timeout elapsed while application code ran")]
    public static partial void HandshakeTimedOutInApplication(ILogger logger, string connectionId, string path);

    [LoggerMessage(EventId = 21, Level = LogLevel.Debug, Message = "Session {ConnectionId}: endpoint {EndpointName} ended because the connection is gone (the client left or the connection was aborted); not an endpoint failure")]
    public static partial void EndpointEndedByLostConnection(ILogger logger, string endpointName, string connectionId, Exception exception);

    [LoggerMessage(EventId = 22, Level = LogLevel.Information, Message = "Session {ConnectionId}: no pong within {KeepAliveTimeout} of a keep-alive ping: aborting the connection")]
    public static partial void KeepAliveTimedOut(ILogger logger, string connectionId, TimeSpan keepAliveTimeout);
}
