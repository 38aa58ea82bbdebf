using System.Diagnostics.Metrics;
using System.Net;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using AttrWs.Handshake;
using AttrWs.Security;
using AttrWs.Server;
using Microsoft.Extensions.Logging;

namespace AttrWs;

/// <summary>
/// Options of the standalone <see cref="WebSocketServer"/>: transport on the root, and three groups,
/// <see cref="Limits"/>, <see cref="Handshake"/> and <see cref="Security"/>. Each option is in exactly one place.
/// Validated by <see cref="WebSocketServer.StartAsync"/>: an invalid value fails the start with a message naming the
/// option by its path and what to change. Bindable from a configuration section (<c>AttrWs:Limits:MaxMessageSize</c>).
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

    /// <summary>
    /// Time and size limits: handshake timeout, connection caps, head, message and send-queue sizes, keep-alive, idle,
    /// close and shutdown timeouts, per-client rates (configuration section <c>Limits</c>).
    /// </summary>
    public WebSocketServerLimits Limits { get; } = new();

    /// <summary>The opening handshake: permessage-deflate, the open-request hook, the rejection notification (section <c>Handshake</c>).</summary>
    public WebSocketHandshakeOptions Handshake { get; } = new();

    /// <summary>
    /// Who may connect: authenticators and policies for <c>[Authorize]</c>, allowed origins and hosts, and log redaction
    /// (section <c>Security</c>). The one way to plug in authorization and origin policy.
    /// </summary>
    public WebSocketSecurityOptions Security { get; } = new();

    /// <summary>Services for endpoint parameters and <see cref="WebSocketSession.Services"/>.</summary>
    public IServiceProvider? Services { get; set; }

    /// <summary>Where the server logs (category <c>AttrWs.WebSocketServer</c>). Null: no logging.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>Creates the server's <c>AttrWs</c> meter. Null: the server creates its own meter.</summary>
    public IMeterFactory? MeterFactory { get; set; }

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

    /// <summary>
    /// Checks every option; throws with a message that names the option by its path (<c>Limits.MaxMessageSize</c>) and
    /// how to fix it. Reads the options only: nothing is filled in or changed.
    /// </summary>
    /// <exception cref="InvalidOperationException">An option is invalid.</exception>
    public void Validate()
    {
        OptionsCheck.Range(Backlog, 1, int.MaxValue, "Backlog", "512");
        foreach (var endPoint in ListenEndPoints)
        {
            OptionsCheck.Check(endPoint is not null, "ListenEndPoints contains null: remove it or use Listen(IPAddress, port).");
        }

        Limits.Validate();
        Handshake.Validate();
        Security.Validate();
    }
}
