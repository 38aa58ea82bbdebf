namespace AttrWs.Server;

/// <summary>
/// The connection's stream after the request head: first replays the bytes that arrived together with the head
/// (the start of the first WebSocket frame, if the client sent it early), then reads from the transport.
/// </summary>
internal sealed class ReplayStream : Stream
{
    private readonly Stream _inner;
    private readonly byte[] _replay;
    private int _replayOffset;

    public ReplayStream(Stream inner, byte[] replay)
    {
        _inner = inner;
        _replay = replay;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => _inner.CanWrite;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var replayed = TryReplay(buffer);
        return replayed > 0 ? replayed : _inner.Read(buffer);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.IsEmpty && _replayOffset < _replay.Length)
        {
            return ValueTask.FromResult(0); // a zero-byte read waits for data, and replay bytes are already here
        }

        var replayed = TryReplay(buffer.Span);
        return replayed > 0 ? ValueTask.FromResult(replayed) : _inner.ReadAsync(buffer, cancellationToken);
    }

    public override void Write(byte[] buffer, int offset, int count) => _inner.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => _inner.Write(buffer);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => _inner.WriteAsync(buffer, offset, count, cancellationToken);

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        => _inner.WriteAsync(buffer, cancellationToken);

    public override void Flush() => _inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => _inner.FlushAsync(cancellationToken);

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
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
