using System.Net.Sockets;
using AttrWs.Diagnostics;
using AttrWs.Sessions;

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
/// Once the WebSocket reads it directly it is also the connection's keep-alive (<see cref="Beat"/>, driven by the host's one
/// sweep): a keep-alive frame is written whole between two of the WebSocket's frames, which the WebSocket writes one per
/// <see cref="WriteAsync(ReadOnlyMemory{byte}, CancellationToken)"/> call.
/// </remarks>
internal sealed class SocketStream : Stream, IIncomingFrameProgress, IKeepAliveTransport
{
    private readonly Socket _socket;
    private readonly AttrWsMetrics _metrics;

    // The client-frame rules (ClientFrameGuardStream's), once the WebSocket reads this stream directly.
    private ClientFrameInspector _frames = ClientFrameInspector.Create();
    private bool _guarding;

    // Keep-alive (Beat). Writes hold _writing: the WebSocket's frames (serialized by the WebSocket) and the sweep's
    // keep-alive frames, which never wait for it (a busy wire sends the ping at a later beat).
    private int _writing;
    private int _receivedSinceBeat; // 1 when bytes came in since the last beat
    private bool _closeSent; // the WebSocket's close frame is written or being written: no keep-alive frame after it
    private bool _pingOwed; // a ping is due (its deadline runs) but the wire was busy
    private bool _timedOut; // reported dead once: the sweep aborts the session, later beats do nothing
    private int _disposed;
    private long _quietSince; // when the sweep last saw bytes come in, or the session began
    private long _pongDeadline; // 0 unless a ping waits for its pong

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
    public void GuardClientFrames()
    {
        _quietSince = Environment.TickCount64;
        _guarding = true;
    }

    /// <inheritdoc/>
    public KeepAliveBeat Beat(long now, long intervalMs, long timeoutMs)
    {
        if (Interlocked.Exchange(ref _receivedSinceBeat, 0) != 0)
        {
            _quietSince = now;
        }

        if (_timedOut || Volatile.Read(ref _closeSent))
        {
            return KeepAliveBeat.None; // reported once; or nothing may follow the close frame
        }

        if (_pongDeadline == 0)
        {
            if (now - _quietSince < intervalMs)
            {
                return KeepAliveBeat.None;
            }

            if (timeoutMs < 0)
            {
                // Unsolicited pongs: a one-way heartbeat, nothing to wait for; a busy wire is traffic enough.
                var pong = Outcome(SendControl(Pong));
                if (pong == KeepAliveBeat.Sent)
                {
                    _quietSince = now;
                }

                return pong;
            }

            // A ping is due. Its deadline runs from now, as the BCL WebSocket's does (its ping waits behind a send too),
            // and only a pong after it answers it.
            Interlocked.Exchange(ref _frames.PongSeen, 0);
            _pongDeadline = Math.Max(1, now + timeoutMs);
            _pingOwed = true;
        }
        else if (Interlocked.Exchange(ref _frames.PongSeen, 0) != 0)
        {
            _pongDeadline = 0;
            _pingOwed = false;
            return KeepAliveBeat.None;
        }
        else if (now >= _pongDeadline)
        {
            return Outcome(ControlSend.Broken);
        }

        if (!_pingOwed)
        {
            return KeepAliveBeat.None;
        }

        // Sent now, or owed to a later beat while the wire is busy.
        var ping = Outcome(SendControl(Ping));
        if (ping == KeepAliveBeat.Sent)
        {
            _pingOwed = false;
        }

        return ping;

        KeepAliveBeat Outcome(ControlSend send)
        {
            if (send == ControlSend.Broken)
            {
                _timedOut = true; // reported once
                return KeepAliveBeat.TimedOut;
            }

            return send == ControlSend.Sent ? KeepAliveBeat.Sent : KeepAliveBeat.None;
        }
    }

    // A keep-alive frame: FIN and the opcode, an empty unmasked payload (server frames are not masked).
    private const byte Ping = 0x89;
    private const byte Pong = 0x8A;

    private enum ControlSend
    {
        /// <summary>The wire is busy (a frame is being written, or the send buffer is full): not sent.</summary>
        Busy,

        /// <summary>Written whole.</summary>
        Sent,

        /// <summary>Only part of it fit and the rest did not within a second (or no pong came): the connection is dead.</summary>
        Broken,
    }

    /// <summary>
    /// Writes a two-byte keep-alive frame when no other frame is being written, without waiting: a non-blocking send
    /// either takes it or reports a full send buffer (the peer is not reading; the ping is owed).
    /// </summary>
    private ControlSend SendControl(byte first)
    {
        if (Interlocked.CompareExchange(ref _writing, 1, 0) != 0)
        {
            return ControlSend.Busy;
        }

        try
        {
            if (Volatile.Read(ref _closeSent))
            {
                return ControlSend.Busy;
            }

            ReadOnlySpan<byte> frame = [first, 0];
            var sent = _socket.Send(frame, SocketFlags.None, out var error);
            if (error != SocketError.Success || sent == 0)
            {
                // A full send buffer, or a failing connection (its receive reports that).
                return ControlSend.Busy;
            }

            _metrics.BytesSent(sent);
            if (sent == frame.Length)
            {
                return ControlSend.Sent;
            }

            // Half a frame is on the wire: nothing else may be written before its other byte. Wait for room, bounded.
            if (_socket.Poll(1_000_000, SelectMode.SelectWrite)
                && _socket.Send(frame[sent..], SocketFlags.None, out error) == frame.Length - sent && error == SocketError.Success)
            {
                _metrics.BytesSent(frame.Length - sent);
                return ControlSend.Sent;
            }

            return ControlSend.Broken;
        }
        catch (Exception ex) when (ex is ObjectDisposedException or SocketException)
        {
            return ControlSend.Busy; // the connection is closing
        }
        finally
        {
            Volatile.Write(ref _writing, 0);
        }
    }

    /// <summary>
    /// Takes the wire for one of the WebSocket's frames. Only a keep-alive frame can hold it, for one non-blocking send,
    /// so the wait is a short spin. A close frame (the first byte's opcode 8) ends the keep-alive frames.
    /// </summary>
    private void EnterWrite(ReadOnlySpan<byte> frame)
    {
        if (Interlocked.CompareExchange(ref _writing, 1, 0) != 0)
        {
            var spinner = default(SpinWait);
            do
            {
                spinner.SpinOnce();
            }
            while (Interlocked.CompareExchange(ref _writing, 1, 0) != 0);
        }

        if (_guarding && !frame.IsEmpty && (frame[0] & 0x0F) == 0x08)
        {
            Volatile.Write(ref _closeSent, true);
        }
    }

    private void ExitWrite() => Volatile.Write(ref _writing, 0);

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
                return _guarding ? InspectReceived(buffer, read) : read;
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
            return ValueTask.FromResult(InspectReceived(buffer.Span, read));
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
        return InspectReceived(buffer.Span, read);
    }

    /// <summary>A guarded read's bytes: the client-frame rules, and the keep-alive learns the peer is there.</summary>
    private int InspectReceived(Span<byte> buffer, int read)
    {
        if (read > 0)
        {
            Volatile.Write(ref _receivedSinceBeat, 1);
        }

        return _frames.Inspect(buffer, read);
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
        EnterWrite(buffer);
        try
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
        finally
        {
            ExitWrite();
        }
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromCanceled(cancellationToken);
        }

        EnterWrite(buffer.Span);
        var rest = buffer;
        var handedOff = false;
        try
        {
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
                    handedOff = true; // SendAsync leaves the wire when it completes
                    return SendAsync(rest, cancellationToken);
                }
                else
                {
                    return ValueTask.FromException(Failure(new SocketException((int)error)));
                }
            }

            return default;
        }
        finally
        {
            if (!handedOff)
            {
                ExitWrite();
            }
        }
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

    /// <remarks>
    /// Once only: the WebSocket disposes its stream when it is disposed or aborted, and the connection's own method
    /// disposes it again at the end. A second shutdown of the disposed socket would throw (and catch) an
    /// <see cref="ObjectDisposedException"/> on every connection's end.
    /// </remarks>
    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _disposed, 1) == 0)
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
        finally
        {
            ExitWrite();
        }
    }
}
