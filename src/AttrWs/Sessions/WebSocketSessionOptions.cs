namespace AttrWs;

/// <summary>
/// Per-session limits. The standalone server fills them from <see cref="WebSocketServerOptions"/>; hosts that create
/// sessions over their own <see cref="System.Net.WebSockets.WebSocket"/> may pass their own (the defaults are safe).
/// </summary>
public sealed class WebSocketSessionOptions
{
    /// <summary>The defaults: 1 MiB messages, 4 KiB receive buffer, 64 pending sends, 5 s close timeout.</summary>
    public static WebSocketSessionOptions Default { get; } = new();

    /// <summary>The largest message accepted, in bytes; a bigger one closes the session with 1009 while it is being read.</summary>
    public int MaxMessageSize { get; init; } = 1024 * 1024;

    /// <summary>The initial size of the pooled receive buffer; it grows (up to <see cref="MaxMessageSize"/>) for bigger messages.</summary>
    public int ReceiveBufferSize { get; init; } = 4 * 1024;

    /// <summary>The most sends that may be queued or in flight; one more closes the session with 1008 and fails that send.</summary>
    public int SendQueueLimit { get; init; } = 64;

    /// <summary>How long a close waits for the peer's close frame (and queued sends) before the connection is aborted.</summary>
    public TimeSpan CloseTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
