namespace AttrWs.Sessions;

/// <summary>
/// What the transport under a session knows of the data frame being received: its payload bytes not yet read from the
/// connection. The session sizes a message's buffer once from it instead of doubling it (bounded by
/// <see cref="WebSocketServerLimits.MaxMessageSize"/>, so an announced length never buys more than the limit).
/// </summary>
internal interface IIncomingFrameProgress
{
    /// <summary>Payload bytes of the current frame still to come off the connection (0 between frames).</summary>
    long PayloadRemaining { get; }
}
