namespace AttrWs.Handshake;

/// <summary>A rejected handshake, as reported to <see cref="WebSocketHandshakeOptions.OnRejected"/> (for logs and metrics).</summary>
/// <param name="Reason">The machine-readable reason.</param>
/// <param name="StatusCode">The HTTP status code sent.</param>
/// <param name="EndpointName">The matched endpoint's name, or null when the request did not get that far.</param>
/// <param name="ConnectionId">The connection's id, or null when the host did not know it.</param>
/// <param name="Detail">A human-readable sentence about this particular failure.</param>
/// <param name="Exception">The exception behind a 500, or null.</param>
public sealed record HandshakeRejection(
    HandshakeRejectReason Reason,
    int StatusCode,
    string? EndpointName,
    string? ConnectionId,
    string Detail,
    Exception? Exception = null);
