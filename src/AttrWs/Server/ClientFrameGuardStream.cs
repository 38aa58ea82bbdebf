namespace AttrWs.Server;

/// <summary>
/// Enforces two client-frame rules that <see cref="System.Net.WebSockets.WebSocket.CreateFromStream(Stream, System.Net.WebSockets.WebSocketCreationOptions)"/>
/// (the BCL's server framing) does not:
/// <list type="bullet">
/// <item>RFC 6455 §5.1, "The server MUST close the connection upon receiving a frame that is not masked". The BCL reads a
/// masking key whether or not one was sent, so an unmasked frame stalled the connection and then desynchronized it.</item>
/// <item>RFC 6455 §5.2 with RFC 7692 §6.1: RSV1 means "compressed" only on the first frame of a data message; on a
/// control frame no negotiated extension defines it, so the connection must fail. With permessage-deflate negotiated
/// the BCL ignored it (and answered such a ping).</item>
/// </list>
/// This stream follows the frame boundaries of the bytes it passes on (headers parsed, payloads skipped in bulk) and,
/// where a frame breaks one of those rules, substitutes a header the framing code must reject (masked, 64-bit length
/// with the most significant bit set), so the framing code fails the connection with 1002 (Protocol Error) itself and
/// the close handshake stays in one place. After that the stream reports end of stream.
/// </summary>
/// <remarks>
/// Directly over the connection's <see cref="SocketStream"/> (no TLS, no replayed bytes: the usual case) the guard reads
/// the socket itself and counts the wire bytes in its own continuation, so a read waiting on an idle connection is one
/// async frame, not two; a zero-byte read (an idle connection's wait) is the socket's own receive, no frame at all.
/// </remarks>
internal sealed class ClientFrameGuardStream(Stream inner) : WrappingStream(inner), AttrWs.Sessions.IIncomingFrameProgress
{
    // Second header byte "masked, 64-bit length", a 64-bit length with its top bit set (invalid, §5.2), a masking key.
    private static readonly byte[] Poison = [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0];

    private readonly SocketStream? _socket = inner as SocketStream;
    private ulong _payloadRemaining;
    private ulong _payloadLength;
    private int _headerPosition;
    private int _headerLength;
    private int _poisonOffset = -1;

    /// <inheritdoc/>
    public long PayloadRemaining => (long)Math.Min(_payloadRemaining, long.MaxValue);

    public override int Read(Span<byte> buffer)
    {
        if (_poisonOffset >= 0)
        {
            return DrainPoison(buffer);
        }

        var read = Inner.Read(buffer);
        return Inspect(buffer, read);
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_poisonOffset >= 0)
        {
            return ValueTask.FromResult(DrainPoison(buffer.Span));
        }

        if (buffer.IsEmpty && _socket is { } waiting)
        {
            // A zero-byte read: the WebSocket's wait for the next frame when its caller waits without a buffer (the
            // session's first read of each message). No byte to inspect or count, so the socket's own receive is the
            // read: an idle connection's wait holds no async frame of the guard's. A socket error then reaches the
            // WebSocket as the SocketException itself, not wrapped in an IOException.
            return waiting.ReceiveUncountedAsync(buffer, cancellationToken);
        }

        var pending = _socket is { } socket ? socket.ReceiveUncountedAsync(buffer, cancellationToken) : Inner.ReadAsync(buffer, cancellationToken);
        if (pending.IsCompletedSuccessfully)
        {
            var read = pending.Result;
            _socket?.CountReceived(read);
            return ValueTask.FromResult(Inspect(buffer.Span, read));
        }

        return AwaitAsync(pending, buffer);
    }

    // Every read that waits comes through here (a message's frames, each client's close): the pooling builder reuses the
    // suspended state machine's box instead of allocating one per wait.
    [System.Runtime.CompilerServices.AsyncMethodBuilder(typeof(System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<int> AwaitAsync(ValueTask<int> pending, Memory<byte> buffer)
    {
        int read;
        try
        {
            read = await pending.ConfigureAwait(false);
        }
        catch (System.Net.Sockets.SocketException ex) when (_socket is not null)
        {
            throw SocketStream.Failure(ex);
        }

        _socket?.CountReceived(read);
        return Inspect(buffer.Span, read);
    }

    /// <returns>How many bytes of <paramref name="buffer"/> the caller may use (fewer than read once poisoned).</returns>
    private int Inspect(Span<byte> buffer, int read)
    {
        var i = 0;
        while (i < read)
        {
            if (_payloadRemaining > 0)
            {
                var skip = (int)Math.Min(_payloadRemaining, (ulong)(read - i));
                _payloadRemaining -= (ulong)skip;
                i += skip;
                continue;
            }

            var b = buffer[i];
            switch (_headerPosition)
            {
                case 0:
                    if ((b & 0x08) != 0 && (b & 0x40) != 0)
                    {
                        // RSV1 on a control frame: keep a valid first byte, then the rejected remainder of a header.
                        buffer[i] = 0x82;
                        _poisonOffset = 0;
                        return i + 1 + DrainPoison(buffer[(i + 1)..]);
                    }

                    _headerLength = 2;
                    _payloadLength = 0;
                    break;
                case 1:
                    if ((b & 0x80) == 0)
                    {
                        // An unmasked client frame: replace it from here on with a header the framing code rejects.
                        _poisonOffset = 0;
                        return i + DrainPoison(buffer[i..]);
                    }

                    var code = b & 0x7F;
                    _payloadLength = code < 126 ? (ulong)code : 0;
                    _headerLength = 2 + (code == 126 ? 2 : code == 127 ? 8 : 0) + 4;
                    break;
                default:
                    if (_headerPosition < _headerLength - 4)
                    {
                        _payloadLength = (_payloadLength << 8) | b;
                    }

                    break;
            }

            i++;
            if (++_headerPosition == _headerLength)
            {
                _headerPosition = 0;
                _payloadRemaining = _payloadLength;
            }
        }

        return read;
    }

    private int DrainPoison(Span<byte> destination)
    {
        var count = Math.Min(Poison.Length - _poisonOffset, destination.Length);
        Poison.AsSpan(_poisonOffset, count).CopyTo(destination);
        _poisonOffset += count;
        return count; // 0 once the poison is delivered: end of stream
    }
}
