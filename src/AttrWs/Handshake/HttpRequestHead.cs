using System.Runtime.CompilerServices;
using System.Text;

namespace AttrWs.Handshake;

/// <summary>A parsed HTTP/1.1 request head: request line and header fields. Produced by the request-head parser or by a host adapter.</summary>
/// <remarks>
/// A head from the parser keeps one copy of the received head bytes and nothing else: the target, path, query and the
/// <see cref="Headers"/> collection are materialised from those bytes on first access (once; later reads return the same
/// strings). The handshake core reads the headers it decides on straight from the bytes, so an accepted handshake that
/// no one inspects allocates no header strings at all. The copy is the head's own: it never refers to a host's buffer.
/// </remarks>
public sealed class HttpRequestHead
{
    // Parsed heads: the head's bytes (request line through the blank line) and where the parts are in them.
    private readonly byte[]? _raw;
    private readonly int _targetStart;
    private readonly int _targetLength;
    private readonly int _pathLength;
    private readonly int _fieldsStart;
    private KnownFields _known;

    private string? _target;
    private string? _path;
    private string? _query;
    private HttpHeaderCollection? _headers;

    /// <summary>Creates a request head.</summary>
    /// <param name="method">The method token, e.g. <c>GET</c>.</param>
    /// <param name="target">The request target in origin form (path and query), e.g. <c>/chat/lobby?x=1</c>.</param>
    /// <param name="headers">The header fields.</param>
    /// <param name="version">The HTTP version, e.g. <c>HTTP/1.1</c>.</param>
    public HttpRequestHead(string method, string target, HttpHeaderCollection headers, string version = "HTTP/1.1")
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(version);
        Method = method;
        _target = target;
        headers.MakeReadOnly(); // what the client sent stays what it sent, whoever holds the head afterwards
        _headers = headers;
        Version = version;
        var query = target.IndexOf('?', StringComparison.Ordinal);
        _path = query < 0 ? target : target[..query];
        _query = query < 0 ? string.Empty : target[query..];
        for (var i = 0; i < headers.Count; i++)
        {
            if (KnownHeaderNames.Find(headers[i].Key) is var known and >= 0)
            {
                _known[known].Count++; // values are read from the collection: no offsets in this mode
            }
        }
    }

    /// <summary>Creates a head over its own copy of the received bytes (the parser does, after validating them).</summary>
    /// <param name="method">The method (a shared string for GET).</param>
    /// <param name="raw">The head's bytes, owned by the head from now on.</param>
    /// <param name="targetStart">Where the target starts in <paramref name="raw"/>.</param>
    /// <param name="targetLength">The target's length.</param>
    /// <param name="fieldsStart">Where the first header line starts.</param>
    /// <param name="known">Where the known fields' values are.</param>
    internal HttpRequestHead(string method, byte[] raw, int targetStart, int targetLength, int fieldsStart, in KnownFields known)
    {
        Method = method;
        Version = "HTTP/1.1";
        _raw = raw;
        _targetStart = targetStart;
        _targetLength = targetLength;
        var query = raw.AsSpan(targetStart, targetLength).IndexOf((byte)'?');
        _pathLength = query < 0 ? targetLength : query;
        _fieldsStart = fieldsStart;
        _known = known;
    }

    /// <summary>The method token.</summary>
    public string Method { get; }

    /// <summary>The request target as sent (path and query, still percent-encoded).</summary>
    public string Target => _target ??= Encoding.ASCII.GetString(_raw!, _targetStart, _targetLength);

    /// <summary>The path part of the target (before <c>?</c>), still percent-encoded.</summary>
    public string Path => _path ??= _pathLength == _targetLength ? Target : Encoding.ASCII.GetString(_raw!, _targetStart, _pathLength);

    /// <summary>The query part of the target including the leading <c>?</c>, or empty.</summary>
    public string Query => _query ??= _pathLength == _targetLength
        ? string.Empty
        : Encoding.ASCII.GetString(_raw!, _targetStart + _pathLength, _targetLength - _pathLength);

    /// <summary>The HTTP version from the request line.</summary>
    public string Version { get; }

    /// <summary>The header fields in arrival order (read-only).</summary>
    public HttpHeaderCollection Headers
    {
        get
        {
            if (_headers is { } headers)
            {
                return headers;
            }

            // One collection for everyone who asks (hook, authenticators, session): published once.
            Interlocked.CompareExchange(ref _headers, MaterializeHeaders(), null);
            return _headers;
        }
    }

    /// <summary>The path as characters, without materialising a string (routing reads it).</summary>
    /// <param name="buffer">Room for the path when it must be decoded; the result may live in it.</param>
    /// <param name="path">The path: in <paramref name="buffer"/> or over the materialised string.</param>
    /// <returns>False when <paramref name="buffer"/> is too small (use <see cref="Path"/>).</returns>
    internal bool TryGetPath(Span<char> buffer, out ReadOnlySpan<char> path)
    {
        if (_path is not null || _raw is null)
        {
            path = Path;
            return true;
        }

        if (_pathLength > buffer.Length)
        {
            path = default;
            return false;
        }

        var written = Encoding.ASCII.GetChars(_raw.AsSpan(_targetStart, _pathLength), buffer);
        path = buffer[..written];
        return true;
    }

    /// <summary>How many fields named <paramref name="header"/> the request has.</summary>
    internal int CountOf(KnownHeader header) => _known[(int)header].Count;

    /// <summary>
    /// The value of a known header that occurs exactly once, as characters, without materialising strings. False when
    /// it is absent, repeated, or longer than <paramref name="buffer"/>: then read <see cref="Headers"/>.
    /// </summary>
    internal bool TryGetSingle(KnownHeader header, Span<char> buffer, out ReadOnlySpan<char> value)
    {
        ref readonly var field = ref _known[(int)header];
        value = default;
        if (field.Count != 1)
        {
            return false;
        }

        if (_raw is null)
        {
            value = _headers![KnownHeaderNames.NameOf(header)];
            return true;
        }

        if (field.Length > buffer.Length)
        {
            return false;
        }

        // Latin-1: obs-text bytes (0x80-0xFF) are the characters U+0080-U+00FF, as in the materialised strings.
        var written = Encoding.Latin1.GetChars(_raw.AsSpan(field.Start, field.Length), buffer);
        value = buffer[..written];
        return true;
    }

    /// <summary>
    /// The bytes of a known header that occurs exactly once in a parsed head, straight from the head's copy (no
    /// decoding). False when it is absent or repeated, or when the head was built from strings: then use
    /// <see cref="TryGetSingle"/>.
    /// </summary>
    internal bool TryGetSingleBytes(KnownHeader header, out ReadOnlySpan<byte> value)
    {
        ref readonly var field = ref _known[(int)header];
        if (field.Count != 1 || _raw is null)
        {
            value = default;
            return false;
        }

        value = _raw.AsSpan(field.Start, field.Length);
        return true;
    }

    /// <summary>The value of a known header (repeated fields joined with <c>", "</c>), or null; reads only that header when it occurs once.</summary>
    internal string? GetValue(KnownHeader header)
    {
        ref readonly var field = ref _known[(int)header];
        if (field.Count == 0)
        {
            return null;
        }

        return field.Count == 1 && _raw is not null && _headers is null
            ? Encoding.Latin1.GetString(_raw, field.Start, field.Length)
            : Headers[KnownHeaderNames.NameOf(header)];
    }

    private HttpHeaderCollection MaterializeHeaders()
    {
        // The bytes were validated by the parser: lines end with CRLF, names are tokens followed by a colon.
        var raw = _raw!;
        var rest = raw.AsSpan(_fieldsStart);
        var offset = _fieldsStart;
        var count = 0;
        foreach (var b in rest)
        {
            count += b == (byte)'\n' ? 1 : 0;
        }

        var headers = new HttpHeaderCollection(Math.Max(count - 1, 0));
        while (true)
        {
            var lineEnd = rest.IndexOf("\r\n"u8);
            if (lineEnd <= 0)
            {
                break;
            }

            var line = rest[..lineEnd];
            var colon = line.IndexOf((byte)':');
            var value = HttpChars.TrimWhitespace(line[(colon + 1)..]);
            headers.Add(
                KnownHeaderNames.Get(line[..colon]),
                value.IsEmpty ? string.Empty : Encoding.Latin1.GetString(value));
            offset += lineEnd + 2;
            rest = raw.AsSpan(offset);
        }

        headers.MakeReadOnly();
        return headers;
    }
}

/// <summary>The header fields the handshake core decides on, read without materialising strings.</summary>
internal enum KnownHeader
{
    /// <summary><c>Host</c>.</summary>
    Host,

    /// <summary><c>Upgrade</c>.</summary>
    Upgrade,

    /// <summary><c>Connection</c>.</summary>
    Connection,

    /// <summary><c>Sec-WebSocket-Key</c>.</summary>
    SecWebSocketKey,

    /// <summary><c>Sec-WebSocket-Version</c>.</summary>
    SecWebSocketVersion,

    /// <summary><c>Sec-WebSocket-Protocol</c>.</summary>
    SecWebSocketProtocol,

    /// <summary><c>Sec-WebSocket-Extensions</c>.</summary>
    SecWebSocketExtensions,

    /// <summary><c>Origin</c>.</summary>
    Origin,
}

/// <summary>Where a known field's first value is in a parsed head, and how many fields have that name.</summary>
internal struct KnownField
{
    /// <summary>The value's offset in the head's bytes (first field of this name).</summary>
    public int Start;

    /// <summary>The value's length, trimmed.</summary>
    public int Length;

    /// <summary>How many fields have this name.</summary>
    public int Count;
}

/// <summary>One <see cref="KnownField"/> per <see cref="KnownHeader"/>, stored inline in the head (no array).</summary>
[InlineArray(8)]
internal struct KnownFields
{
    private KnownField _first;
}
