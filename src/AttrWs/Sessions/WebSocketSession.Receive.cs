using System.Net.WebSockets;
using AttrWs.Sessions;

namespace AttrWs;

public sealed partial class WebSocketSession
{
    // The destination of a receive once a message fills MaxMessageSize: one more payload byte proves it too big, an
    // empty final frame ends it. Its content is never read, so every session may write into the same byte.
    private static readonly byte[] OverflowProbe = new byte[1];

    // The received message's view, reused for every message; created with the first one (a connection that never sends
    // a message does not hold it).
    private WebSocketMessage? _message;
    private byte[]? _receiveBuffer;

    // The message being received (receives never overlap): bytes in _receiveBuffer, and whether its first, zero-byte read was made.
    private int _receiveCount;
    private bool _receiveWaited;

    /// <summary>
    /// The transport's view of the frame being received (the standalone host's frame guard), or null. Set when the
    /// frames' payload lengths are the message's (no permessage-deflate), so a large message's buffer is sized once.
    /// </summary>
    internal IIncomingFrameProgress? IncomingFrames { get; set; }

    /// <summary>
    /// The transport that keeps this connection alive for the host's keep-alive sweep (the standalone host's socket, read
    /// directly by the WebSocket), or null when the WebSocket's own keep-alive timer does (TLS, replayed bytes, ASP.NET Core).
    /// </summary>
    internal IKeepAliveTransport? KeepAlive { get; set; }

    /// <summary>The length of the array holding the current message (0 when none is held): what the guard tests measure.</summary>
    internal int ReceiveBufferCapacity => _receiveBuffer?.Length ?? 0;

    /// <summary>
    /// Receives the next whole message into the session's pooled buffer. Fragmented messages are reassembled.
    /// A message larger than <see cref="WebSocketServerLimits.MaxMessageSize"/> closes the session with 1009
    /// (Message Too Big) as soon as the limit is crossed, before the rest is buffered.
    /// </summary>
    /// <param name="cancellationToken">
    /// Cancels the receive. As with every <see cref="System.Net.WebSockets.WebSocket"/>, cancelling a pending receive aborts the connection.
    /// </param>
    /// <returns>
    /// The message (valid until the next receive), or null when the session is over: the peer closed (the close
    /// handshake is completed for it), the server closed it, or the connection was lost.
    /// </returns>
    public async ValueTask<WebSocketMessage?> ReceiveAsync(CancellationToken cancellationToken = default)
    {
        if (!BeginReceive(cancellationToken, out var receiveToken))
        {
            return null;
        }

        var max = Options.MaxMessageSize;
        while (TryGetReceiveDestination(max, out var destination))
        {
            ValueWebSocketReceiveResult result;
            try
            {
                result = await WebSocket.ReceiveAsync(destination, receiveToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (EndsMessages(ex, cancellationToken))
            {
                return null;
            }

            var step = OnReceived(result, max);
            if (step == ReceiveStep.Message)
            {
                return _message!;
            }

            if (step != ReceiveStep.Receive)
            {
                await EndReceivingAsync(step, max).ConfigureAwait(false);
                return null;
            }
        }

        return null;
    }

    /// <summary>Receives messages until the session is over (see <see cref="ReceiveAsync"/>).</summary>
    /// <param name="cancellationToken">Cancels the loop (and, like any cancelled receive, aborts the connection).</param>
    /// <returns>The messages; each is valid until the loop moves to the next one.</returns>
    /// <remarks>
    /// The same steps as <see cref="ReceiveAsync"/>, awaiting the WebSocket itself: a loop waiting for the next message
    /// is one object (<see cref="MessageReader"/>, its own enumerable, enumerator and pending result), not a suspended
    /// async frame.
    /// </remarks>
    public IAsyncEnumerable<WebSocketMessage> ReadMessagesAsync(CancellationToken cancellationToken = default)
        => new MessageReader(this, cancellationToken);

    /// <summary>What a receive does after a read.</summary>
    private enum ReceiveStep
    {
        /// <summary>Read on: the message is not complete.</summary>
        Receive,

        /// <summary>The message is complete (in <see cref="_message"/>).</summary>
        Message,

        /// <summary>The peer's close frame arrived.</summary>
        CloseFrame,

        /// <summary>The message crossed MaxMessageSize.</summary>
        TooBig,
    }

    /// <summary>
    /// Starts receiving a message: releases the previous message's memory (it is valid until the next receive) and picks
    /// the token handed to the WebSocket. False when the session is over (its own token is already cancelled).
    /// </summary>
    private bool BeginReceive(CancellationToken cancellationToken, out CancellationToken receiveToken)
    {
        ReleaseReceiveBuffer();
        _receiveCount = 0;
        _receiveWaited = false;

        // The session's own lifetime token (what endpoints usually pass) is not handed down: whatever ends the lifetime
        // also ends a pending receive (the session's abort and close, the host's removal and disposal of the socket, the
        // Kestrel host's abort when the request is aborted), and a token passed down is registered twice per receive (by
        // the WebSocket and by the socket), registrations an idle connection would hold.
        receiveToken = cancellationToken;
        if (cancellationToken == Aborted)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                // As a receive cancelled at once would: the connection is aborted unless it is already over.
                if (WebSocket.State is WebSocketState.Open or WebSocketState.CloseSent)
                {
                    WebSocket.Abort();
                }

                return false;
            }

            receiveToken = CancellationToken.None;
        }

        return true;
    }

    /// <summary>
    /// Where the next read goes; false when the WebSocket can no longer receive. The first read of a message is a
    /// zero-byte one: an idle connection waits for its next frame without holding a buffer.
    /// </summary>
    private bool TryGetReceiveDestination(int max, out Memory<byte> destination)
    {
        if (WebSocket.State is not (WebSocketState.Open or WebSocketState.CloseSent))
        {
            destination = default;
            return false;
        }

        var buffer = _receiveBuffer;
        var count = _receiveCount;
        if (buffer is null && count == 0 && !_receiveWaited)
        {
            destination = Memory<byte>.Empty;
            _receiveWaited = true;
        }
        else if (count == max)
        {
            // Never hold more than max bytes (an array of max + 1 would be the next power of two, twice the size).
            destination = OverflowProbe;
        }
        else
        {
            if (buffer is null)
            {
                buffer = _receiveBuffer = MessageBuffers.Rent(Math.Min(Options.ReceiveBufferSize, max));
            }
            else if (count == Math.Min(buffer.Length, max))
            {
                buffer = Grow(buffer, count, NextCapacity(buffer.Length, count, max));
            }

            destination = buffer.AsMemory(count, Math.Min(buffer.Length, max) - count);
        }

        return true;
    }

    /// <summary>Takes in a read's result.</summary>
    private ReceiveStep OnReceived(ValueWebSocketReceiveResult result, int max)
    {
        if (result.MessageType == WebSocketMessageType.Close)
        {
            return ReceiveStep.CloseFrame;
        }

        var count = _receiveCount += result.Count;
        if (count > max)
        {
            return ReceiveStep.TooBig;
        }

        if (!result.EndOfMessage)
        {
            return ReceiveStep.Receive;
        }

        Volatile.Write(ref _lastReceiveTimestamp, Environment.TickCount64);
        Metrics?.MessageReceived();
        var buffer = _receiveBuffer;
        (_message ??= new WebSocketMessage()).Set(result.MessageType, buffer is null ? ReadOnlyMemory<byte>.Empty : buffer.AsMemory(0, count));
        return ReceiveStep.Message;
    }

    /// <summary>
    /// True when a read's exception means the session is over (the messages end): the connection was lost or aborted
    /// (keep-alive timeout, server shutdown, peer reset), or the session itself ended (Aborted), which is not the caller's
    /// cancellation. Then the lifetime is cancelled too.
    /// </summary>
    private bool EndsMessages(Exception exception, CancellationToken cancellationToken)
    {
        var ends = exception is WebSocketException
                   || (exception is OperationCanceledException && (!cancellationToken.IsCancellationRequested || Aborted.IsCancellationRequested));
        if (ends)
        {
            CancelLifetime();
        }

        return ends;
    }

    /// <summary>The end of the messages after the peer's close frame or a message over the limit.</summary>
    private Task EndReceivingAsync(ReceiveStep step, int max)
        => step == ReceiveStep.CloseFrame
            ? OnCloseFrameReceivedAsync()
            : CloseAsync(
                WebSocketCloseStatus.MessageTooBig,
                "message exceeds " + max.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes",
                CancellationToken.None);

    /// <summary>Returns the receive buffer to the pool; the host calls it once the handler has finished.</summary>
    internal void ReleaseReceiveBuffer()
    {
        var buffer = _receiveBuffer;
        _receiveBuffer = null;
        _message?.Set(WebSocketMessageType.Binary, ReadOnlyMemory<byte>.Empty);
        if (buffer is not null)
        {
            MessageBuffers.Return(buffer);
        }
    }

    /// <summary>
    /// The next buffer size once <paramref name="count"/> bytes filled it: what the current frame announces it still
    /// carries when that is known and larger (one array for a whole single-frame message), otherwise double;
    /// never above <paramref name="max"/>.
    /// </summary>
    internal static int NextCapacity(int capacity, int count, int max, long payloadRemaining)
    {
        var announced = count + Math.Clamp(payloadRemaining, 0, max); // a length up to 2^63 cannot overflow the sum
        var next = Math.Max(announced, 2L * capacity);
        return (int)Math.Min(next, max);
    }

    private int NextCapacity(int capacity, int count, int max)
        => NextCapacity(capacity, count, max, IncomingFrames?.PayloadRemaining ?? 0);

    private byte[] Grow(byte[] buffer, int used, int size)
    {
        var bigger = MessageBuffers.Rent(size);
        buffer.AsSpan(0, used).CopyTo(bigger);
        _receiveBuffer = bigger;
        MessageBuffers.Return(buffer);
        return bigger;
    }

    private Task OnCloseFrameReceivedAsync()
    {
        if (WebSocket.State == WebSocketState.CloseReceived)
        {
            // The peer closed first: echo its status (RFC 6455 §5.5.1) after the sends already queued.
            var status = WebSocket.CloseStatus ?? WebSocketCloseStatus.NormalClosure;
            RecordClose(status, WebSocket.CloseStatusDescription);
            return CloseAsync(status == WebSocketCloseStatus.Empty ? WebSocketCloseStatus.NormalClosure : status, null, CancellationToken.None);
        }

        return Task.CompletedTask;
    }
}
