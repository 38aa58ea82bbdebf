using AttrWs.Server;

namespace AttrWs;

/// <summary>
/// The limits of <see cref="WebSocketServerOptions"/> (<see cref="WebSocketServerOptions.Limits"/>): time and size
/// bounds on handshakes, connections, messages and sends, each with a safe default. Bindable from configuration
/// (<c>AttrWs:Limits:MaxMessageSize</c>).
/// </summary>
public sealed class WebSocketServerLimits
{
    /// <summary>
    /// How long a new connection has for TLS and its whole request head. Default 10 s. A client that trickles its
    /// head slower is dropped, so slow clients cannot hold connection slots.
    /// </summary>
    public TimeSpan HandshakeTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The most connections (handshaking or open) at a time. Default 10,000; more are answered 503 + <c>Retry-After</c>.</summary>
    public int MaxConnections { get; set; } = 10_000;

    /// <summary>
    /// The <c>Retry-After</c> sent with 503 at <see cref="MaxConnections"/>, and with 429 at <see cref="MaxConnectionsPerClient"/>
    /// (rounded up to whole seconds). Default 5 s.
    /// </summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The largest accepted request head, request line and headers included. Default 16 KiB; larger heads get 431.</summary>
    public int MaxRequestHeadBytes { get; set; } = 16 * 1024;

    /// <summary>The most header fields accepted. Default 100; more get 431.</summary>
    public int MaxRequestHeaders { get; set; } = 100;

    /// <summary>The largest message accepted. Default 1 MiB; a bigger one closes the session with 1009 while it is read.</summary>
    public int MaxMessageSize { get; set; } = 1024 * 1024;

    /// <summary>The initial receive buffer of a session (pooled; grows up to <see cref="MaxMessageSize"/>). Default 4 KiB.</summary>
    public int ReceiveBufferSize { get; set; } = 4 * 1024;

    /// <summary>
    /// The most sends pending (queued or being written) per session. Default 64. Sends are serialized in order; the
    /// send that would exceed the limit fails, and the session is closed with 1008 <c>send queue full</c>.
    /// </summary>
    public int SendQueueLimit { get; set; } = 64;

    /// <summary>How often the server pings an idle peer. Default 30 s; <see cref="TimeSpan.Zero"/> disables pings.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long to wait for the pong of a keep-alive ping before aborting the connection. Default 10 s;
    /// <see cref="Timeout.InfiniteTimeSpan"/> sends unsolicited pongs instead and never times out.
    /// </summary>
    public TimeSpan KeepAliveTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Closes a session that received no message for this long, with 1001 (Going Away) and reason <c>idle timeout</c>.
    /// Pings and pongs do not count as messages. Default <see cref="Timeout.InfiniteTimeSpan"/> (off): keep-alive already
    /// detects dead peers, and quiet-but-alive clients are the application's call.
    /// </summary>
    public TimeSpan IdleTimeout { get; set; } = Timeout.InfiniteTimeSpan;

    /// <summary>How long a close waits for the peer's close frame (and queued sends) before the connection is aborted. Default 5 s.</summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long <see cref="WebSocketServer.StopAsync"/> waits for handlers after sending 1001 before aborting. Default 10 s.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The most handshakes (new connections) per second from one client IP address: a token bucket per address holding
    /// this many, refilled with this many every second. Over it: 429 + <c>Retry-After</c> (the bucket's wait). Default 0:
    /// off (behind a reverse proxy every client shares its address).
    /// </summary>
    public int MaxHandshakesPerSecondPerClient { get; set; }

    /// <summary>
    /// The most connections (handshaking or open) at a time from one client IP address; a slot is released when its
    /// connection ends. Over it: 429 + <c>Retry-After</c> (<see cref="RetryAfter"/>). Default 0: off.
    /// </summary>
    public int MaxConnectionsPerClient { get; set; }

    internal void Validate()
    {
        OptionsCheck.Positive(HandshakeTimeout, "Limits.HandshakeTimeout", "10 s");
        OptionsCheck.Positive(CloseTimeout, "Limits.CloseTimeout", "5 s");
        OptionsCheck.Positive(ShutdownTimeout, "Limits.ShutdownTimeout", "10 s");
        OptionsCheck.Range(MaxConnections, 1, int.MaxValue, "Limits.MaxConnections", "10000");
        OptionsCheck.Range(MaxHandshakesPerSecondPerClient, 0, int.MaxValue, "Limits.MaxHandshakesPerSecondPerClient", "0, off");
        OptionsCheck.Range(MaxConnectionsPerClient, 0, int.MaxValue, "Limits.MaxConnectionsPerClient", "0, off");
        OptionsCheck.Check(RetryAfter >= TimeSpan.Zero, $"Limits.RetryAfter is {RetryAfter}: set it to zero or more (default 5 s).");
        OptionsCheck.Range(MaxRequestHeadBytes, 256, 1024 * 1024, "Limits.MaxRequestHeadBytes", "16384");
        OptionsCheck.Range(MaxRequestHeaders, 1, 10_000, "Limits.MaxRequestHeaders", "100");
        OptionsCheck.Range(MaxMessageSize, 1, int.MaxValue - 1, "Limits.MaxMessageSize", "1 MiB");
        OptionsCheck.Range(ReceiveBufferSize, 16, int.MaxValue, "Limits.ReceiveBufferSize", "4096");
        OptionsCheck.Range(SendQueueLimit, 1, int.MaxValue, "Limits.SendQueueLimit", "64");
        OptionsCheck.Check(
            KeepAliveInterval >= TimeSpan.Zero || KeepAliveInterval == Timeout.InfiniteTimeSpan,
            $"Limits.KeepAliveInterval is {KeepAliveInterval}: use TimeSpan.Zero to disable pings, or a positive interval (default 30 s).");
        OptionsCheck.Check(
            KeepAliveTimeout > TimeSpan.Zero || KeepAliveTimeout == Timeout.InfiniteTimeSpan,
            $"Limits.KeepAliveTimeout is {KeepAliveTimeout}: set a positive duration, or Timeout.InfiniteTimeSpan to never time out pongs (default 10 s).");
        OptionsCheck.Check(
            IdleTimeout > TimeSpan.Zero || IdleTimeout == Timeout.InfiniteTimeSpan,
            $"Limits.IdleTimeout is {IdleTimeout}: set a positive duration, or Timeout.InfiniteTimeSpan to disable it (the default).");
    }
}
