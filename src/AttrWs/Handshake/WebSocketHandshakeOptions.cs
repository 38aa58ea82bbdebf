namespace AttrWs.Handshake;

/// <summary>
/// Options of the opening handshake: request-head limits, host allow-list, permessage-deflate, the open-request hook,
/// the rejection notification and the authorization seam. Call <see cref="Validate"/> before use (hosts do).
/// </summary>
public sealed class WebSocketHandshakeOptions
{
    /// <summary>The largest accepted request head, request line and headers included. Default 16 KiB; larger heads get 431.</summary>
    public int MaxRequestHeadBytes { get; set; } = 16 * 1024;

    /// <summary>The most header fields accepted. Default 100; more get 431.</summary>
    public int MaxRequestHeaders { get; set; } = 100;

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
    /// Allowed <c>Host</c> header values: host names with an optional port (<c>example.com</c>, <c>example.com:8443</c>),
    /// compared case-insensitively. An entry without a port matches any port. Empty (the default) allows any host.
    /// </summary>
    public IList<string> AllowedHosts { get; } = new List<string>();

    /// <summary>
    /// The open-request hook: runs after every automatic check passed and may reject (set a status in 200-599), change
    /// the subprotocol to another offered one that a method on the same template serves (that method then runs, after
    /// its own origin, gate and deflate checks), or add, set and remove response headers. Everything decided before it
    /// is read-only. The token fires on the handshake timeout, on server stop and when the client disconnects.
    /// </summary>
    public Func<WebSocketOpenRequestContext, CancellationToken, ValueTask>? OnOpenRequest { get; set; }

    /// <summary>Called for every rejected handshake (for logs and metrics). Must not throw; exceptions are swallowed.</summary>
    public Action<HandshakeRejection>? OnRejected { get; set; }

    /// <summary>Authorizes callers of endpoints that require it. Null: such endpoints answer 401 (fail closed).</summary>
    public IHandshakeAuthorizer? Authorizer { get; set; }

    /// <summary>
    /// Decides whether a request's <c>Origin</c> may open its endpoint (403 when not). Null (the default for the core
    /// alone): every origin passes. The standalone server installs one built from its origin options.
    /// </summary>
    public IHandshakeOriginPolicy? OriginPolicy { get; set; }

    /// <summary>Checks every option and throws with a message naming the option and how to fix it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A numeric option is out of range.</exception>
    /// <exception cref="InvalidOperationException">An allowed host entry is empty or malformed.</exception>
    public void Validate()
    {
        if (MaxRequestHeadBytes < 256 || MaxRequestHeadBytes > 1024 * 1024)
        {
            throw new ArgumentOutOfRangeException(
                nameof(MaxRequestHeadBytes),
                MaxRequestHeadBytes,
                "WebSocketHandshakeOptions.MaxRequestHeadBytes must be between 256 and 1048576 (1 MiB); the default is 16384.");
        }

        if (MaxRequestHeaders < 1 || MaxRequestHeaders > 10_000)
        {
            throw new ArgumentOutOfRangeException(
                nameof(MaxRequestHeaders),
                MaxRequestHeaders,
                "WebSocketHandshakeOptions.MaxRequestHeaders must be between 1 and 10000; the default is 100.");
        }

        if (DeflateServerMaxWindowBits < 8 || DeflateServerMaxWindowBits > 15)
        {
            throw new ArgumentOutOfRangeException(
                nameof(DeflateServerMaxWindowBits),
                DeflateServerMaxWindowBits,
                "WebSocketHandshakeOptions.DeflateServerMaxWindowBits must be between 8 and 15 (RFC 7692); the default is 15.");
        }

        for (var i = 0; i < AllowedHosts.Count; i++)
        {
            var host = AllowedHosts[i];
            if (!HostAllowList.IsValidEntry(host))
            {
                throw new InvalidOperationException(
                    $"WebSocketHandshakeOptions.AllowedHosts[{i}] ('{host}') is not a host name with an optional port: use entries like 'example.com' or 'example.com:8443' (no scheme, path or wildcard).");
            }
        }
    }
}
