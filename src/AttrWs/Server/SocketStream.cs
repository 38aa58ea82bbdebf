using System.Net.Sockets;
using AttrWs.Diagnostics;

namespace AttrWs.Server;

/// <summary>
/// The connection's transport: a stream over the accepted socket that counts the wire bytes into the metrics (handshake
/// and frames, under TLS when there is TLS; compressed messages at their compressed size). It stands in for
/// <see cref="NetworkStream"/> plus a counting layer, one object and no async frame of its own while a session waits.
/// </summary>
/// <remarks>
/// The socket is put in non-blocking mode: a write is first tried as a synchronous send, which completes at once while the
/// socket's send buffer has room (the 101, pings, usual messages); only what does not fit waits on an asynchronous send.
/// A socket keeps the operation object of each kind of asynchronous call it made for its whole life, so an idle connection
/// that never had to wait for a send holds no send operation. Asynchronous receives are not affected by the mode.
/// Socket errors surface as <see cref="IOException"/> (inner <see cref="SocketException"/>), as from <see cref="NetworkStream"/>.
/// </remarks>
internal sealed class SocketStream : Stream, AttrWs.Sessions.IIncomingFrameProgress
{
    private readonly Socket _socket;
    private readonly AttrWsMetrics _metrics;

    // The client-frame rules (ClientFrameGuardStream's), once the WebSocket reads this stream directly.
    private ClientFrameInspector _frames = ClientFrameInspector.Create();
    private bool _guarding;

    public SocketStream(Socket socket, AttrWsMetrics metrics)
    {
        _socket = socket;
        _metrics = metrics;
        socket.Blocking = false;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <inheritdoc/>
    public long PayloadRemaining => _frames.PayloadRemaining;

    /// <summary>
    /// From now on reads apply the client-frame rules of <see cref="ClientFrameGuardStream"/> (called once the 101 is
    /// out, when the WebSocket reads this stream directly: no TLS and no replayed bytes), and a read that waits is one
    /// async frame that counts the wire bytes and inspects them in its own continuation.
    /// </summary>
    public void GuardClientFrames() => _guarding = true;

    /// <summary>Wraps a socket error as <see cref="NetworkStream"/> does.</summary>
    public static IOException Failure(SocketException exception)
        => new("Unable to transfer data on the transport connection: " + exception.Message, exception);

    public override int Read(Span<byte> buffer)
    {
        if (_guarding && _frames.IsPoisoned)
        {
            return _frames.DrainPoison(buffer);
        }

        while (true)
        {
            var read = _socket.Receive(buffer, SocketFlags.None, out var error);
            if (error == SocketError.Success)
            {
                CountReceived(read);
                return _guarding ? _frames.Inspect(buffer, read) : read;
            }

            if (error != SocketError.WouldBlock)
            {
                throw Failure(new SocketException((int)error));
            }

            _socket.Poll(-1, SelectMode.SelectRead);
        }
    }

    /// <remarks>
    /// The token is not handed to the socket: a socket keeps its receive operation object for its whole life, and that
    /// object keeps the registration of the last cancellable receive that had to wait, so the handshake's head read would
    /// keep the handshake's token source (and its registrations) alive for as long as the connection is open. Every
    /// caller that passes a token here ends the connection when it is cancelled (the handshake's budget, TLS, a cancelled
    /// WebSocket receive, which aborts the WebSocket), so a cancelled wait ends the receive through <see cref="EndReceives"/>.
    /// </remarks>
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_guarding)
        {
            return ReadGuardedAsync(buffer, cancellationToken);
        }

        if (cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromCanceled<int>(cancellationToken);
        }

        var pending = _socket.ReceiveAsync(buffer, SocketFlags.None, CancellationToken.None);
        if (pending.IsCompletedSuccessfully)
        {
            var read = pending.Result;
            CountReceived(read);
            return ValueTask.FromResult(read);
        }

        return AwaitReadAsync(pending, cancellationToken);
    }

    /// <summary>
    /// The WebSocket's reads (<see cref="GuardClientFrames"/>): the token goes to the socket (the WebSocket aborts on a
    /// cancelled receive), the bytes are counted and inspected, and a <see cref="SocketException"/> is wrapped, in one
    /// continuation.
    /// </summary>
    private ValueTask<int> ReadGuardedAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        if (_frames.IsPoisoned)
        {
            return ValueTask.FromResult(_frames.DrainPoison(buffer.Span));
        }

        if (buffer.IsEmpty)
        {
            // A zero-byte read: the WebSocket's wait for the next frame when its caller waits without a buffer (the
            // session's first read of each message). No byte to inspect or count, so the socket's own receive is the
            // read: an idle connection's wait holds no async frame of ours. A socket error then reaches the WebSocket
            // as the SocketException itself, not wrapped in an IOException.
            return _socket.ReceiveAsync(buffer, SocketFlags.None, cancellationToken);
        }

        var pending = _socket.ReceiveAsync(buffer, SocketFlags.None, cancellationToken);
        if (pending.IsCompletedSuccessfully)
        {
            var read = pending.Result;
            CountReceived(read);
            return ValueTask.FromResult(_frames.Inspect(buffer.Span, read));
        }

        return AwaitGuardedAsync(pending, buffer);
    }

    // Every guarded read that waits comes through here (a message's frames, each client's close): the pooling builder
    // reuses the suspended state machine's box instead of allocating one per wait.
    [System.Runtime.CompilerServices.AsyncMethodBuilder(typeof(System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<int> AwaitGuardedAsync(ValueTask<int> pending, Memory<byte> buffer)
    {
        int read;
        try
        {
            read = await pending.ConfigureAwait(false);
        }
        catch (SocketException ex)
        {
            throw Failure(ex);
        }

        CountReceived(read);
        return _frames.Inspect(buffer.Span, read);
    }

    private void CountReceived(int read)
    {
        if (read > 0)
        {
            _metrics.BytesReceived(read);
        }
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            var sent = _socket.Send(buffer, SocketFlags.None, out var error);
            if (error == SocketError.Success)
            {
                _metrics.BytesSent(sent);
                buffer = buffer[sent..];
            }
            else if (error == SocketError.WouldBlock)
            {
                _socket.Poll(-1, SelectMode.SelectWrite);
            }
            else
            {
                throw Failure(new SocketException((int)error));
            }
        }
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromCanceled(cancellationToken);
        }

        var rest = buffer;
        while (!rest.IsEmpty)
        {
            var sent = _socket.Send(rest.Span, SocketFlags.None, out var error);
            if (error == SocketError.Success)
            {
                _metrics.BytesSent(sent);
                rest = rest[sent..];
            }
            else if (error == SocketError.WouldBlock)
            {
                return SendAsync(rest, cancellationToken);
            }
            else
            {
                return ValueTask.FromException(Failure(new SocketException((int)error)));
            }
        }

        return default;
    }

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken)
        => cancellationToken.IsCancellationRequested ? Task.FromCanceled(cancellationToken) : Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            try
            {
                // As NetworkStream does: end both directions (FIN to the peer), then release the socket.
                _socket.Shutdown(SocketShutdown.Both);
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
            {
                // Already reset or closed.
            }

            _socket.Dispose();
        }

        base.Dispose(disposing);
    }

    private async ValueTask<int> AwaitReadAsync(ValueTask<int> pending, CancellationToken cancellationToken)
    {
        using var cancellation = cancellationToken.UnsafeRegister(static state => EndReceives((Socket)state!), _socket);
        try
        {
            var read = await pending.ConfigureAwait(false);
            CountReceived(read);
            cancellationToken.ThrowIfCancellationRequested(); // an end of stream then is the shutdown below, not the peer's
            return read;
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
        catch (SocketException ex)
        {
            throw Failure(ex);
        }
    }

    /// <summary>
    /// Ends a pending receive for a cancelled read. A shutdown does it where it completes the receive (with end of stream)
    /// and ends the connection with a FIN, as the stream's disposal would; disposing a socket with a pending receive
    /// resets the connection there. On Windows a shutdown does not complete the receive, and closing the socket does
    /// (gracefully).
    /// </summary>
    private static void EndReceives(Socket socket)
    {
        try
        {
            if (OperatingSystem.IsWindows())
            {
                socket.Dispose();
            }
            else
            {
                socket.Shutdown(SocketShutdown.Both);
            }
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            // Already reset or closed: the receive has ended.
        }
    }

    private async ValueTask SendAsync(ReadOnlyMemory<byte> rest, CancellationToken cancellationToken)
    {
        try
        {
            while (!rest.IsEmpty)
            {
                var sent = await _socket.SendAsync(rest, SocketFlags.None, cancellationToken).ConfigureAwait(false);
                _metrics.BytesSent(sent);
                rest = rest[sent..];
            }
        }
        catch (SocketException ex)
        {
            throw Failure(ex);
        }
    }
}
