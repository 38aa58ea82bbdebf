namespace AttrWs.Server;

/// <summary>
/// The connection's stream after the request head: first replays the bytes that arrived together with the head
/// (the start of the first WebSocket frame, if the client sent it early), then reads from the transport.
/// </summary>
internal sealed class ReplayStream(Stream inner, byte[] replay) : WrappingStream(inner)
{
    private readonly byte[] _replay = replay;
    private int _replayOffset;

    public override int Read(Span<byte> buffer)
    {
        var replayed = TryReplay(buffer);
        return replayed > 0 ? replayed : Inner.Read(buffer);
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.IsEmpty && _replayOffset < _replay.Length)
        {
            return ValueTask.FromResult(0); // a zero-byte read waits for data, and replay bytes are already here
        }

        var replayed = TryReplay(buffer.Span);
        return replayed > 0 ? ValueTask.FromResult(replayed) : Inner.ReadAsync(buffer, cancellationToken);
    }

    private int TryReplay(Span<byte> destination)
    {
        var remaining = _replay.Length - _replayOffset;
        if (remaining <= 0 || destination.IsEmpty)
        {
            return 0;
        }

        var count = Math.Min(remaining, destination.Length);
        _replay.AsSpan(_replayOffset, count).CopyTo(destination);
        _replayOffset += count;
        return count;
    }
}
