using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using AttrWs.Sessions;

namespace AttrWs;

public sealed partial class WebSocketSession
{
    // The destination of a receive once a message fills MaxMessageSize: one more payload byte proves it too big, an
    // empty final frame ends it. Its content is never read, so every session may write into the same byte.
    private static readonly byte[] OverflowProbe = new byte[1];

    private readonly WebSocketMessage _message = new();
    private byte[]? _receiveBuffer;

    /// <summary>
    /// The transport's view of the frame being received (the standalone host's frame guard), or null. Set when the
    /// frames' payload lengths are the message's (no permessage-deflate), so a large message's buffer is sized once.
    /// </summary>
    internal IIncomingFrameProgress? IncomingFrames { get; set; }

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
        var max = Options.MaxMessageSize;

        // The previous message's memory is released here (it is valid until the next receive), and the first read
        // of a message is a zero-byte one: an idle connection waits for its next frame without holding a buffer.
        ReleaseReceiveBuffer();

        // The session's own lifetime token (what endpoints usually pass) is not handed down: whatever ends the lifetime
        // also ends a pending receive (the session's abort and close, the host's removal and disposal of the socket, the
        // Kestrel host's abort when the request is aborted), and a token passed down is registered twice per receive (by
        // the WebSocket and by the socket), registrations an idle connection would hold.
        var receiveToken = cancellationToken;
        if (cancellationToken == Aborted)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                // As a receive cancelled at once would: the connection is aborted unless it is already over.
                if (WebSocket.State is WebSocketState.Open or WebSocketState.CloseSent)
                {
                    WebSocket.Abort();
                }

                return null;
            }

            receiveToken = CancellationToken.None;
        }

        byte[]? buffer = null;
        var count = 0;
        var destinationWasEmpty = false;
        while (true)
        {
            if (WebSocket.State is not (WebSocketState.Open or WebSocketState.CloseSent))
            {
                return null;
            }

            Memory<byte> destination;
            if (buffer is null && count == 0 && !destinationWasEmpty)
            {
                destination = Memory<byte>.Empty;
                destinationWasEmpty = true;
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

            ValueWebSocketReceiveResult result;
            try
            {
                result = await WebSocket.ReceiveAsync(destination, receiveToken).ConfigureAwait(false);
            }
            catch (WebSocketException)
            {
                // The connection was lost or aborted (keep-alive timeout, server shutdown, peer reset).
                CancelLifetime();
                return null;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested || Aborted.IsCancellationRequested)
            {
                // The session itself ended (Aborted): that is the end of the messages, not the caller's cancellation.
                CancelLifetime();
                return null;
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                await OnCloseFrameReceivedAsync().ConfigureAwait(false);
                return null;
            }

            count += result.Count;
            if (count > max)
            {
                await CloseAsync(
                    WebSocketCloseStatus.MessageTooBig,
                    "message exceeds " + max.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes",
                    CancellationToken.None).ConfigureAwait(false);
                return null;
            }

            if (result.EndOfMessage)
            {
                Volatile.Write(ref _lastReceiveTimestamp, Environment.TickCount64);
                Metrics?.MessageReceived();
                _message.Set(result.MessageType, buffer is null ? ReadOnlyMemory<byte>.Empty : buffer.AsMemory(0, count));
                return _message;
            }
        }
    }

    /// <summary>Receives messages until the session is over (see <see cref="ReceiveAsync"/>).</summary>
    /// <param name="cancellationToken">Cancels the loop (and, like any cancelled receive, aborts the connection).</param>
    /// <returns>The messages; each is valid until the loop moves to the next one.</returns>
    public async IAsyncEnumerable<WebSocketMessage> ReadMessagesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (await ReceiveAsync(cancellationToken).ConfigureAwait(false) is { } message)
        {
            yield return message;
        }
    }

    /// <summary>Returns the receive buffer to the pool; the host calls it once the handler has finished.</summary>
    internal void ReleaseReceiveBuffer()
    {
        var buffer = _receiveBuffer;
        _receiveBuffer = null;
        _message.Set(WebSocketMessageType.Binary, ReadOnlyMemory<byte>.Empty);
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
