using System.Text;

namespace AttrWs.Handshake;

/// <summary>
/// An incremental, strict HTTP/1.1 request-head parser (RFC 9112) for the opening handshake. Call <see cref="Parse"/>
/// with everything received so far; it answers incomplete, complete (with the bytes the head used, so the bytes after
/// it stay with the WebSocket) or rejected. It never throws and keeps no state, so one instance serves every connection.
/// </summary>
internal sealed class RequestHeadParser
{
    private readonly int _maxHeadBytes;
    private readonly int _maxHeaders;

    /// <summary>Creates a parser with the limits of <paramref name="options"/>.</summary>
    /// <param name="options">The handshake settings (<see cref="WebSocketServerLimits.MaxRequestHeadBytes"/>, <see cref="WebSocketServerLimits.MaxRequestHeaders"/>).</param>
    internal RequestHeadParser(HandshakeSettings options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _maxHeadBytes = options.MaxRequestHeadBytes;
        _maxHeaders = options.MaxRequestHeaders;
    }

    /// <summary>Parses the bytes received so far.</summary>
    /// <param name="received">Every byte received on the connection so far, from the first.</param>
    /// <returns>Incomplete, complete with the head and its length, or rejected with a reason.</returns>
    public RequestHeadParseResult Parse(ReadOnlySpan<byte> received) =>
        TryParseValid(received, out var result) ? result : ParseStrict(received);

    /// <summary>
    /// The rule-by-rule parser: frames the head (CRLF endings, limits), then parses it and names the first rule broken.
    /// <see cref="Parse"/> answers every head that is not complete and valid with it, so its results are the reference.
    /// </summary>
    /// <param name="received">Every byte received on the connection so far, from the first.</param>
    /// <returns>Incomplete, complete with the head and its length, or rejected with a reason.</returns>
    internal RequestHeadParseResult ParseStrict(ReadOnlySpan<byte> received)
    {
        var framing = FindEndOfHead(received, out var headLength, out _);
        return framing ?? ParseHead(received[..headLength], headLength);
    }

    /// <summary>
    /// One pass for the common case, a complete and valid head: each line is searched once, vectorised, for its end
    /// (the first byte outside SP..'~', which is its CR when the line is clean), names are scanned with a table, and
    /// a known name is recognised by its length and one comparison. Anything else (incomplete, over a limit, a byte
    /// that needs a closer look) returns false without a verdict: <see cref="ParseStrict"/> then decides, so every
    /// rejection and its wording stay those of the rule-by-rule parser.
    /// </summary>
    private bool TryParseValid(ReadOnlySpan<byte> received, out RequestHeadParseResult result)
    {
        result = default;
        var window = received.Length > _maxHeadBytes ? received[.._maxHeadBytes] : received;

        // Request line: method SP target SP "HTTP/1.1" CRLF, every byte in SP..'~'.
        var cr = window.IndexOfAnyExceptInRange((byte)' ', (byte)'~');
        if (cr < 0 || cr + 1 >= window.Length || window[cr] != (byte)'\r' || window[cr + 1] != (byte)'\n' || cr <= " HTTP/1.1".Length)
        {
            return false;
        }

        var requestLine = window[..cr];
        if (!requestLine.EndsWith(" HTTP/1.1"u8))
        {
            return false;
        }

        var methodAndTarget = requestLine[..^" HTTP/1.1".Length];
        var sp1 = methodAndTarget.IndexOf((byte)' ');
        if (sp1 <= 0 || sp1 + 1 >= methodAndTarget.Length || methodAndTarget[sp1 + 1] != (byte)'/'
            || methodAndTarget[(sp1 + 1)..].Contains((byte)' '))
        {
            return false;
        }

        var method = methodAndTarget[..sp1];
        if (!"GET"u8.SequenceEqual(method) && !HttpChars.IsToken(method))
        {
            return false;
        }

        var known = default(KnownFields);
        var fieldsStart = cr + 2;
        var position = fieldsStart;
        var fieldCount = 0;
        var tokens = HttpChars.TokenTable;
        while (true)
        {
            if (position + 1 >= window.Length)
            {
                return false;
            }

            if (window[position] == (byte)'\r')
            {
                if (window[position + 1] != (byte)'\n')
                {
                    return false;
                }

                break;
            }

            // Name: token bytes up to the colon (a line starting with whitespace, an empty name, whitespace before
            // the colon or a line without one all stop here).
            var nameEnd = position;
            while (nameEnd < window.Length && tokens[window[nameEnd]] != 0)
            {
                nameEnd++;
            }

            if (nameEnd == position || nameEnd >= window.Length || window[nameEnd] != (byte)':' || ++fieldCount > _maxHeaders)
            {
                return false;
            }

            var valueStart = nameEnd + 1;
            while (valueStart < window.Length && HttpChars.IsWhitespace(window[valueStart]))
            {
                valueStart++;
            }

            // Value: up to the first byte outside SP..'~'; HTAB and obs-text continue the value, CR LF ends it.
            var lineEnd = valueStart;
            while (true)
            {
                var next = window[lineEnd..].IndexOfAnyExceptInRange((byte)' ', (byte)'~');
                if (next < 0)
                {
                    return false;
                }

                lineEnd += next;
                var b = window[lineEnd];
                if (b == (byte)'\r')
                {
                    if (lineEnd + 1 >= window.Length || window[lineEnd + 1] != (byte)'\n')
                    {
                        return false;
                    }

                    break;
                }

                if (b != (byte)'\t' && b < 0x80)
                {
                    return false;
                }

                lineEnd++;
            }

            var valueEnd = lineEnd;
            while (valueEnd > valueStart && HttpChars.IsWhitespace(window[valueEnd - 1]))
            {
                valueEnd--;
            }

            if (KnownHeaderNames.Find(window[position..nameEnd]) is var index and >= 0)
            {
                ref var field = ref known[index];
                if (field.Count++ == 0)
                {
                    field.Start = valueStart;
                    field.Length = valueEnd - valueStart;
                }
            }

            position = lineEnd + 2;
        }

        if (known[(int)KnownHeader.Host].Count != 1)
        {
            return false;
        }

        var headLength = position + 2;
        var request = new HttpRequestHead(KnownHeaderNames.Method(method), window[..headLength].ToArray(), sp1 + 1, methodAndTarget.Length - sp1 - 1, fieldsStart, known);
        result = RequestHeadParseResult.Complete(request, headLength);
        return true;
    }

    /// <summary>
    /// First pass, allocation-free: walks the lines to find the blank line that ends the head, enforcing CRLF
    /// endings and both limits as early as the bytes allow (a bare-LF client is told so at once, not at the timeout).
    /// </summary>
    /// <returns>Null when the end of the head was found; otherwise incomplete or rejected.</returns>
    private RequestHeadParseResult? FindEndOfHead(ReadOnlySpan<byte> received, out int headLength, out int fieldCount)
    {
        headLength = 0;
        fieldCount = 0;
        var window = received.Length > _maxHeadBytes ? received[.._maxHeadBytes] : received;
        var lineStart = 0;
        var lineIndex = 0;
        while (true)
        {
            var lf = window[lineStart..].IndexOf((byte)'\n');
            if (lf < 0)
            {
                return received.Length >= _maxHeadBytes
                    ? RequestHeadParseResult.Reject(HandshakeRejectReason.RequestHeadTooLarge, $"Request head larger than {_maxHeadBytes} bytes.")
                    : RequestHeadParseResult.Incomplete;
            }

            lf += lineStart;
            if (lf == lineStart || window[lf - 1] != (byte)'\r')
            {
                return RequestHeadParseResult.Reject(HandshakeRejectReason.MalformedRequest, "Lines must end with CRLF (bare LF).");
            }

            var lineLength = lf - 1 - lineStart;
            if (lineLength == 0)
            {
                if (lineIndex == 0)
                {
                    return RequestHeadParseResult.Reject(HandshakeRejectReason.MalformedRequest, "Empty request line.");
                }

                headLength = lf + 1;
                return null;
            }

            if (lineIndex > 0 && ++fieldCount > _maxHeaders)
            {
                return RequestHeadParseResult.Reject(HandshakeRejectReason.TooManyHeaders, $"More than {_maxHeaders} header fields.");
            }

            lineIndex++;
            lineStart = lf + 1;
        }
    }

    private static RequestHeadParseResult ParseHead(ReadOnlySpan<byte> head, int headLength)
    {
        var lineEnd = head.IndexOf("\r\n"u8);
        var requestLine = head[..lineEnd];
        var rest = head[(lineEnd + 2)..];

        var sp1 = requestLine.IndexOf((byte)' ');
        var sp2 = sp1 < 0 ? -1 : requestLine[(sp1 + 1)..].IndexOf((byte)' ');
        if (sp1 <= 0 || sp2 <= 0)
        {
            return Malformed("Request line must be 'METHOD SP target SP HTTP/1.1'.");
        }

        sp2 += sp1 + 1;
        var method = requestLine[..sp1];
        var target = requestLine[(sp1 + 1)..sp2];
        var version = requestLine[(sp2 + 1)..];
        if (!HttpChars.IsToken(method))
        {
            return Malformed("The method must be a token.");
        }

        if (!"HTTP/1.1"u8.SequenceEqual(version))
        {
            return IsHttpVersion(version)
                ? Malformed($"HTTP version {Encoding.ASCII.GetString(version)} cannot upgrade to WebSocket: HTTP/1.1 is required.")
                : Malformed("Request line must be 'METHOD SP target SP HTTP/1.1'.");
        }

        if (target[0] != (byte)'/')
        {
            return Malformed("The request target must be in origin-form (start with '/'); absolute-form and '*' are not accepted.");
        }

        // VCHAR only: a space would have split the line differently, controls and non-ASCII are invalid in a URI.
        if (target.ContainsAnyExceptInRange((byte)0x21, (byte)0x7E))
        {
            return Malformed("The request target contains a character that is not allowed in a URI.");
        }

        // Nothing is materialised here: the head keeps a copy of these bytes and where the decided fields are in them.
        var known = default(KnownFields);
        var offset = lineEnd + 2;
        var fieldsStart = offset;
        while (!rest.IsEmpty)
        {
            lineEnd = rest.IndexOf("\r\n"u8);
            var line = rest[..lineEnd];
            var lineStart = offset;
            rest = rest[(lineEnd + 2)..];
            offset += lineEnd + 2;
            if (line.IsEmpty)
            {
                break;
            }

            if (HttpChars.IsWhitespace(line[0]))
            {
                return Malformed("Obsolete line folding (a header line starting with whitespace) is not accepted.");
            }

            var colon = line.IndexOf((byte)':');
            if (colon < 0)
            {
                return Malformed("A header line has no colon.");
            }

            var name = line[..colon];
            if (!name.IsEmpty && HttpChars.IsWhitespace(name[^1]))
            {
                return Malformed("Whitespace between a header name and the colon is not allowed.");
            }

            if (!HttpChars.IsToken(name))
            {
                return Malformed("A header name is not a token.");
            }

            var rawValue = line[(colon + 1)..];
            var value = HttpChars.TrimWhitespace(rawValue);

            // obs-text (0x80-0xFF) is allowed and decoded as Latin-1; every other control but HTAB is not.
            if (!HttpChars.IsValidFieldValue(value))
            {
                return Malformed("A header value contains a control character.");
            }

            if (KnownHeaderNames.Find(name) is var index and >= 0)
            {
                ref var field = ref known[index];
                if (field.Count++ == 0)
                {
                    field.Start = lineStart + colon + 1 + HttpChars.LeadingWhitespace(rawValue);
                    field.Length = value.Length;
                }
            }
        }

        var hostCount = known[(int)KnownHeader.Host].Count;
        if (hostCount != 1)
        {
            return Malformed(hostCount == 0 ? "The Host header is required." : "Exactly one Host header is allowed.");
        }

        var request = new HttpRequestHead(KnownHeaderNames.Method(method), head.ToArray(), sp1 + 1, sp2 - sp1 - 1, fieldsStart, known);
        return RequestHeadParseResult.Complete(request, headLength);
    }

    private static bool IsHttpVersion(ReadOnlySpan<byte> version) =>
        version.Length == 8 && version.StartsWith("HTTP/"u8) && char.IsAsciiDigit((char)version[5]) && version[6] == (byte)'.' && char.IsAsciiDigit((char)version[7]);

    private static RequestHeadParseResult Malformed(string detail) =>
        RequestHeadParseResult.Reject(HandshakeRejectReason.MalformedRequest, detail);
}
