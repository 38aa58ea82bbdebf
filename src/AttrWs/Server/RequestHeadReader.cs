using System.Buffers;
using AttrWs.Handshake;

namespace AttrWs.Server;

/// <summary>The outcome of reading a request head off a connection.</summary>
/// <param name="Result">The parser's answer; <see cref="RequestHeadParseStatus.Incomplete"/> means the peer closed first.</param>
/// <param name="Leftover">Bytes received after the head (they belong to the WebSocket); empty when none.</param>
internal readonly record struct RequestHeadReadResult(RequestHeadParseResult Result, byte[] Leftover);

/// <summary>Reads the request head with the core's incremental parser into a pooled buffer.</summary>
internal static class RequestHeadReader
{
    public static async ValueTask<RequestHeadReadResult> ReadAsync(Stream stream, RequestHeadParser parser, int maxHeadBytes, CancellationToken cancellationToken)
    {
        // Room for the whole head plus some early frame bytes; the parser rejects heads past its limit.
        var buffer = ArrayPool<byte>.Shared.Rent(maxHeadBytes + 1024);
        try
        {
            var received = 0;
            while (received < buffer.Length)
            {
                var read = await stream.ReadAsync(buffer.AsMemory(received), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return new RequestHeadReadResult(default, []);
                }

                received += read;
                var result = parser.Parse(buffer.AsSpan(0, received));
                switch (result.Status)
                {
                    case RequestHeadParseStatus.Complete:
                        return new RequestHeadReadResult(result, buffer.AsSpan(result.BytesConsumed, received - result.BytesConsumed).ToArray());
                    case RequestHeadParseStatus.Rejected:
                        return new RequestHeadReadResult(result, []);
                }
            }

            // Unreachable with a conforming parser (it rejects at its limit); fail closed anyway.
            return new RequestHeadReadResult(parser.Parse(buffer.AsSpan(0, received)), []);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
