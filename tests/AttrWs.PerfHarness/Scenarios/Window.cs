using System.Diagnostics;
using AttrWs.PerfHarness.Client;

namespace AttrWs.PerfHarness.Scenarios;

/// <summary>The measured window: wall time and the server's CPU time between <see cref="Open"/> and <see cref="Close"/>.</summary>
internal sealed class Window(ServerProcess server)
{
    private long _startTimestamp;
    private double _startCpu;

    public volatile bool IsOpen;

    public double Seconds { get; private set; }

    public double ServerCpuSeconds { get; private set; }

    public void Open()
    {
        _startCpu = server.CpuSeconds();
        _startTimestamp = Stopwatch.GetTimestamp();
        IsOpen = true;
    }

    public void Close()
    {
        IsOpen = false;
        Seconds = Stopwatch.GetElapsedTime(_startTimestamp).TotalSeconds;
        ServerCpuSeconds = server.CpuSeconds() - _startCpu;
    }
}
