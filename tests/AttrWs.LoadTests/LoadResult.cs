using System.Collections.Concurrent;

namespace AttrWs.LoadTests;

/// <summary>What a load run saw. Every counter is per connection or per message; all are thread-safe.</summary>
public sealed class LoadResult
{
    private int _connected;
    private int _connectFailures;
    private long _verified;
    private long _corrupted;
    private long _lost;
    private int _closedGoingAway;
    private int _closedOtherwise;

    /// <summary>Connections that completed the handshake.</summary>
    public int Connected => _connected;

    /// <summary>Connections that failed to open.</summary>
    public int ConnectFailures => _connectFailures;

    /// <summary>The most connections open at the same time (all of them are opened before any message is sent).</summary>
    public int PeakConcurrent { get; internal set; }

    /// <summary>Echoed messages that arrived intact and in order.</summary>
    public long MessagesVerified => Interlocked.Read(ref _verified);

    /// <summary>Echoed messages with the wrong content, sequence or checksum.</summary>
    public long MessagesCorrupted => Interlocked.Read(ref _corrupted);

    /// <summary>Messages sent whose echo never arrived.</summary>
    public long MessagesLost => Interlocked.Read(ref _lost);

    /// <summary>Connections that received close 1001 (Going Away) when the server stopped.</summary>
    public int ClosedGoingAway => _closedGoingAway;

    /// <summary>Connections that ended any other way (another code, an abort, a timeout).</summary>
    public int ClosedOtherwise => _closedOtherwise;

    /// <summary>How long the server's <c>StopAsync</c> took under the load.</summary>
    public TimeSpan StopDuration { get; internal set; }

    /// <summary>The first few errors, for the report.</summary>
    public ConcurrentQueue<string> Errors { get; } = new();

    internal void OnConnected() => Interlocked.Increment(ref _connected);

    internal void OnConnectFailed(Exception ex)
    {
        Interlocked.Increment(ref _connectFailures);
        Note("connect: " + ex.Message);
    }

    internal void OnVerified() => Interlocked.Increment(ref _verified);

    internal void OnCorrupted(string what)
    {
        Interlocked.Increment(ref _corrupted);
        Note(what);
    }

    internal void OnLost(long count, string why)
    {
        Interlocked.Add(ref _lost, count);
        Note(why);
    }

    internal void OnClosed(bool goingAway, string detail)
    {
        if (goingAway)
        {
            Interlocked.Increment(ref _closedGoingAway);
        }
        else
        {
            Interlocked.Increment(ref _closedOtherwise);
            Note(detail);
        }
    }

    internal void Note(string error)
    {
        if (Errors.Count < 20)
        {
            Errors.Enqueue(error);
        }
    }

    /// <summary>One summary line.</summary>
    public override string ToString() => FormattableString.Invariant(
        $"connected={Connected} connectFailures={ConnectFailures} peak={PeakConcurrent} verified={MessagesVerified} corrupted={MessagesCorrupted} lost={MessagesLost} close1001={ClosedGoingAway} closedOtherwise={ClosedOtherwise} stop={StopDuration.TotalMilliseconds:F0}ms");
}
