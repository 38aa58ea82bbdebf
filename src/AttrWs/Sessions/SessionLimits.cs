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

/// <summary>
/// What every session of one host shares: its limits, metrics and groups. A host hands one instance to all its
/// sessions (<see cref="WebSocketSession.Host"/>), so a session holds one reference instead of three.
/// </summary>
/// <param name="Limits">The sessions' limits.</param>
/// <param name="Metrics">The host's metrics, or null.</param>
/// <param name="Groups">The host's group manager, or null.</param>
internal sealed record SessionHost(SessionLimits Limits, AttrWs.Diagnostics.AttrWsMetrics? Metrics, AttrWs.Groups.WebSocketGroupManager? Groups)
{
    /// <summary>Default limits, no metrics, no groups (sessions made outside a host, in tests).</summary>
    public static SessionHost Default { get; } = new(SessionLimits.Default, null, null);
}
