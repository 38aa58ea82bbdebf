using System.Net;
using System.Net.Sockets;
using AttrWs.Diagnostics;
using AttrWs.Handshake;
using AttrWs.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AttrWs;

/// <summary>
/// The embedded standalone WebSocket server: sockets (and TLS), the request head, the handshake core, then one
/// <see cref="WebSocketSession"/> per connection handed to its endpoint's handler.
/// </summary>
/// <remarks>
/// Add endpoints (<see cref="Map(string, WebSocketEndpointHandler)"/>, <see cref="AddRouteTable"/>) before
/// <see cref="StartAsync"/>. A failing connection or endpoint never stops the server.
/// </remarks>
public sealed partial class WebSocketServer : IWebSocketEndpointRouteBuilder, IAsyncDisposable
{
    private readonly List<IWebSocketRouteTable> _tables = [];
    private readonly List<Socket> _listeners = [];
    private readonly List<Task> _acceptLoops = [];
    private readonly TaskCompletionSource _connectionsDrained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stopping = new();
    private readonly ILogger _logger;
    private RuntimeRouteTable? _mapped;
    private IPEndPoint[] _listening = [];
    private HandshakeProcessor? _processor;
    private HttpHeaderCollection? _retryAfterHeader;
    private RequestHeadParser? _parser;
    private Security.SecretRedactor? _redactor;
    private Sessions.SessionLifecycle? _sessions;
    private Server.ClientLimits? _clientLimits;
    private Task? _idleSweep;
    private Task? _keepAliveSweep;
    private int _liveConnections; // connection tasks still running; StopAsync waits for zero (_connectionsDrained)
    private int _activeConnections;
    private int _state; // 0 created, 1 started, 2 stopped

    /// <summary>Creates a server; nothing listens until <see cref="StartAsync"/>.</summary>
    /// <param name="options">The options (validated at start); null uses the defaults.</param>
    public WebSocketServer(WebSocketServerOptions? options = null)
    {
        Options = options ?? new WebSocketServerOptions();
        _logger = Options.LoggerFactory?.CreateLogger("AttrWs.WebSocketServer") ?? NullLogger.Instance;
        Metrics = new AttrWsMetrics(Options.MeterFactory, this);
        _groups = CreateGroups();
    }

    /// <summary>The options the server was created with.</summary>
    public WebSocketServerOptions Options { get; }

    /// <inheritdoc />
    public IServiceProvider? Services => Options.Services;

    /// <summary>The open sessions: look-ups by connection id, sends and broadcasts.</summary>
    public WebSocketConnectionRegistry Connections { get; } = new();

    /// <summary>The bound addresses (actual ports when 0 was asked for); empty before <see cref="StartAsync"/>.</summary>
    public IReadOnlyList<IPEndPoint> ListeningEndPoints => _listening;

    /// <summary>Every endpoint of every routing table, in table order: the endpoint map.</summary>
    public IReadOnlyList<WebSocketEndpoint> Endpoints
    {
        get
        {
            var all = new List<WebSocketEndpoint>();
            foreach (var table in _tables)
            {
                all.AddRange(table.Endpoints);
            }

            return all;
        }
    }

    internal AttrWsMetrics Metrics { get; }

    /// <summary>Adds an endpoint at a route template (literal segments and <c>{name}</c> parameters).</summary>
    /// <param name="template">The route template, e.g. <c>/echo</c> or <c>/rooms/{room}</c>.</param>
    /// <param name="handler">Runs once per accepted connection.</param>
    /// <returns>The endpoint created (for the endpoint map).</returns>
    public WebSocketEndpoint Map(string template, WebSocketEndpointHandler handler)
    {
        var endpoint = new WebSocketEndpoint(template, handler);
        Map(endpoint);
        return endpoint;
    }

    /// <summary>Adds a hand-built endpoint (subprotocols, deflate mode, authorization, name).</summary>
    /// <param name="endpoint">The endpoint.</param>
    public void Map(WebSocketEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ThrowIfStarted();
        if (_mapped is null)
        {
            _mapped = new RuntimeRouteTable();
            _tables.Add(_mapped);
        }

        _mapped.Add(endpoint);
    }

    /// <inheritdoc />
    public void AddRouteTable(IWebSocketRouteTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        ThrowIfStarted();
        _tables.Add(table);
    }

    /// <summary>Validates the options, binds every listen address and starts accepting connections.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="InvalidOperationException">An option is invalid, or the server was already started.</exception>
    /// <exception cref="SocketException">An address could not be bound (for example, the port is in use).</exception>
    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // Validates the options and every endpoint's security settings now, not at the first caller.
        var processor = Volatile.Read(ref _state) == 0 ? new HandshakeProcessor(Options, _tables.ToArray()) : null;
        if (processor is not null)
        {
            Routing.EndpointServiceValidator.Validate(Options.Services, Endpoints);
        }

        if (Interlocked.CompareExchange(ref _state, 1, 0) != 0)
        {
            throw new InvalidOperationException("The server was already started; create a new WebSocketServer to start again.");
        }

        _processor = processor!;
        _redactor = processor!.Redactor;
        _parser = new RequestHeadParser(processor.Options);
        _sessions = new Sessions.SessionLifecycle(Connections, _groups, Metrics, Sessions.SessionLimits.From(Options.Limits), _logger);
        _clientLimits = Server.ClientLimits.Create(Options.Limits);
        _retryAfterHeader = new HttpHeaderCollection(1);
        _retryAfterHeader.Add("Retry-After", ((long)Math.Ceiling(Options.Limits.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var addresses = Options.ListenEndPoints.Count > 0
            ? Options.ListenEndPoints.ToArray()
            : [new IPEndPoint(IPAddress.Loopback, WebSocketServerOptions.DefaultPort)];
        var bound = new List<IPEndPoint>(addresses.Length);
        try
        {
            foreach (var address in addresses)
            {
                var listener = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
                _listeners.Add(listener);
                if (address.AddressFamily == AddressFamily.InterNetworkV6)
                {
                    // Each configured address is bound as given; add an IPv4 address too to serve both families.
                    listener.DualMode = false;
                }

                listener.Bind(address);
                listener.Listen(Options.Backlog);
                var local = (IPEndPoint)listener.LocalEndPoint!;
                bound.Add(local);
                ServerLog.Listening(_logger, local);
            }
        }
        catch
        {
            foreach (var listener in _listeners)
            {
                listener.Dispose();
            }

            _listeners.Clear();
            throw;
        }

        _listening = bound.ToArray();
        foreach (var listener in _listeners)
        {
            _acceptLoops.Add(AcceptLoopAsync(listener));
        }

        if (Options.Limits.IdleTimeout != Timeout.InfiniteTimeSpan)
        {
            _idleSweep = _sessions.SweepIdleSessionsAsync(Options.Limits.IdleTimeout, _stopping.Token);
        }

        if (Sessions.SessionLifecycle.KeepAliveIsOn(Options.Limits.KeepAliveInterval))
        {
            _keepAliveSweep = _sessions.SweepKeepAliveAsync(Options.Limits.KeepAliveInterval, Options.Limits.KeepAliveTimeout, _stopping.Token);
        }

        return StartGroupsAsync(cancellationToken);
    }

    /// <summary>
    /// Stops: no new connections, close 1001 (Going Away) sent to every session, up to
    /// <see cref="WebSocketServerLimits.ShutdownTimeout"/> for handlers to finish, then the rest are aborted.
    /// </summary>
    /// <param name="cancellationToken">Cuts the graceful wait short (remaining sessions are aborted).</param>
    /// <returns>Completes when every connection is gone.</returns>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _state, 2) != 1)
        {
            return;
        }

        foreach (var listener in _listeners)
        {
            listener.Dispose();
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(_acceptLoops).ConfigureAwait(false);
        ServerLog.Stopping(_logger, Connections.Count);
        foreach (var session in Connections)
        {
            _ = session.CloseAsync(System.Net.WebSockets.WebSocketCloseStatus.EndpointUnavailable, "server shutting down", CancellationToken.None);
        }

        if (Volatile.Read(ref _liveConnections) == 0)
        {
            _connectionsDrained.TrySetResult(); // no connection left to signal it (the accept loops are done: none can start)
        }

        try
        {
            await _connectionsDrained.Task.WaitAsync(Options.Limits.ShutdownTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
        {
            ServerLog.AbortingAtShutdown(_logger, Connections.Count);
            foreach (var session in Connections)
            {
                session.Abort();
            }

            await _connectionsDrained.Task.ConfigureAwait(false);
        }

        if (_idleSweep is not null)
        {
            await _idleSweep.ConfigureAwait(false);
        }

        if (_keepAliveSweep is not null)
        {
            await _keepAliveSweep.ConfigureAwait(false);
        }

        await StopGroupsAsync().ConfigureAwait(false);
        ServerLog.Stopped(_logger);
    }

    /// <summary>Stops the server (see <see cref="StopAsync"/>) and releases its meter.</summary>
    /// <returns>Completes when the server is stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Volatile.Read(ref _state) == 0)
        {
            Interlocked.Exchange(ref _state, 2);
        }

        await StopAsync().ConfigureAwait(false);
        _clientLimits?.Dispose();
        _stopping.Dispose();
        Metrics.Dispose();
    }

    private void ThrowIfStarted()
    {
        if (Volatile.Read(ref _state) != 0)
        {
            throw new InvalidOperationException("Add endpoints and routing tables before StartAsync: the routing tables are fixed once the server listens.");
        }
    }
}
