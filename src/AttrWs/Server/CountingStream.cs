using AttrWs.Server;
using AttrWs.Diagnostics;

namespace AttrWs.Server;

/// <summary>
/// A pass-through stream that counts the bytes read and written (the wire bytes of one connection) into the metrics.
/// It sits under the WebSocket framing, so compressed messages are counted at their compressed size.
/// </summary>
internal sealed class CountingStream(Stream inner, AttrWsMetrics metrics) : WrappingStream(inner)
{
    public override int Read(Span<byte> buffer) => Counted(Inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        => Counted(await Inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Inner.Write(buffer);
        metrics.BytesSent(buffer.Length);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await Inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        metrics.BytesSent(buffer.Length);
    }

    private int Counted(int read)
    {
        if (read > 0)
        {
            metrics.BytesReceived(read);
        }

        return read;
    }
}
