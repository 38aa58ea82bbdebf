using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Channels;
using AttrWs.Sessions;

namespace AttrWs;

// Backpressure policy: every send (and the close frame) goes through one FIFO queue drained by a single writer task,
// so concurrent callers are serialized and messages keep their order. A send that would make more than
// Options.SendQueueLimit sends pending (queued or in flight) fails at once, queued sends are dropped, and the session
// is closed with 1008 "send queue full"; if the close frame cannot be written within Options.CloseTimeout (a peer
// that stopped reading), the connection is aborted. A slow consumer thus costs bounded memory and never blocks the
// senders of other sessions.
public sealed partial class WebSocketSession
{
    /// <summary>
    /// The largest payload written as one frame: with the framing code's 14-byte header allowance the frame's copy fits
    /// a 64 KiB pooled array. Larger messages are written as fragments by the send loop (<see cref="WriteMessageAsync"/>).
    /// </summary>
    internal const int MaxFramePayload = (64 * 1024) - 16;

    private const string SendQueueFullReason = "send queue full";
    private int _pendingSends;
    private volatile bool _dropQueuedSends;

    // What only a closing session or one whose sends had to queue holds (close status, send queue, close completion, the
    // gate between them): made by the first close request or queued send, so an open, idle session holds none of it.
    private SendAndCloseState? _sendAndClose;

    /// <summary>The session's send queue and close, once either is needed; the object is also the gate between them.</summary>
    private sealed class SendAndCloseState
    {
        public WebSocketCloseStatus? CloseStatus;
        public string? CloseStatusDescription;
        public Channel<OutgoingFrame>? SendQueue;
        public TaskCompletionSource? CloseCompletion;
        public bool ClosePerformed; // under lock (this)
    }

    private TaskCompletionSource? CloseCompletion => Volatile.Read(ref _sendAndClose)?.CloseCompletion;

    /// <summary>The send-and-close state, made once (thread-safely) by whoever needs it first.</summary>
    private SendAndCloseState SendAndClose
        => Volatile.Read(ref _sendAndClose) ?? Interlocked.CompareExchange(ref _sendAndClose, new SendAndCloseState(), null) ?? _sendAndClose!;

    /// <summary>Sends a text message (UTF-8 encoded into a pooled buffer).</summary>
    /// <param name="text">The message.</param>
    /// <param name="cancellationToken">Skips the send if cancelled before it is written; a send being written is never torn.</param>
    /// <returns>Completes when the message was handed to the transport.</returns>
    /// <exception cref="WebSocketException">The session is closing or closed, or its send queue is full (the session is then closed with 1008).</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters",
        Justification = "The overloads differ in their first, required parameter (string or UTF-8 memory); the optional token is last in both, as on WebSocket.SendAsync.")]
    public ValueTask SendTextAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Short strings: the worst-case size, no extra pass; long ones: the exact size (the worst case is 3 bytes a char).
        var rented = MessageBuffers.Rent(text.Length <= 1024 ? Encoding.UTF8.GetMaxByteCount(text.Length) : Encoding.UTF8.GetByteCount(text));
        var length = Encoding.UTF8.GetBytes(text, rented);
        return EnqueueAsync(rented.AsMemory(0, length), WebSocketMessageType.Text, rented, cancellationToken);
    }

    /// <summary>Sends a text message that is already UTF-8. The memory must stay unchanged until the returned task completes.</summary>
    /// <param name="utf8">The UTF-8 payload.</param>
    /// <param name="cancellationToken">Skips the send if cancelled before it is written.</param>
    /// <returns>Completes when the message was handed to the transport.</returns>
    /// <exception cref="WebSocketException">The session is closing or closed, or its send queue is full.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters",
        Justification = "The overloads differ in their first, required parameter (string or UTF-8 memory); the optional token is last in both, as on WebSocket.SendAsync.")]
    public ValueTask SendTextAsync(ReadOnlyMemory<byte> utf8, CancellationToken cancellationToken = default)
        => EnqueueAsync(utf8, WebSocketMessageType.Text, null, cancellationToken);

    /// <summary>Sends a binary message. The memory must stay unchanged until the returned task completes.</summary>
    /// <param name="data">The payload.</param>
    /// <param name="cancellationToken">Skips the send if cancelled before it is written.</param>
    /// <returns>Completes when the message was handed to the transport.</returns>
    /// <exception cref="WebSocketException">The session is closing or closed, or its send queue is full.</exception>
    public ValueTask SendBinaryAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
        => EnqueueAsync(data, WebSocketMessageType.Binary, null, cancellationToken);

    /// <summary>
    /// Closes the session: the close frame is queued after the sends already queued, then the session waits for the
    /// peer's close frame (at most <see cref="WebSocketServerLimits.CloseTimeout"/>, then the connection is aborted).
    /// Calling it again, or after the peer closed, joins the close already under way.
    /// </summary>
    /// <param name="status">The close status, e.g. <see cref="WebSocketCloseStatus.NormalClosure"/>.</param>
    /// <param name="reason">An optional reason (at most 123 UTF-8 bytes).</param>
    /// <param name="cancellationToken">Stops waiting (the close itself continues).</param>
    /// <returns>Completes when the close handshake is over or the connection was aborted.</returns>
    public Task CloseAsync(WebSocketCloseStatus status, string? reason = null, CancellationToken cancellationToken = default)
    {
        if (reason is not null && Encoding.UTF8.GetByteCount(reason) > 123)
        {
            throw new ArgumentException("A close reason must fit in 123 UTF-8 bytes (RFC 6455 §5.5).", nameof(reason));
        }

        var closing = RequestClose(status, reason);
        return cancellationToken.CanBeCanceled ? closing.WaitAsync(cancellationToken) : closing;
    }

    /// <summary>Queues a message without waiting for it (broadcasts). False when the session cannot take it.</summary>
    internal bool TryEnqueue(ReadOnlyMemory<byte> data, WebSocketMessageType type)
    {
        try
        {
            var pending = EnqueueAsync(data, type, null, default, awaitable: false);
            return pending.IsCompletedSuccessfully;
        }
        catch (WebSocketException)
        {
            return false;
        }
    }

    /// <summary>True once a close was requested or the connection is no longer open.</summary>
    internal bool IsClosing => CloseCompletion is not null || WebSocket.State != WebSocketState.Open;

    private ValueTask EnqueueAsync(ReadOnlyMemory<byte> data, WebSocketMessageType type, byte[]? rented, CancellationToken cancellationToken, bool awaitable = true)
    {
        if (CloseCompletion is not null || _dropQueuedSends || WebSocket.State != WebSocketState.Open)
        {
            ReturnRented(rented);
            throw ClosedException();
        }

        var pending = Interlocked.Increment(ref _pendingSends);
        if (pending > Options.SendQueueLimit)
        {
            Interlocked.Decrement(ref _pendingSends);
            ReturnRented(rented);
            OnSendQueueFull();
            throw new WebSocketException(
                WebSocketError.InvalidState,
                "The session's send queue is full (SendQueueLimit " + Options.SendQueueLimit.ToString(System.Globalization.CultureInfo.InvariantCulture) +
                "): the peer is not reading fast enough, so the session is being closed with 1008.");
        }

        if (pending == 1 && awaitable && data.Length <= MaxFramePayload)
        {
            // Nothing queued and nothing being written: write on the caller's own flow instead of handing the message
            // to the send loop and back (two thread-pool hops and two allocations per message). WebSocket.SendAsync
            // takes its send lock synchronously, so a message queued after this call still goes out after it.
            return SendDirectAsync(data, type, rented, cancellationToken);
        }

        var frame = new OutgoingFrame
        {
            Data = data,
            Type = type,
            Rented = rented,
            Cancellation = cancellationToken,
            Completion = awaitable ? new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) : null,
        };

        if (!EnsureSendQueue().Writer.TryWrite(frame))
        {
            Interlocked.Decrement(ref _pendingSends);
            frame.Discard();
            throw ClosedException();
        }

        return frame.Completion is { } completion ? new ValueTask(completion.Task) : ValueTask.CompletedTask;
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask SendDirectAsync(ReadOnlyMemory<byte> data, WebSocketMessageType type, byte[]? rented, CancellationToken cancellationToken)
    {
        try
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Never pass the token here: cancelling a WebSocket send aborts the whole connection.
            await WebSocket.SendAsync(data, type, endOfMessage: true, CancellationToken.None).ConfigureAwait(false);
            Metrics?.MessageSent();
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException)
        {
            _dropQueuedSends = true;
            throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely, "The connection was lost while sending.", ex);
        }
        finally
        {
            Interlocked.Decrement(ref _pendingSends);
            ReturnRented(rented);
        }
    }

    private static void ReturnRented(byte[]? rented)
    {
        if (rented is not null)
        {
            MessageBuffers.Return(rented);
        }
    }

    /// <summary>
    /// Writes one message from the send loop. The framing code copies each frame into a pooled array of its size
    /// (header + payload), so a message above <see cref="MaxFramePayload"/> goes out as fragments of that size: a
    /// 16 MiB echo otherwise held a second, 32 MiB array (RFC 6455 §5.4 lets any intermediary fragment this way; only
    /// control frames may come between the fragments, and only the send loop writes messages that are fragmented).
    /// </summary>
    private async ValueTask WriteMessageAsync(ReadOnlyMemory<byte> data, WebSocketMessageType type)
    {
        // Never pass a token here: cancelling a WebSocket send aborts the whole connection.
        while (data.Length > MaxFramePayload)
        {
            await WebSocket.SendAsync(data[..MaxFramePayload], type, endOfMessage: false, CancellationToken.None).ConfigureAwait(false);
            data = data[MaxFramePayload..];
        }

        await WebSocket.SendAsync(data, type, endOfMessage: true, CancellationToken.None).ConfigureAwait(false);
    }

    private Task RequestClose(WebSocketCloseStatus status, string? reason)
    {
        var completion = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var state = SendAndClose;
        var existing = Interlocked.CompareExchange(ref state.CloseCompletion, completion, null);
        if (existing is not null)
        {
            return existing.Task;
        }

        var frame = new OutgoingFrame { IsClose = true, CloseStatus = status, CloseReason = reason };
        bool inline;
        lock (state)
        {
            // Nothing queued and nothing being written (the common case: the peer closed, or the handler returned):
            // close on the caller's own flow, as a direct send does, instead of starting the send loop for one frame
            // (a channel, a loop task and two thread-pool hops per connection). A send that starts now sees the close
            // requested above and fails; one already past that check is serialized with the close frame by the
            // WebSocket's send lock and fails once the close frame is out.
            inline = state.SendQueue is null && Volatile.Read(ref _pendingSends) == 0;
        }

        if (inline)
        {
            return PerformCloseAsync(frame);
        }

        // The close frame bypasses SendQueueLimit: closing must always be possible.
        if (!EnsureSendQueue().Writer.TryWrite(frame))
        {
            completion.TrySetResult();
        }

        return completion.Task;
    }

    private void OnSendQueueFull()
    {
        _dropQueuedSends = true;
        Metrics?.SendQueueFull();
        var closing = RequestClose(WebSocketCloseStatus.PolicyViolation, SendQueueFullReason);

        // A peer that stopped reading never lets the close frame out: give it CloseTimeout, then abort.
        _ = AbortIfNotClosedAsync(closing, Options.CloseTimeout);
    }

    private async Task AbortIfNotClosedAsync(Task closing, TimeSpan timeout)
    {
        try
        {
            await closing.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            RecordClose(WebSocketCloseStatus.PolicyViolation, SendQueueFullReason);
            Abort();
        }
    }

    private Channel<OutgoingFrame> EnsureSendQueue()
    {
        var state = SendAndClose;
        if (state.SendQueue is { } queue)
        {
            return queue;
        }

        lock (state)
        {
            if (state.SendQueue is null)
            {
                var created = Channel.CreateUnbounded<OutgoingFrame>(new UnboundedChannelOptions { SingleReader = true });
                if (state.ClosePerformed)
                {
                    // The close frame already went out on the closing flow: nothing can be queued after it.
                    created.Writer.TryComplete();
                }

                _ = RunSendLoopAsync(created.Reader);
                state.SendQueue = created;
            }

            return state.SendQueue;
        }
    }

    private async Task RunSendLoopAsync(ChannelReader<OutgoingFrame> reader)
    {
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (reader.TryRead(out var frame))
            {
                if (frame.IsClose)
                {
                    await PerformCloseAsync(frame).ConfigureAwait(false);
                    continue;
                }

                try
                {
                    if (_dropQueuedSends || WebSocket.State != WebSocketState.Open)
                    {
                        frame.Fail(ClosedException());
                    }
                    else if (frame.Cancellation.IsCancellationRequested)
                    {
                        frame.Cancel();
                    }
                    else
                    {
                        await WriteMessageAsync(frame.Data, frame.Type).ConfigureAwait(false);
                        Metrics?.MessageSent();
                        frame.Succeed();
                    }
                }
                catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
                {
                    _dropQueuedSends = true;
                    frame.Fail(new WebSocketException(WebSocketError.ConnectionClosedPrematurely, "The connection was lost while sending.", ex));
                }
                finally
                {
                    Interlocked.Decrement(ref _pendingSends);
                }
            }
        }
    }

    private async Task PerformCloseAsync(OutgoingFrame frame)
    {
        var state = WebSocket.State;
        if (state is WebSocketState.Open or WebSocketState.CloseReceived or WebSocketState.CloseSent)
        {
            if (state == WebSocketState.Open)
            {
                RecordClose(frame.CloseStatus, frame.CloseReason);
            }

            using var timeout = new CancellationTokenSource(Options.CloseTimeout);
            try
            {
                // CloseAsync also drains incoming frames until the peer's close (sharing the receive lock with a
                // handler that is receiving at the same time).
                await WebSocket.CloseAsync(frame.CloseStatus, frame.CloseReason, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
            {
                WebSocket.Abort();
            }
        }

        var closed = SendAndClose;
        lock (closed)
        {
            _dropQueuedSends = true;
            closed.ClosePerformed = true;
            closed.SendQueue?.Writer.TryComplete();
        }

        CancelLifetime();
        closed.CloseCompletion?.TrySetResult();
    }

    private void FailPendingSends()
    {
        _dropQueuedSends = true;
        var state = Volatile.Read(ref _sendAndClose);
        state?.CloseCompletion?.TrySetResult();
        state?.SendQueue?.Writer.TryComplete();
    }

    private static WebSocketException ClosedException()
        => new(WebSocketError.InvalidState, "The session is closing or closed: no more messages can be sent.");
}
