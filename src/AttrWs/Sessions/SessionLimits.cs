namespace AttrWs.Sessions;

/// <summary>
/// The per-session part of <see cref="WebSocketServerLimits"/>, snapshotted when the session is created so that the
/// session's hot paths read fields of one small immutable object. Defaults come from <see cref="WebSocketServerLimits"/>.
/// </summary>
/// <param name="MaxMessageSize">See <see cref="WebSocketServerLimits.MaxMessageSize"/>.</param>
/// <param name="ReceiveBufferSize">See <see cref="WebSocketServerLimits.ReceiveBufferSize"/>.</param>
/// <param name="SendQueueLimit">See <see cref="WebSocketServerLimits.SendQueueLimit"/>.</param>
/// <param name="CloseTimeout">See <see cref="WebSocketServerLimits.CloseTimeout"/>.</param>
internal sealed record SessionLimits(int MaxMessageSize, int ReceiveBufferSize, int SendQueueLimit, TimeSpan CloseTimeout)
{
    /// <summary>The defaults of <see cref="WebSocketServerLimits"/>.</summary>
    public static SessionLimits Default { get; } = From(new WebSocketServerLimits());

    /// <summary>The session limits of the server's limits.</summary>
    public static SessionLimits From(WebSocketServerLimits limits)
        => new(limits.MaxMessageSize, limits.ReceiveBufferSize, limits.SendQueueLimit, limits.CloseTimeout);
}
