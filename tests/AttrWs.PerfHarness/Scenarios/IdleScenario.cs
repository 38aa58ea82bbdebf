using AttrWs.PerfHarness.Client;
using AttrWs.Testing;

namespace AttrWs.PerfHarness.Scenarios;

/// <summary>
/// Memory per idle connection: on a fresh server, warmed by a burst of short-lived connections opened the way the
/// measurement opens them, the growth of its resident memory once N connections are open and quiet, divided by N; for
/// the .NET servers also the growth of the live managed heap (after a full collection, read inside the server), which
/// tells managed objects from native memory and heap slack. The server CPU figure is per connection opened.
/// </summary>
/// <remarks>
/// Why the warm-up is a burst: the first burst of concurrent connects compiles (tiered JIT) the server's concurrent
/// paths, and the JIT's scratch memory and code stay resident. On AttrWs that was ≈ 10 MB one-time growth (glibc arena
/// +8 MB, JIT code +2 MB, /proc/PID/smaps) that a second burst did not repeat: counted per connection it added ≈ 1 KB to
/// every connection. The warm-up's connections are closed right away (at most <see cref="Openers"/> open at once), so
/// the measured connections do not reuse a heap that held thousands of connections.
/// <para>
/// Why the warm-up is two bursts with a pause: .NET's tiered compilation starts counting calls (30 make a method hot)
/// only after 100 ms without a new tier-0 compilation, which a single burst may never leave; its counting then began in
/// the quiet settle and the tier-1 compilations fell into the measured burst. In one round of six that put ≈ 8 MB of
/// the JIT's resident memory into the measurement (the baseline's anonymous RSS was 12.6 MB against 19.6-21.0 MB in the
/// others, and that round read 5,396 B per connection against 4,209-4,905 B). The second burst, after a pause longer
/// than that delay, is counted and compiled before the baseline. Node gets the same warm-up.
/// </para>
/// <para>
/// Why each RSS reading comes before its managed-heap reading: that reading forces a full collection inside the server,
/// and the collection moves RSS (a "before" of 64,996 KiB read naturally was 65,648 KiB read just after the forced
/// collection). Both RSS readings are taken with no forced collection just before them, so their difference is the
/// connections' growth and not partly the collection's. One reading stays noisy all the same (RSS moves with GC timing
/// and heap growth: AttrWs read 4,339-5,710 B per connection over five runs); the <c>idle-rounds</c> command
/// (<see cref="IdleRounds"/>) judges issue 15's target 1 on the median of alternating fresh-process rounds.
/// </para>
/// </remarks>
internal static class IdleScenario
{
    /// <summary>Connection attempts in flight, in the warm-up and in the measurement.</summary>
    private const int Openers = 64;

    /// <summary>The pause between the warm-up's two bursts: longer than tiered compilation's 100 ms delay.</summary>
    private static readonly TimeSpan WarmupPause = TimeSpan.FromSeconds(1);

    public static async Task<Measurement> RunAsync(ServerProcess server, HarnessOptions options)
    {
        var head = RawWebSocket.BrowserRequestHead(server.EndPoint, "/echo");
        // Two bursts with a pause between them (see the remarks): the second one's calls are the ones tiering counts.
        var firstBurst = options.IdleWarmup / 2;
        await OpenAllAsync(server, head, firstBurst, hold: null).ConfigureAwait(false);
        await Task.Delay(options.Settle < WarmupPause ? options.Settle : WarmupPause).ConfigureAwait(false);
        await OpenAllAsync(server, head, options.IdleWarmup - firstBurst, hold: null).ConfigureAwait(false);
        await Task.Delay(options.Settle).ConfigureAwait(false);
        // RSS first: the managed reading forces a full collection, which raised RSS by 0.7-1 MB in an experiment; read
        // after it, "before" would follow another history than "after" (read, too, before its forced collection).
        var rssBefore = server.ResidentBytes();
        var managedBefore = await server.ManagedHeapBytesAsync().ConfigureAwait(false);
        var window = new Window(server);
        window.Open();
        var connections = new RawWebSocket[options.IdleConnections];
        var errors = await OpenAllAsync(server, head, connections.Length, hold: connections).ConfigureAwait(false);
        await Task.Delay(options.Settle).ConfigureAwait(false);
        window.Close();
        var rssAfter = server.ResidentBytes(); // before the managed reading: its full collection may return memory
        var managedAfter = await server.ManagedHeapBytesAsync().ConfigureAwait(false);
        var opened = 0;
        foreach (var connection in connections)
        {
            if (connection is not null)
            {
                opened++;
                connection.Abort();
            }
        }

        return new Measurement(server.Name, $"idle {opened:N0}", opened, window.Seconds, window.ServerCpuSeconds, errors,
            BytesPerConnection: opened > 0 ? (rssAfter - rssBefore) / (double)opened : null,
            ManagedBytesPerConnection: opened > 0 && managedBefore is { } b && managedAfter is { } a ? (a - b) / (double)opened : null);
    }

    /// <summary>
    /// Opens <paramref name="count"/> connections, <see cref="Openers"/> at a time: kept in <paramref name="hold"/>, or
    /// (warm-up) closed with a close handshake as soon as they are open.
    /// </summary>
    /// <returns>The connections that failed to open (the warm-up's close failures included).</returns>
    private static async Task<long> OpenAllAsync(ServerProcess server, byte[] head, int count, RawWebSocket[]? hold)
    {
        long errors = 0;
        var next = -1;
        var openers = new Task[Math.Min(Openers, count)];
        for (var w = 0; w < openers.Length; w++)
        {
            openers[w] = Task.Run(async () =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < count)
                {
                    try
                    {
                        var connection = await RawWebSocket.ConnectAsync(server.EndPoint, head, verifyAccept: false, CancellationToken.None).ConfigureAwait(false);
                        if (hold is not null)
                        {
                            hold[i] = connection;
                            continue;
                        }

                        using (connection)
                        {
                            await connection.CloseAsync(Frame.Close1000, CancellationToken.None).ConfigureAwait(false);
                        }
                    }
                    catch (Exception ex)
                    {
                        ErrorLog.Report(server.Name, ex);
                        Interlocked.Increment(ref errors);
                    }
                }
            });
        }

        await Task.WhenAll(openers).ConfigureAwait(false);
        return errors;
    }
}
