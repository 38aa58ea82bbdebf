namespace AttrWs.Redis;

/// <summary>One outgoing message with its per-node sequence number (the de-duplication id on the other nodes).</summary>
internal readonly record struct OutgoingEntry(long Sequence, WebSocketBackplaneMessage Message);

/// <summary>
/// The node's outgoing messages not yet acknowledged by Redis, oldest first, within a bound: adding to a full buffer
/// drops the oldest. Sequence numbers are given out under the same lock, so buffer order is sequence order.
/// </summary>
internal sealed class OutgoingBuffer(int capacity)
{
    private readonly Queue<OutgoingEntry> _queue = new();
    private readonly Lock _gate = new();
    private int _capacity = Math.Max(1, capacity);
    private long _lastSequence;

    /// <summary>The bound (at least 1); lowering it below <see cref="Count"/> drops the oldest at the next add.</summary>
    public int Capacity
    {
        get => Volatile.Read(ref _capacity);
        set => Volatile.Write(ref _capacity, Math.Max(1, value));
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _queue.Count;
            }
        }
    }

    /// <summary>Appends a message; returns the number of oldest entries dropped to make room (0 or 1, more after the capacity was lowered).</summary>
    public int Add(WebSocketBackplaneMessage message)
    {
        lock (_gate)
        {
            var dropped = 0;
            while (_queue.Count >= _capacity)
            {
                _queue.Dequeue();
                dropped++;
            }

            _queue.Enqueue(new OutgoingEntry(++_lastSequence, message));
            return dropped;
        }
    }

    /// <summary>Copies up to <paramref name="max"/> of the oldest entries into <paramref name="batch"/> (cleared first).</summary>
    public bool PeekBatch(List<OutgoingEntry> batch, int max)
    {
        batch.Clear();
        lock (_gate)
        {
            foreach (var entry in _queue)
            {
                if (batch.Count == max)
                {
                    break;
                }

                batch.Add(entry);
            }
        }

        return batch.Count > 0;
    }

    /// <summary>Removes every entry up to and including <paramref name="sequence"/> (Redis acknowledged them).</summary>
    public void RemoveThrough(long sequence)
    {
        lock (_gate)
        {
            while (_queue.Count > 0 && _queue.Peek().Sequence <= sequence)
            {
                _queue.Dequeue();
            }
        }
    }
}
