using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Threading.Tasks.Sources;

namespace AttrWs;

public sealed partial class WebSocketSession
{
    /// <summary>
    /// <see cref="ReadMessagesAsync"/>'s loop as one object: the enumerable, its first enumerator and the result of a
    /// pending <see cref="MoveNextAsync"/>. It runs the steps of an async iterator over <see cref="BeginReceive"/>,
    /// <see cref="TryGetReceiveDestination"/>, the WebSocket's receive, <see cref="OnReceived"/> and
    /// <see cref="EndReceivingAsync"/>, and continues a receive that had to wait on the WebSocket's awaiter with one
    /// delegate made once; so an idle loop holds this object and that delegate, not an iterator frame and its box.
    /// </summary>
    /// <remarks>
    /// Semantics of the C# async iterator it replaces: the enumerable's token and the enumerator's are combined (a linked
    /// source only when both can be cancelled and differ); the first enumerator is the enumerable itself, later ones are
    /// new readers; an exception that does not end the messages (<see cref="EndsMessages"/>) fails the move and ends the
    /// loop; a finished or disposed loop answers false; disposing while a move is pending is not supported.
    /// </remarks>
    private sealed class MessageReader : IAsyncEnumerable<WebSocketMessage>, IAsyncEnumerator<WebSocketMessage>, IValueTaskSource<bool>
    {
        private readonly WebSocketSession _session;

        // The enumerable's token until the first enumerator is taken, then that enumerator's (combined) token.
        private CancellationToken _token;
        private CancellationTokenSource? _linked;
        private ManualResetValueTaskSourceCore<bool> _promise;
        private ConfiguredValueTaskAwaitable<ValueWebSocketReceiveResult>.ConfiguredValueTaskAwaiter _receive;
        private Action? _continuation;
        private Phase _phase;
        private bool _hasCurrent;
        private bool _tokenFromEnumerator; // the enumerable's token was default; _token is the enumerator's
        private int _enumerated;

        public MessageReader(WebSocketSession session, CancellationToken cancellationToken)
        {
            _session = session;
            _token = cancellationToken;
        }

        private enum Phase : byte
        {
            /// <summary>Next: <see cref="BeginReceive"/> (the first move, or the move after a message).</summary>
            Begin,

            /// <summary>Next: a read of the message being received.</summary>
            Read,

            /// <summary>A read is pending on <see cref="_receive"/>.</summary>
            Receiving,

            /// <summary>The close after the peer's close frame or a message over the limit is pending.</summary>
            Closing,

            /// <summary>The messages are over (or the loop failed or was disposed).</summary>
            Done,
        }

        public WebSocketMessage Current => _hasCurrent ? _session._message! : null!;

        public IAsyncEnumerator<WebSocketMessage> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        {
            var original = _tokenFromEnumerator ? default : _token;
            CancellationToken token;
            CancellationTokenSource? linked = null;
            if (!original.CanBeCanceled)
            {
                token = cancellationToken;
            }
            else if (cancellationToken == original || !cancellationToken.CanBeCanceled)
            {
                token = original;
            }
            else
            {
                linked = CancellationTokenSource.CreateLinkedTokenSource(original, cancellationToken);
                token = linked.Token;
            }

            if (linked is null && Interlocked.Exchange(ref _enumerated, 1) == 0)
            {
                // The first enumerator without a linked source is this object (the usual await foreach).
                _tokenFromEnumerator = !original.CanBeCanceled && token.CanBeCanceled;
                _token = token;
                return this;
            }

            return new MessageReader(_session, token) { _linked = linked, _enumerated = 1 };
        }

        public ValueTask<bool> MoveNextAsync()
        {
            if (_phase == Phase.Done)
            {
                _hasCurrent = false;
                return new(false);
            }

            _promise.Reset();
            var version = _promise.Version;
            _hasCurrent = false;
            bool hasMessage;
            try
            {
                if (!Run(out hasMessage))
                {
                    return new(this, version); // a continuation completes it
                }
            }
            catch (Exception ex)
            {
                _phase = Phase.Done;
                return ValueTask.FromException<bool>(ex);
            }

            _hasCurrent = hasMessage;
            return new(hasMessage);
        }

        public ValueTask DisposeAsync()
        {
            if (_phase is Phase.Receiving or Phase.Closing)
            {
                // As the C# async iterator: disposing a loop while its move is pending is not supported.
                throw new NotSupportedException("The message loop cannot be disposed while a MoveNextAsync is pending.");
            }

            _phase = Phase.Done;
            _hasCurrent = false;
            _linked?.Dispose();
            return default;
        }

        bool IValueTaskSource<bool>.GetResult(short token) => _promise.GetResult(token);

        ValueTaskSourceStatus IValueTaskSource<bool>.GetStatus(short token) => _promise.GetStatus(token);

        void IValueTaskSource<bool>.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags)
            => _promise.OnCompleted(continuation, state, token, flags);

        /// <summary>
        /// Runs the loop from its phase until this move is decided (true: <paramref name="hasMessage"/> says whether a
        /// message is current) or a read or the close waits (false: its continuation completes the move). Once it
        /// returned false, another thread may already run the continuation: the caller touches nothing after it.
        /// </summary>
        private bool Run(out bool hasMessage)
        {
            var session = _session;
            while (true)
            {
                switch (_phase)
                {
                    case Phase.Begin:
                        if (!session.BeginReceive(_token, out _))
                        {
                            return End(out hasMessage);
                        }

                        _phase = Phase.Read;
                        goto case Phase.Read;

                    case Phase.Read:
                        if (!session.TryGetReceiveDestination(session.Options.MaxMessageSize, out var destination))
                        {
                            return End(out hasMessage);
                        }

                        // BeginReceive's token: the session's own lifetime token is not handed down (see there).
                        var receiveToken = _token == session.Aborted ? CancellationToken.None : _token;
                        try
                        {
                            _receive = AwaiterOf(session.WebSocket.ReceiveAsync(destination, receiveToken));
                        }
                        catch (Exception ex) when (session.EndsMessages(ex, _token))
                        {
                            return End(out hasMessage);
                        }

                        if (!_receive.IsCompleted)
                        {
                            _phase = Phase.Receiving;
                            _receive.OnCompleted(_continuation ??= Continue);
                            hasMessage = false;
                            return false;
                        }

                        goto case Phase.Receiving;

                    case Phase.Receiving:
                        ValueWebSocketReceiveResult result;
                        try
                        {
                            var receive = _receive;
                            _receive = default;
                            result = receive.GetResult();
                        }
                        catch (Exception ex) when (session.EndsMessages(ex, _token))
                        {
                            return End(out hasMessage);
                        }

                        var max = session.Options.MaxMessageSize;
                        var step = session.OnReceived(result, max);
                        if (step == ReceiveStep.Receive)
                        {
                            _phase = Phase.Read;
                            continue;
                        }

                        if (step == ReceiveStep.Message)
                        {
                            _phase = Phase.Begin;
                            hasMessage = true;
                            return true;
                        }

                        var closing = session.EndReceivingAsync(step, max);
                        if (!closing.IsCompleted)
                        {
                            _phase = Phase.Closing;
                            _ = EndAfterCloseAsync(closing);
                            hasMessage = false;
                            return false;
                        }

                        closing.GetAwaiter().GetResult(); // its failure fails the move, as an awaited close would
                        return End(out hasMessage);

                    default:
                        return End(out hasMessage);
                }
            }
        }

        /// <summary>The awaiter of a receive, kept in a field across its wait; the receive is consumed once, by it.</summary>
        private static ConfiguredValueTaskAwaitable<ValueWebSocketReceiveResult>.ConfiguredValueTaskAwaiter AwaiterOf(ValueTask<ValueWebSocketReceiveResult> receive)
            => receive.ConfigureAwait(false).GetAwaiter();

        private bool End(out bool hasMessage)
        {
            _phase = Phase.Done;
            hasMessage = false;
            return true;
        }

        /// <summary>A pending receive completed: run on and complete the move unless another wait begins.</summary>
        private void Continue()
        {
            bool hasMessage;
            try
            {
                if (!Run(out hasMessage))
                {
                    return;
                }
            }
            catch (Exception ex)
            {
                _phase = Phase.Done;
                _promise.SetException(ex);
                return;
            }

            _hasCurrent = hasMessage;
            _promise.SetResult(hasMessage);
        }

        /// <summary>The close after the peer's close frame or a message over the limit had to wait (once per loop).</summary>
        private async Task EndAfterCloseAsync(Task closing)
        {
            try
            {
                await closing.ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                _phase = Phase.Done;
                _promise.SetException(ex);
                return;
            }

            _phase = Phase.Done;
            _promise.SetResult(false);
        }
    }
}
