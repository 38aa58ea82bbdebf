namespace AttrWs.PerfHarness.Scale;

/// <summary>What one client process's connections saw, counted across them (thread-safe).</summary>
internal sealed class ScaleTally
{
    private long _received;
    private long _corrupted;
    private long _duplicated;
    private long _dropped;
    private long _pings;
    private long _firstReceipt = long.MaxValue;
    private long _lastReceipt;
    private int _reasonsPrinted;

    /// <summary>Connections that received one intact copy of the broadcast.</summary>
    public long ReceivedCount => Interlocked.Read(ref _received);

    /// <summary>Connections the server ended so far.</summary>
    public long DroppedCount => Interlocked.Read(ref _dropped);

    public void Received(long timestamp)
    {
        Interlocked.Increment(ref _received);
        long seen;
        while (timestamp < (seen = Interlocked.Read(ref _firstReceipt)) && Interlocked.CompareExchange(ref _firstReceipt, timestamp, seen) != seen)
        {
        }

        while (timestamp > (seen = Interlocked.Read(ref _lastReceipt)) && Interlocked.CompareExchange(ref _lastReceipt, timestamp, seen) != seen)
        {
        }
    }

    public void Duplicated() => Interlocked.Increment(ref _duplicated);

    public void PingAnswered() => Interlocked.Increment(ref _pings);

    public void Corrupted(string reason)
    {
        Interlocked.Increment(ref _corrupted);
        Explain("corrupted", reason);
    }

    public void Dropped(string reason)
    {
        Interlocked.Increment(ref _dropped);
        Explain("dropped", reason);
    }

    /// <summary>The client's report once the broadcast has been waited for.</summary>
    public ScaleClientReport Report(int index, int port, long opened, long failed, long retries, double connectSeconds) => new(
        index, port, opened, failed, retries, connectSeconds, ReceivedCount, Interlocked.Read(ref _corrupted), Interlocked.Read(ref _duplicated),
        Interlocked.Read(ref _dropped), Interlocked.Read(ref _pings),
        Interlocked.Read(ref _firstReceipt) == long.MaxValue ? 0 : Interlocked.Read(ref _firstReceipt), Interlocked.Read(ref _lastReceipt));

    // The first few reasons go to stderr, so a count in the report can be explained.
    private void Explain(string what, string reason)
    {
        if (Interlocked.Increment(ref _reasonsPrinted) <= 5)
        {
            Console.Error.WriteLine($"   [scale-client] {what}: {reason}");
        }
    }
}

/// <summary>One client process's figures (the <c>DONE</c> line, JSON).</summary>
/// <param name="Index">The client's index (its source addresses are 127.(10 + index).x.y).</param>
/// <param name="Port">The node it connected to.</param>
/// <param name="Opened">Connections open (101 with the right accept value).</param>
/// <param name="Failed">Connections that could not be opened after every retry.</param>
/// <param name="Retries">Connection attempts repeated.</param>
/// <param name="ConnectSeconds">Time to open them all.</param>
/// <param name="Received">Connections that received one intact copy of the broadcast.</param>
/// <param name="Corrupted">Copies with a wrong checksum or number, or bad frames.</param>
/// <param name="Duplicated">Copies beyond the first on a connection.</param>
/// <param name="Dropped">Connections the server ended (or reset) before the run was over.</param>
/// <param name="PingsAnswered">Server pings (keep-alive) answered with a pong.</param>
/// <param name="FirstReceipt">Stopwatch timestamp (CLOCK_MONOTONIC, shared by every process) of the first copy; 0 for none.</param>
/// <param name="LastReceipt">Stopwatch timestamp of the last copy; 0 for none.</param>
internal sealed record ScaleClientReport(
    int Index, int Port, long Opened, long Failed, long Retries, double ConnectSeconds, long Received, long Corrupted, long Duplicated,
    long Dropped, long PingsAnswered, long FirstReceipt, long LastReceipt);
