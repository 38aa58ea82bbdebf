namespace AttrWs.Sessions;

/// <summary>
/// A transport that keeps its connection alive for the host's one keep-alive sweep (<see cref="SessionLifecycle.SweepKeepAliveAsync"/>)
/// instead of a timer inside each WebSocket: it writes the ping (or unsolicited pong) frames between the WebSocket's own
/// frames and sees the pongs and other bytes arrive. The rules are the BCL WebSocket's keep-alive: a ping once the peer
/// has sent nothing for the interval, and the connection is dead when no pong follows within the timeout.
/// </summary>
internal interface IKeepAliveTransport
{
    /// <summary>One heartbeat of the sweep (never two at once for one transport).</summary>
    /// <param name="now">The sweep's clock (<see cref="Environment.TickCount64"/>).</param>
    /// <param name="intervalMs">Milliseconds of quiet from the peer before a ping.</param>
    /// <param name="timeoutMs">Milliseconds a ping waits for its pong; -1 sends unsolicited pongs instead and never times out.</param>
    KeepAliveBeat Beat(long now, long intervalMs, long timeoutMs);
}

/// <summary>What one heartbeat did.</summary>
internal enum KeepAliveBeat
{
    /// <summary>Nothing was due (or the wire was busy; the frame is sent at a later beat).</summary>
    None,

    /// <summary>A ping (or unsolicited pong) was written.</summary>
    Sent,

    /// <summary>No pong came within the timeout: the connection is dead and must be aborted.</summary>
    TimedOut,
}
