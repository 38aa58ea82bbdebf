using System.Net.WebSockets;
using AttrWs.Diagnostics;
using AttrWs.Groups;
using AttrWs.Handshake;
using AttrWs.Routing;
using AttrWs.Security;
using AttrWs.Sessions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AttrWs.AspNetCore;

/// <summary>
/// The AttrWs side of an ASP.NET Core application: the options, the connection registry, groups, metrics and logging
/// shared by every endpoint that <c>MapWebSocketEndpoints()</c> registers. One per application (a DI singleton).
/// </summary>
/// <remarks>
/// Kestrel owns sockets, TLS, HTTP/2 and the connection limits; this host owns what happens from the handshake
/// decision on, exactly as the standalone <see cref="WebSocketServer"/> does: the same handshake core, the same
/// <see cref="WebSocketSession"/> (message size, keep-alive, idle timeout, send-queue backpressure), registry and groups.
/// </remarks>
public sealed class WebSocketEndpointHost : IDisposable
{
    private readonly WebSocketGroupManager _groups;
    private SessionLifecycle? _sessions;

    /// <summary>Creates the host.</summary>
    /// <param name="options">
    /// The options (limits, handshake, origins, backplane). The listening, TLS, connection-admission and AttrWs
    /// authentication options do not apply (Kestrel and ASP.NET Core provide those): setting one fails
    /// <c>MapWebSocketEndpoints()</c> with a message naming what to use instead.
    /// </param>
    /// <param name="loggerFactory">The application's logger factory.</param>
    /// <param name="meterFactory">The application's meter factory.</param>
    internal WebSocketEndpointHost(WebSocketServerOptions options, ILoggerFactory? loggerFactory = null, System.Diagnostics.Metrics.IMeterFactory? meterFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        Options.LoggerFactory ??= loggerFactory;
        Options.MeterFactory ??= meterFactory;
        Logger = Options.LoggerFactory?.CreateLogger("AttrWs.AspNetCore") ?? NullLogger.Instance;
        // The DI meter factory owns its meters' scope (it refuses another); without one, the meter is scoped to this host.
        Metrics = new AttrWsMetrics(Options.MeterFactory, Options.MeterFactory is null ? this : null);
        _groups = new WebSocketGroupManager(Connections, Options.Backplane ?? new InMemoryWebSocketBackplane(), Options.LoggerFactory, Options.MeterFactory, Metrics.Meter);
    }

    /// <summary>The options every mapped endpoint runs with.</summary>
    public WebSocketServerOptions Options { get; }

    /// <summary>The open sessions of this application, by connection id (send to one, broadcast).</summary>
    public WebSocketConnectionRegistry Connections { get; } = new();

    /// <summary>Groups and cluster-wide sends, as on the standalone server.</summary>
    public IWebSocketGroups Groups => _groups;

    internal AttrWsMetrics Metrics { get; }

    internal WebSocketGroupManager GroupManager => _groups;

    internal ILogger Logger { get; }

    /// <summary>Builds the handshake core for one set of routing tables, with ASP.NET Core deciding authorization.</summary>
    /// <param name="tables">The routing tables.</param>
    /// <param name="applicationServices">The app's services (endpoint classes' services are checked against them).</param>
    /// <param name="authorizes">
    /// Whether a handshake may run the ASP.NET Core authorizer (an endpoint with <c>[Authorize]</c>, or the open-request
    /// hook): only then does the handler make the request reachable from it.
    /// </param>
    /// <param name="runsApplicationCode">
    /// Whether a handshake may run application code (the authorizer, the hook, a custom origin policy, the rejection
    /// callback): only then does the handshake timeout need a timer (the core alone decides without waiting).
    /// </param>
    internal HandshakeProcessor CreateProcessor(IReadOnlyList<IWebSocketRouteTable> tables, IServiceProvider applicationServices, out bool authorizes, out bool runsApplicationCode)
    {
        Options.Validate();
        StandaloneOnlyOptions.Reject(Options);
        var endpoints = new List<WebSocketEndpoint>();
        foreach (var table in tables)
        {
            endpoints.AddRange(table.Endpoints);
        }

        // The origin policy (per endpoint allow-lists, server-wide list) and the log redaction, as the server builds them;
        // authorization is ASP.NET Core's (the app's policies, roles and schemes), plugged in instead of the built-in gate.
        // Endpoint classes' services, checked now as the standalone server checks them at start: a missing one fails the
        // app's start-up with the same message, not its first connection. HttpContext comes from the request.
        EndpointServiceValidator.Validate(applicationServices, endpoints, RequestServiceProvider.Supplies);
        var everyEndpoint = Options.Handshake.OnOpenRequest is not null;
        authorizes = everyEndpoint || endpoints.Exists(static endpoint => endpoint.Authorization.RequiresAuthentication);
        var security = HandshakeSecurity.Build(Options.Security, endpoints, new AspNetCoreAuthorizer(everyEndpoint));
        runsApplicationCode = authorizes || Options.Handshake.OnRejected is not null || security.OriginPolicy is not Security.WebSocketOriginPolicy;
        return new HandshakeProcessor(HandshakeSettings.From(Options, security.Authorizer, security.OriginPolicy), tables, security.Redactor);
    }

    internal async Task CloseAllAsync(WebSocketCloseStatus status, string reason)
    {
        var closing = new List<Task>();
        foreach (var session in Connections)
        {
            closing.Add(session.CloseAsync(status, reason, CancellationToken.None));
        }

        try
        {
            await Task.WhenAll(closing).WaitAsync(Options.Limits.ShutdownTimeout).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TimeoutException or WebSocketException or OperationCanceledException)
        {
            foreach (var session in Connections)
            {
                session.Abort();
            }
        }
    }

    /// <summary>
    /// The session lifecycle shared with the standalone server. Built on first use (the first session or the idle sweep
    /// at application start), after the application has finished configuring <see cref="Options"/>.
    /// </summary>
    internal SessionLifecycle Sessions => _sessions ??= new SessionLifecycle(Connections, _groups, Metrics, SessionLimits.From(Options.Limits), Logger);

    /// <inheritdoc />
    public void Dispose() => Metrics.Dispose();
}

/// <summary>Starts the groups backplane and the idle sweep with the application; closes sessions with 1001 when it stops.</summary>
internal sealed class WebSocketEndpointHostService(WebSocketEndpointHost host, IHostApplicationLifetime lifetime) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task? _sweep;
    private CancellationTokenRegistration _onStopping;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await host.GroupManager.StartAsync(cancellationToken).ConfigureAwait(false);
        _sweep = host.Sessions.SweepIdleSessionsAsync(host.Options.Limits.IdleTimeout, _stopping.Token);
        // Before Kestrel waits for requests to drain: every WebSocket request is a session to close with 1001 (Going Away).
        _onStopping = lifetime.ApplicationStopping.Register(static state => _ = ((WebSocketEndpointHost)state!).CloseAllAsync(WebSocketCloseStatus.EndpointUnavailable, "server shutting down"), host);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _onStopping.DisposeAsync().ConfigureAwait(false);
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_sweep is not null)
        {
            await _sweep.ConfigureAwait(false);
        }

        await host.CloseAllAsync(WebSocketCloseStatus.EndpointUnavailable, "server shutting down").ConfigureAwait(false);
        try
        {
            await host.GroupManager.StopAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A backplane that fails to flush must not fail the application's shutdown.
            GroupLog.BackplaneStopFailed(host.Logger, ex);
        }

    }

    public void Dispose() => _stopping.Dispose();
}
