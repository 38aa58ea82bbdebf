using System.Buffers;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;

namespace AttrWs;

public sealed partial class WebSocketSession
{
    private readonly WebSocketMessage _message = new();
    private byte[]? _receiveBuffer;

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
            else
            {
                buffer ??= _receiveBuffer = ArrayPool<byte>.Shared.Rent(Math.Min(Options.ReceiveBufferSize, max + 1));

                // Never hold more than max + 1 bytes: one byte past the limit proves the message is too big.
                var usable = Math.Min(buffer.Length, max + 1);
                if (count == usable)
                {
                    buffer = Grow(buffer, count, Math.Min((long)buffer.Length * 2, max + 1L));
                    usable = Math.Min(buffer.Length, max + 1);
                }

                destination = buffer.AsMemory(count, usable - count);
            }

            ValueWebSocketReceiveResult result;
            try
            {
                result = await WebSocket.ReceiveAsync(destination, cancellationToken).ConfigureAwait(false);
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
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private byte[] Grow(byte[] buffer, int used, long size)
    {
        var bigger = ArrayPool<byte>.Shared.Rent((int)size);
        buffer.AsSpan(0, used).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(buffer);
        _receiveBuffer = bigger;
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
