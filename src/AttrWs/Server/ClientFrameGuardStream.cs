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
/// The rules themselves are <see cref="ClientFrameInspector"/>'s; this stream applies them to the bytes read from a stream
/// it wraps (TLS, replayed early bytes, the Kestrel host's upgraded stream). Directly over the connection's socket (no TLS,
/// no replayed bytes: the usual case) <see cref="SocketStream"/> applies them itself, one object instead of two.
/// </summary>
internal sealed class ClientFrameGuardStream(Stream inner) : WrappingStream(inner), AttrWs.Sessions.IIncomingFrameProgress
{
    private ClientFrameInspector _frames = ClientFrameInspector.Create();

    /// <inheritdoc/>
    public long PayloadRemaining => _frames.PayloadRemaining;

    public override int Read(Span<byte> buffer)
    {
        if (_frames.IsPoisoned)
        {
            return _frames.DrainPoison(buffer);
        }

        var read = Inner.Read(buffer);
        return _frames.Inspect(buffer, read);
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_frames.IsPoisoned)
        {
            return ValueTask.FromResult(_frames.DrainPoison(buffer.Span));
        }

        var pending = Inner.ReadAsync(buffer, cancellationToken);
        if (pending.IsCompletedSuccessfully)
        {
            return ValueTask.FromResult(_frames.Inspect(buffer.Span, pending.Result));
        }

        return AwaitAsync(pending, buffer);
    }

    // Every read that waits comes through here (a message's frames, each client's close): the pooling builder reuses the
    // suspended state machine's box instead of allocating one per wait.
    [System.Runtime.CompilerServices.AsyncMethodBuilder(typeof(System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<int> AwaitAsync(ValueTask<int> pending, Memory<byte> buffer)
    {
        var read = await pending.ConfigureAwait(false);
        return _frames.Inspect(buffer.Span, read);
    }
}

/// <summary>
/// The client-frame rules of <see cref="ClientFrameGuardStream"/> over the bytes a stream reads: follows the frame
/// boundaries (headers parsed, payloads skipped in bulk) and, where a frame breaks a rule, substitutes a header the
/// framing code must reject (masked, 64-bit length with the most significant bit set), so the framing code fails the
/// connection with 1002 (Protocol Error) itself and the close handshake stays in one place. After that the reads
/// report end of stream. A mutable struct: kept in a field of the stream that reads, never copied.
/// </summary>
internal struct ClientFrameInspector
{
    // Second header byte "masked, 64-bit length", a 64-bit length with its top bit set (invalid, §5.2), a masking key.
    private static readonly byte[] Poison = [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0];

    private ulong _payloadRemaining;
    private ulong _payloadLength;
    private int _headerPosition;
    private int _headerLength;
    private int _poisonOffset;

    /// <summary>
    /// Set to 1 when a pong frame's header was read: the standalone host's keep-alive (<see cref="SocketStream"/>) takes
    /// it with an atomic exchange as the answer to its ping.
    /// </summary>
    public int PongSeen;

    /// <summary>An inspector at the start of the first frame.</summary>
    public static ClientFrameInspector Create() => new() { _poisonOffset = -1 };

    /// <summary>Payload bytes of the current frame still to come (0 between frames).</summary>
    public readonly long PayloadRemaining => (long)Math.Min(_payloadRemaining, long.MaxValue);

    /// <summary>True once a frame broke a rule: reads return the rest of the poison, then end of stream.</summary>
    public readonly bool IsPoisoned => _poisonOffset >= 0;

    /// <returns>How many bytes of <paramref name="buffer"/> the caller may use (fewer than read once poisoned).</returns>
    public int Inspect(Span<byte> buffer, int read)
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

                    if ((b & 0x0F) == 0x0A)
                    {
                        Volatile.Write(ref PongSeen, 1);
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

    /// <returns>The poison bytes copied (0 once it is delivered: end of stream).</returns>
    public int DrainPoison(Span<byte> destination)
    {
        var count = Math.Min(Poison.Length - _poisonOffset, destination.Length);
        Poison.AsSpan(_poisonOffset, count).CopyTo(destination);
        _poisonOffset += count;
        return count;
    }
}
