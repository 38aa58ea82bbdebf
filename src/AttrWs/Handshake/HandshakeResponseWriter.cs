using System.Buffers;
using System.Globalization;
using System.Text;

namespace AttrWs.Handshake;

/// <summary>Writes the exact HTTP/1.1 response bytes of a <see cref="HandshakeDecision"/>.</summary>
internal static class HandshakeResponseWriter
{
    /// <summary>
    /// Writes the response: a 101 with <c>Upgrade</c>, <c>Connection</c>, <c>Sec-WebSocket-Accept</c> and the negotiated
    /// <c>Sec-WebSocket-Protocol</c>/<c>Sec-WebSocket-Extensions</c>, or a rejection with a <c>text/plain</c> body,
    /// <c>Content-Length</c> and <c>Connection: close</c> (204 and 304: no body, no <c>Content-Length</c>); then
    /// <see cref="HandshakeDecision.ResponseHeaders"/>. The status line carries the registered reason phrase or an empty one.
    /// </summary>
    /// <param name="decision">The decision to write.</param>
    /// <param name="output">Where the bytes go.</param>
    public static void Write(in HandshakeDecision decision, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (decision.IsAccepted)
        {
            WriteAccept(decision, output);
        }
        else
        {
            WriteRejection(decision, output);
        }
    }

    // The 101's fixed lines up to the accept value, in one block.
    private static ReadOnlySpan<byte> AcceptPrefix =>
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: "u8;

    private static void WriteAccept(in HandshakeDecision decision, IBufferWriter<byte> output)
    {
        // One span for the fixed lines, the accept value (encoded in place) and, when nothing follows, the blank line.
        var prefix = AcceptPrefix;
        var span = output.GetSpan(prefix.Length + AcceptKey.Length + 4);
        prefix.CopyTo(span);
        var accept = span.Slice(prefix.Length, AcceptKey.Length);
        if (!TryWriteAcceptValue(decision, accept))
        {
            throw new InvalidOperationException("An accepted decision carries a valid Sec-WebSocket-Key.");
        }

        var written = prefix.Length + AcceptKey.Length;
        var headers = decision.ResponseHeaders;
        if (decision.SubProtocol is null && decision.Extensions is null && headers.Count == 0)
        {
            "\r\n\r\n"u8.CopyTo(span[written..]);
            output.Advance(written + 4);
            return;
        }

        "\r\n"u8.CopyTo(span[written..]);
        output.Advance(written + 2);
        if (decision.SubProtocol is { } protocol)
        {
            WriteField(output, "Sec-WebSocket-Protocol: "u8, protocol);
        }

        if (decision.Extensions is { } extensions)
        {
            WriteField(output, "Sec-WebSocket-Extensions: "u8, extensions);
        }

        WriteHeaders(output, headers);
        Write(output, "\r\n"u8);
    }

    /// <summary>The accept value from the key's bytes in a parsed head, or from its characters in a host-built one.</summary>
    private static bool TryWriteAcceptValue(in HandshakeDecision decision, Span<byte> accept)
    {
        if (decision.Request is not { } request)
        {
            return false;
        }

        if (request.TryGetSingleBytes(KnownHeader.SecWebSocketKey, out var keyBytes))
        {
            return keyBytes.Length == AcceptKey.KeyLength && AcceptKey.TryWrite(keyBytes, accept);
        }

        Span<char> keyBuffer = stackalloc char[AcceptKey.KeyLength];
        return request.TryGetSingle(KnownHeader.SecWebSocketKey, keyBuffer, out var key) && AcceptKey.TryWrite(key, accept);
    }

    private static void WriteRejection(in HandshakeDecision decision, IBufferWriter<byte> output)
    {
        Write(output, "HTTP/1.1 "u8);
        WriteInt(output, decision.StatusCode);
        Write(output, " "u8); // the space stays even before an empty reason phrase (RFC 9112 §4)
        WriteLatin1(output, HandshakeRejections.GetReasonPhrase(decision.StatusCode));
        if (HandshakeRejections.HasNoContent(decision.StatusCode))
        {
            // 204 and 304 carry no body and no Content-Length (RFC 9110 §8.6); 205 says its empty body explicitly.
            Write(output, decision.StatusCode == 205 ? "\r\nContent-Length: 0\r\nConnection: close\r\n"u8 : "\r\nConnection: close\r\n"u8);
            WriteHeaders(output, decision.ResponseHeaders);
            Write(output, "\r\n"u8);
            return;
        }

        var body = decision.ReasonText + "\n";
        var bodyLength = Encoding.UTF8.GetByteCount(body);
        Write(output, "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "u8);
        WriteInt(output, bodyLength);
        Write(output, "\r\nConnection: close\r\n"u8);
        WriteHeaders(output, decision.ResponseHeaders);
        Write(output, "\r\n"u8);
        var span = output.GetSpan(bodyLength);
        output.Advance(Encoding.UTF8.GetBytes(body, span));
    }

    private static void WriteHeaders(IBufferWriter<byte> output, HttpHeaderCollection headers)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            var (name, value) = headers[i];
            WriteLatin1(output, name);
            Write(output, ": "u8);
            WriteLatin1(output, value);
            Write(output, "\r\n"u8);
        }
    }

    private static void WriteField(IBufferWriter<byte> output, ReadOnlySpan<byte> nameAndColon, string value)
    {
        Write(output, nameAndColon);
        WriteLatin1(output, value);
        Write(output, "\r\n"u8);
    }

    private static void Write(IBufferWriter<byte> output, ReadOnlySpan<byte> bytes) => output.Write(bytes);

    private static void WriteLatin1(IBufferWriter<byte> output, string value)
    {
        // Values were validated as Latin-1 without CR/LF, so one byte per char and nothing can split the response.
        var span = output.GetSpan(value.Length);
        output.Advance(Encoding.Latin1.GetBytes(value, span));
    }

    private static void WriteInt(IBufferWriter<byte> output, int value)
    {
        var span = output.GetSpan(11);
        value.TryFormat(span, out var written, default, CultureInfo.InvariantCulture);
        output.Advance(written);
    }
}
