using AttrWs.Security;

namespace AttrWs.Handshake;

/// <summary>
/// What the handshake core (<see cref="HandshakeProcessor"/>, <see cref="RequestHeadParser"/>) runs with: a snapshot
/// of the user's <see cref="WebSocketServerOptions"/> taken at start (<see cref="From"/>), plus the authorizer and origin
/// policy the server builds from <see cref="WebSocketServerOptions.Security"/>. Internal: users configure the options;
/// hosts in this repository (and tests) build settings directly. Defaults are read from the options types, not repeated.
/// </summary>
internal sealed class HandshakeSettings
{
    private static readonly WebSocketServerLimits DefaultLimits = new();
    private static readonly WebSocketHandshakeOptions DefaultHandshake = new();

    /// <summary>See <see cref="WebSocketServerLimits.MaxRequestHeadBytes"/>.</summary>
    public int MaxRequestHeadBytes { get; set; } = DefaultLimits.MaxRequestHeadBytes;

    /// <summary>See <see cref="WebSocketServerLimits.MaxRequestHeaders"/>.</summary>
    public int MaxRequestHeaders { get; set; } = DefaultLimits.MaxRequestHeaders;

    /// <summary>See <see cref="WebSocketHandshakeOptions.EnableDeflate"/>.</summary>
    public bool EnableDeflate { get; set; } = DefaultHandshake.EnableDeflate;

    /// <summary>See <see cref="WebSocketHandshakeOptions.DeflateServerMaxWindowBits"/>.</summary>
    public int DeflateServerMaxWindowBits { get; set; } = DefaultHandshake.DeflateServerMaxWindowBits;

    /// <summary>See <see cref="WebSocketHandshakeOptions.DeflateAllowContextTakeover"/>.</summary>
    public bool DeflateAllowContextTakeover { get; set; } = DefaultHandshake.DeflateAllowContextTakeover;

    /// <summary>See <see cref="WebSocketSecurityOptions.AllowedHosts"/>.</summary>
    public IList<string> AllowedHosts { get; init; } = new List<string>();

    /// <summary>See <see cref="WebSocketHandshakeOptions.OnOpenRequest"/>.</summary>
    public Func<WebSocketOpenRequestContext, CancellationToken, ValueTask>? OnOpenRequest { get; set; }

    /// <summary>See <see cref="WebSocketHandshakeOptions.OnRejected"/>.</summary>
    public Action<HandshakeRejection>? OnRejected { get; set; }

    /// <summary>Authorizes callers of endpoints that require it. Null: such endpoints answer 401 (fail closed).</summary>
    public IHandshakeAuthorizer? Authorizer { get; set; }

    /// <summary>Decides whether a request's <c>Origin</c> may open its endpoint (403 when not). Null: every origin passes.</summary>
    public IHandshakeOriginPolicy? OriginPolicy { get; set; }

    /// <summary>A snapshot of validated server options with the security seams the server built from them.</summary>
    public static HandshakeSettings From(WebSocketServerOptions options, IHandshakeAuthorizer? authorizer, IHandshakeOriginPolicy? originPolicy) => new()
    {
        MaxRequestHeadBytes = options.Limits.MaxRequestHeadBytes,
        MaxRequestHeaders = options.Limits.MaxRequestHeaders,
        EnableDeflate = options.Handshake.EnableDeflate,
        DeflateServerMaxWindowBits = options.Handshake.DeflateServerMaxWindowBits,
        DeflateAllowContextTakeover = options.Handshake.DeflateAllowContextTakeover,
        AllowedHosts = [.. options.Security.AllowedHosts],
        OnOpenRequest = options.Handshake.OnOpenRequest,
        OnRejected = options.Handshake.OnRejected,
        Authorizer = authorizer,
        OriginPolicy = originPolicy,
    };
}
