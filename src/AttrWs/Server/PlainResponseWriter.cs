using System.Buffers;
using System.Globalization;
using System.Text;
using AttrWs.Handshake;

namespace AttrWs.Server;

/// <summary>Writes a <see cref="PlainHttpResponse"/> (a non-WebSocket answer) as HTTP/1.1 bytes with <c>Connection: close</c>.</summary>
internal static class PlainResponseWriter
{
    /// <summary>True when the response can be written safely (a real status, a content type without CR/LF).</summary>
    public static bool IsValid(PlainHttpResponse response)
        => response.StatusCode is >= 200 and <= 599
           && response.ContentType is { Length: > 0 } type
           && type.AsSpan().IndexOfAny('\r', '\n') < 0
           && HeadersAreValid(response.Headers);

    private static bool HeadersAreValid(IReadOnlyList<KeyValuePair<string, string>>? headers)
    {
        foreach (var (name, value) in headers ?? [])
        {
            if (name is null || !HttpChars.IsToken(name) || value is null || !HttpChars.IsSafeFieldValue(value)
                || name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)
                || name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
                || name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase)
                || name.Equals("Connection", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    public static void Write(PlainHttpResponse response, IBufferWriter<byte> output)
    {
        var head = new StringBuilder(128)
            .Append("HTTP/1.1 ")
            .Append(response.StatusCode.ToString(CultureInfo.InvariantCulture))
            .Append(' ')
            .Append(HandshakeRejections.GetReasonPhrase(response.StatusCode))
            .Append("\r\nContent-Type: ")
            .Append(response.ContentType)
            .Append("\r\nContent-Length: ")
            .Append(response.Body.Length.ToString(CultureInfo.InvariantCulture))
            .Append("\r\nConnection: close\r\n");
        foreach (var (name, value) in response.Headers ?? [])
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        var text = head.Append("\r\n").ToString();
        var span = output.GetSpan(text.Length);
        output.Advance(Encoding.Latin1.GetBytes(text, span));
        output.Write(response.Body.Span);
    }
}
