using AttrWs.Server;

namespace AttrWs.Handshake;

/// <summary>
/// The handshake group of <see cref="WebSocketServerOptions"/> (<see cref="WebSocketServerOptions.Handshake"/>):
/// permessage-deflate negotiation, the open-request hook and the rejection notification. Head limits are in
/// <see cref="WebSocketServerOptions.Limits"/>; hosts, origins and authorization in <see cref="WebSocketServerOptions.Security"/>.
/// </summary>
public sealed class WebSocketHandshakeOptions
{
    /// <summary>Negotiate permessage-deflate (RFC 7692) on endpoints whose <see cref="DeflateMode"/> is <see cref="DeflateMode.Default"/>. Default false.</summary>
    public bool EnableDeflate { get; set; }

    /// <summary>
    /// The largest LZ77 window (as a power of two, 8..15) the server compresses with. Default 15. .NET's deflate cannot
    /// use 8, so 8 is answered as <c>server_max_window_bits=9</c>.
    /// </summary>
    public int DeflateServerMaxWindowBits { get; set; } = 15;

    /// <summary>
    /// Whether compression contexts may be kept between messages. Default true. False answers
    /// <c>server_no_context_takeover</c> and <c>client_no_context_takeover</c>: less memory per connection, worse ratio.
    /// </summary>
    public bool DeflateAllowContextTakeover { get; set; } = true;

    /// <summary>
    /// The open-request hook: runs after every automatic check passed and may reject (set a status in 200-599), change
    /// the subprotocol to another offered one that a method on the same template serves (that method then runs, after
    /// its own origin, gate and deflate checks), or add, set and remove response headers. Everything decided before it
    /// is read-only. The token fires on the handshake timeout, on server stop and when the client disconnects.
    /// </summary>
    public Func<WebSocketOpenRequestContext, CancellationToken, ValueTask>? OnOpenRequest { get; set; }

    /// <summary>Called for every rejected handshake (for logs and metrics). Must not throw; exceptions are swallowed.</summary>
    public Action<HandshakeRejection>? OnRejected { get; set; }

    internal void Validate()
        => OptionsCheck.Range(DeflateServerMaxWindowBits, 8, 15, "Handshake.DeflateServerMaxWindowBits", "15; RFC 7692 allows 8..15");
}
