using StackExchange.Redis;

namespace AttrWs.Redis;

public sealed partial class RedisBackplane
{
    private readonly Dictionary<string, long> _lastSequenceByOrigin = new(StringComparer.Ordinal);
    private volatile bool _readingPaused;

    /// <summary>Tests: holds this node's stream reading (a node that has fallen behind) while the writer keeps going.</summary>
    internal bool ReadingPaused
    {
        get => _readingPaused;
        set
        {
            _readingPaused = value;
            _readSignal.Set();
        }
    }

    private async Task WriteLoopAsync(CancellationToken stop)
    {
        var batch = new List<OutgoingEntry>(WriteBatchSize);
        var failing = false;
        var database = _redis!.GetDatabase();
        while (!stop.IsCancellationRequested)
        {
            try
            {
                if (!_buffer.PeekBatch(batch, WriteBatchSize))
                {
                    await _writeSignal.WaitAsync(Options.PollInterval, stop).ConfigureAwait(false);
                    continue;
                }

                var pending = new Task[batch.Count + 1];
                var redisBatch = database.CreateBatch();
                for (var i = 0; i < batch.Count; i++)
                {
                    pending[i] = redisBatch.StreamAddAsync(_streamKey, StreamEntryCodec.Encode(NodeId, batch[i]), maxLength: Options.StreamMaxLength, useApproximateMaxLength: true);
                }

                pending[^1] = redisBatch.PublishAsync(_bellChannel, NodeId);
                redisBatch.Execute();
                await Task.WhenAll(pending).WaitAsync(stop).ConfigureAwait(false);
                _buffer.RemoveThrough(batch[^1].Sequence);
                Interlocked.Add(ref _published, batch.Count);
                _metrics?.Published(batch.Count);
                if (failing)
                {
                    failing = false;
                    var droppedMeanwhile = Interlocked.Exchange(ref _droppedSinceResume, 0);
                    RedisBackplaneLog.PublishResumed(_logger, droppedMeanwhile);
                }
                else
                {
                    Interlocked.Exchange(ref _droppedSinceResume, 0);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (IsRedisFailure(ex))
            {
                // Every retry starts again at the oldest unacknowledged message: entries Redis did take are appended
                // again, and readers skip them by sequence number.
                if (!failing)
                {
                    failing = true;
                    RedisBackplaneLog.PublishFailed(_logger, ex);
                }

                await DelayAsync(Options.RetryInterval, stop).ConfigureAwait(false);
            }
        }
    }

    private async Task ReadLoopAsync(string startId, CancellationToken stop)
    {
        var lastId = (RedisValue)startId;
        var failing = false;
        var database = _redis!.GetDatabase();
        while (!stop.IsCancellationRequested)
        {
            if (_readingPaused)
            {
                await DelayAsync(TimeSpan.FromMilliseconds(20), stop).ConfigureAwait(false);
                continue;
            }

            StreamEntry[] entries;
            try
            {
                entries = await database.StreamReadAsync(_streamKey, lastId, ReadBatchSize).WaitAsync(stop).ConfigureAwait(false);
                failing = false;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (IsRedisFailure(ex))
            {
                if (!failing)
                {
                    failing = true;
                    RedisBackplaneLog.ReadFailed(_logger, ex);
                }

                await DelayAsync(Options.RetryInterval, stop).ConfigureAwait(false);
                continue;
            }

            if (_readingPaused)
            {
                continue; // A read that raced the pause: its entries stay unread (lastId unchanged) until reading resumes.
            }

            if (entries.Length == 0)
            {
                try
                {
                    await _readSignal.WaitAsync(Options.PollInterval, stop).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                continue;
            }

            foreach (var entry in entries)
            {
                lastId = entry.Id;
                Handle(entry);
            }
        }
    }

    private void Handle(StreamEntry entry)
    {
        if (!StreamEntryCodec.TryDecode(entry, out var incoming))
        {
            RedisBackplaneLog.UnreadableEntry(_logger, entry.Id);
            return;
        }

        if (string.Equals(incoming.Origin, NodeId, StringComparison.Ordinal))
        {
            // This node delivered its own sends locally when they were made.
            return;
        }

        if (_lastSequenceByOrigin.TryGetValue(incoming.Origin, out var last))
        {
            if (incoming.Sequence <= last)
            {
                _metrics?.Duplicate();
                return;
            }

            if (incoming.Sequence > last + 1)
            {
                var missing = incoming.Sequence - last - 1;
                Interlocked.Add(ref _lost, missing);
                _metrics?.Lost(missing);
                RedisBackplaneLog.MessagesLost(_logger, missing, incoming.Origin, last + 1, incoming.Sequence - 1);
            }
        }
        else if (_lastSequenceByOrigin.Count >= 4096)
        {
            // Node ids change with every process start: forget the oldest generation rather than grow without bound.
            _lastSequenceByOrigin.Clear();
        }

        _lastSequenceByOrigin[incoming.Origin] = incoming.Sequence;
        Interlocked.Increment(ref _received);
        _metrics?.Received();
        _host!.Deliver(incoming.Message);
    }

    private static async Task DelayAsync(TimeSpan delay, CancellationToken stop)
    {
        try
        {
            await Task.Delay(delay, stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
