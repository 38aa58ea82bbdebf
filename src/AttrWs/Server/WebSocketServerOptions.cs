using System.Diagnostics.Metrics;
using System.Net;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using AttrWs.Handshake;
using Microsoft.Extensions.Logging;

namespace AttrWs;

/// <summary>
/// Options of the standalone <see cref="WebSocketServer"/>. Validated by <see cref="WebSocketServer.StartAsync"/>:
/// an invalid value fails the start with a message naming the option and what to change.
/// </summary>
public sealed class WebSocketServerOptions
{
    /// <summary>The port used when no listen address is configured: <see cref="IPAddress.Loopback"/>:5080.</summary>
    public const int DefaultPort = 5080;

    /// <summary>
    /// The addresses to listen on (IPv4 and/or IPv6; port 0 picks a free port, see <see cref="WebSocketServer.ListeningEndPoints"/>).
    /// Empty: <see cref="IPAddress.Loopback"/> on <see cref="DefaultPort"/>.
    /// </summary>
    public IList<IPEndPoint> ListenEndPoints { get; } = new List<IPEndPoint>();

    /// <summary>The listen backlog of each socket. Default 512.</summary>
    public int Backlog { get; set; } = 512;

    /// <summary>A server certificate (with its private key): when set, every listener speaks TLS (<c>wss</c>).</summary>
    public X509Certificate2? Certificate { get; set; }

    /// <summary>The TLS versions allowed with <see cref="Certificate"/>. Default: <see cref="SslProtocols.None"/> (the OS's choice).</summary>
    public SslProtocols SslProtocols { get; set; } = SslProtocols.None;

    /// <summary>Handshake options of the core: head limits, deflate, allowed hosts, hooks, authorization.</summary>
    public WebSocketHandshakeOptions Handshake { get; set; } = new();

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

    /// <summary>The largest message accepted. Default 1 MiB; a bigger one closes the session with 1009 while it is read.</summary>
    public int MaxMessageSize { get; set; } = 1024 * 1024;

    /// <summary>The initial receive buffer of a session (pooled; grows up to <see cref="MaxMessageSize"/>). Default 4 KiB.</summary>
    public int ReceiveBufferSize { get; set; } = 4 * 1024;

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

    /// <summary>
    /// The most sends pending (queued or being written) per session. Default 64. Sends are serialized in order; the
    /// send that would exceed the limit fails, and the session is closed with 1008 <c>send queue full</c>.
    /// </summary>
    public int SendQueueLimit { get; set; } = 64;

    /// <summary>How long a close waits for the peer's close frame before the connection is aborted. Default 5 s.</summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long <see cref="WebSocketServer.StopAsync"/> waits for handlers after sending 1001 before aborting. Default 10 s.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Services for endpoint parameters and <see cref="WebSocketSession.Services"/>.</summary>
    public IServiceProvider? Services { get; set; }

    /// <summary>Where the server logs (category <c>AttrWs.WebSocketServer</c>). Null: no logging.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>Creates the server's <c>AttrWs</c> meter. Null: the server creates its own meter.</summary>
    public IMeterFactory? MeterFactory { get; set; }

    /// <summary>
    /// The authenticators for <c>[Authorize]</c> endpoints (<c>AddBasic</c>, <c>AddBearer</c>, <c>AddCookie</c>, <c>Add</c>).
    /// At start the server installs the <see cref="Security.WebSocketAuthorizationGate"/> built from them as
    /// <see cref="WebSocketHandshakeOptions.Authorizer"/>.
    /// </summary>
    public Security.WebSocketAuthenticationOptions Authentication { get; } = new();

    /// <summary>Named policies for <c>[Authorize(Policy = ...)]</c>; an endpoint naming an unregistered one stops the start.</summary>
    public Security.WebSocketAuthorizationOptions Authorization { get; } = new();

    /// <summary>The server-wide origin policy: allow-list, missing-origin rule (see <see cref="Security.WebSocketOriginOptions"/>).</summary>
    public Security.WebSocketOriginOptions Origins { get; } = new();

    /// <summary>How request targets and headers are redacted wherever the server logs them (tokens, cookies, credentials).</summary>
    public Security.SecretRedactor Redaction { get; } = new();

    /// <summary>
    /// Carries group, broadcast and connection sends to the other nodes of a cluster (for example the Redis backplane of
    /// the <c>AttrWs.Redis</c> package). Null: <see cref="InMemoryWebSocketBackplane"/>, a single node. Started and stopped
    /// with the server.
    /// </summary>
    public IWebSocketBackplane? Backplane { get; set; }

    /// <summary>Answers requests without an <c>Upgrade</c> header first (health checks, a static page); null falls through.</summary>
    public PlainRequestHandler? PlainRequestHandler { get; set; }

    /// <summary>Adds a listen address.</summary>
    /// <param name="address">An IPv4 or IPv6 address, e.g. <see cref="IPAddress.Loopback"/> or <see cref="IPAddress.IPv6Any"/>.</param>
    /// <param name="port">The port; 0 picks a free one.</param>
    /// <returns>These options.</returns>
    public WebSocketServerOptions Listen(IPAddress address, int port)
    {
        ArgumentNullException.ThrowIfNull(address);
        ListenEndPoints.Add(new IPEndPoint(address, port));
        return this;
    }

    /// <summary>Checks every option; throws with a message that names the option and how to fix it.</summary>
    /// <exception cref="InvalidOperationException">An option is invalid.</exception>
    public void Validate()
    {
        if (Backlog < 1)
        {
            Fail($"Backlog is {Backlog}: set it to 1 or more (default 512).");
        }

        foreach (var endPoint in ListenEndPoints)
        {
            if (endPoint is null)
            {
                Fail("ListenEndPoints contains null: remove it or use Listen(IPAddress, port).");
            }
        }

        Positive(HandshakeTimeout, nameof(HandshakeTimeout), "10 s");
        Positive(CloseTimeout, nameof(CloseTimeout), "5 s");
        Positive(ShutdownTimeout, nameof(ShutdownTimeout), "10 s");
        if (MaxConnections < 1)
        {
            Fail($"MaxConnections is {MaxConnections}: set it to 1 or more (default 10000).");
        }

        if (MaxHandshakesPerSecondPerClient < 0)
        {
            Fail($"MaxHandshakesPerSecondPerClient is {MaxHandshakesPerSecondPerClient}: set 0 (off, the default) or the handshakes per second allowed from one client address.");
        }

        if (MaxConnectionsPerClient < 0)
        {
            Fail($"MaxConnectionsPerClient is {MaxConnectionsPerClient}: set 0 (off, the default) or the connections allowed at once from one client address.");
        }

        if (RetryAfter < TimeSpan.Zero)
        {
            Fail("RetryAfter is negative: set it to zero or more (default 5 s).");
        }

        if (MaxMessageSize < 1 || MaxMessageSize > int.MaxValue - 1)
        {
            Fail($"MaxMessageSize is {MaxMessageSize}: set it between 1 and {int.MaxValue - 1} bytes (default 1 MiB).");
        }

        if (ReceiveBufferSize < 16)
        {
            Fail($"ReceiveBufferSize is {ReceiveBufferSize}: set it to 16 bytes or more (default 4096).");
        }

        if (KeepAliveInterval < TimeSpan.Zero && KeepAliveInterval != Timeout.InfiniteTimeSpan)
        {
            Fail("KeepAliveInterval is negative: use TimeSpan.Zero to disable pings, or a positive interval (default 30 s).");
        }

        if (KeepAliveTimeout <= TimeSpan.Zero && KeepAliveTimeout != Timeout.InfiniteTimeSpan)
        {
            Fail("KeepAliveTimeout must be positive, or Timeout.InfiniteTimeSpan to never time out pongs (default 10 s).");
        }

        if (IdleTimeout <= TimeSpan.Zero && IdleTimeout != Timeout.InfiniteTimeSpan)
        {
            Fail("IdleTimeout must be positive, or Timeout.InfiniteTimeSpan to disable it (the default).");
        }

        if (SendQueueLimit < 1)
        {
            Fail($"SendQueueLimit is {SendQueueLimit}: set it to 1 or more (default 64).");
        }

        if (Handshake is null)
        {
            Fail("Handshake is null: leave the default or assign a WebSocketHandshakeOptions.");
        }

        Handshake.Validate();
        Origins.Validate();
    }

    private static void Positive(TimeSpan value, string name, string defaultValue)
    {
        if (value <= TimeSpan.Zero || value == Timeout.InfiniteTimeSpan)
        {
            Fail($"{name} is {value}: set a positive, finite duration (default {defaultValue}).");
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void Fail(string message) => throw new InvalidOperationException("WebSocketServerOptions." + message);
}
