using System.Diagnostics;

namespace AttrWs.LoadTests;

/// <summary>A snapshot of this process's memory and handles (for the soak report).</summary>
/// <param name="WorkingSetBytes">Resident memory.</param>
/// <param name="GcHeapBytes">Managed heap in use after a full collection.</param>
/// <param name="OpenHandles">Open file descriptors (<c>/proc/self/fd</c>), sockets included.</param>
/// <param name="OpenConnections">Sessions the server holds at the time.</param>
public sealed record ProcessStats(long WorkingSetBytes, long GcHeapBytes, int OpenHandles, int OpenConnections)
{
    /// <summary>Takes a snapshot (forces a full GC first so the heap figure is what is really live).</summary>
    public static ProcessStats Capture(int openConnections)
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var self = Process.GetCurrentProcess();
        var handles = Directory.Exists("/proc/self/fd") ? Directory.GetFileSystemEntries("/proc/self/fd").Length : -1;
        return new ProcessStats(self.WorkingSet64, GC.GetTotalMemory(forceFullCollection: false), handles, openConnections);
    }

    /// <summary>One line for logs: <c>ws=123.4MiB gc=12.3MiB fds=1234 connections=1000</c>.</summary>
    public override string ToString() =>
        FormattableString.Invariant($"ws={WorkingSetBytes / 1048576.0:F1}MiB gc={GcHeapBytes / 1048576.0:F1}MiB fds={OpenHandles} connections={OpenConnections}");

    /// <summary>The machine-readable line the server child prints: <c>STATS ws gc fds connections</c>.</summary>
    public string ToWire() => FormattableString.Invariant($"STATS {WorkingSetBytes} {GcHeapBytes} {OpenHandles} {OpenConnections}");

    /// <summary>Parses <see cref="ToWire"/>'s output.</summary>
    public static ProcessStats FromWire(string line)
    {
        var parts = line.Split(' ');
        return new ProcessStats(long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), long.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[4], System.Globalization.CultureInfo.InvariantCulture));
    }
}
