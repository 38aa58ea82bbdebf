using System.Diagnostics;
using System.Globalization;
using System.Net;
using AttrWs.PerfHarness.Servers;

namespace AttrWs.PerfHarness.Client;

/// <summary>
/// One server under test, in its own process: started, asked for its port, read for CPU time and resident memory
/// from <c>/proc/PID/stat</c> and <c>/proc/PID/status</c>, and killed at the end.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux (getconf CLK_TCK)
    private readonly Process _process;

    private ServerProcess(string name, Process process, IPEndPoint endPoint)
    {
        Name = name;
        _process = process;
        EndPoint = endPoint;
    }

    public string Name { get; }

    public IPEndPoint EndPoint { get; }

    public int Pid => _process.Id;

    /// <summary>Starts a server: the .NET ones are this executable's <c>serve KIND</c>; <c>node</c> is node/echo.js.</summary>
    public static async Task<ServerProcess> StartAsync(string name, string repositoryRoot)
    {
        var info = new ProcessStartInfo
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            UseShellExecute = false,
        };
        if (name == "node")
        {
            info.FileName = "node";
            info.ArgumentList.Add(Path.Combine(repositoryRoot, "tests", "AttrWs.PerfHarness", "node", "echo.js"));
        }
        else
        {
            var self = Environment.ProcessPath ?? throw new InvalidOperationException("No process path.");
            info.FileName = self;
            if (Path.GetFileNameWithoutExtension(self) == "dotnet")
            {
                info.ArgumentList.Add(typeof(ServerProcess).Assembly.Location);
            }

            info.ArgumentList.Add("serve");
            info.ArgumentList.Add(name);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start " + name);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Server {name} exited before listening (exit code {(process.HasExited ? process.ExitCode : -1)}).");
            if (line.StartsWith(ServerHost.ListeningPrefix, StringComparison.Ordinal))
            {
                var port = int.Parse(line.AsSpan(ServerHost.ListeningPrefix.Length), CultureInfo.InvariantCulture);
                // Keep draining stdout so a chatty server never blocks on a full pipe.
                _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
                return new ServerProcess(name, process, new IPEndPoint(IPAddress.Loopback, port));
            }
        }
    }

    /// <summary>User + system CPU time the server process has used so far, in seconds.</summary>
    public double CpuSeconds()
    {
        var stat = File.ReadAllText($"/proc/{Pid}/stat");
        // Fields after the command name (which may contain spaces) start at field 3; utime and stime are 14 and 15.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return ticks / TicksPerSecond;
    }

    /// <summary>Resident set size in bytes (VmRSS).</summary>
    public long ResidentBytes() => StatusKilobytes("VmRSS:") * 1024;

    private long StatusKilobytes(string field)
    {
        foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                var kb = line.AsSpan(field.Length).Trim();
                return long.Parse(kb[..kb.IndexOf(' ')], CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException($"No {field} for {Pid}");
    }

    /// <summary>
    /// The live managed heap after a full collection (<see cref="GC.GetTotalMemory(bool)"/> inside the server), for the
    /// .NET servers; null for Node or when the server does not answer within 30 s.
    /// </summary>
    public async Task<long?> ManagedHeapBytesAsync()
    {
        if (Name == "node")
        {
            return null;
        }

        var path = Path.Combine(Path.GetTempPath(), $"attrws-perf-gc-{Pid}-{Guid.NewGuid():N}");
        await _process.StandardInput.WriteLineAsync(ServerHost.ManagedHeapCommand + path).ConfigureAwait(false);
        await _process.StandardInput.FlushAsync().ConfigureAwait(false);
        for (var i = 0; i < 300; i++)
        {
            if (File.Exists(path))
            {
                var text = await File.ReadAllTextAsync(path).ConfigureAwait(false);
                File.Delete(path);
                return long.Parse(text, CultureInfo.InvariantCulture);
            }

            await Task.Delay(100).ConfigureAwait(false);
        }

        return null;
    }

    /// <summary>
    /// The server's completed thread-pool work items and bytes allocated so far (a .NET server's answer to
    /// <see cref="ServerHost.RuntimeStatsCommand"/>), or null when it does not answer within 30 s.
    /// </summary>
    public async Task<(long WorkItems, long AllocatedBytes)?> RuntimeStatsAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"attrws-perf-stats-{Pid}-{Guid.NewGuid():N}");
        await _process.StandardInput.WriteLineAsync(ServerHost.RuntimeStatsCommand + path).ConfigureAwait(false);
        await _process.StandardInput.FlushAsync().ConfigureAwait(false);
        for (var i = 0; i < 3000; i++)
        {
            if (File.Exists(path))
            {
                var parts = (await File.ReadAllTextAsync(path).ConfigureAwait(false)).Split(' ');
                File.Delete(path);
                return (long.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture));
            }

            await Task.Delay(10).ConfigureAwait(false);
        }

        return null;
    }

    /// <summary>Context switches (voluntary and involuntary) of the server's live threads so far.</summary>
    public long ContextSwitches()
    {
        long total = 0;
        foreach (var task in Directory.EnumerateDirectories($"/proc/{Pid}/task"))
        {
            try
            {
                foreach (var line in File.ReadLines(Path.Combine(task, "status")))
                {
                    if (line.Contains("ctxt_switches:", StringComparison.Ordinal))
                    {
                        total += long.Parse(line.AsSpan(line.IndexOf(':') + 1).Trim(), CultureInfo.InvariantCulture);
                    }
                }
            }
            catch (IOException)
            {
                // The thread exited meanwhile.
            }
        }

        return total;
    }

    /// <summary>Peak resident set size in bytes since the start or the last <see cref="ResetPeakResident"/> (VmHWM).</summary>
    public long PeakResidentBytes() => StatusKilobytes("VmHWM:") * 1024;

    /// <summary>Resets the kernel's peak resident set size of the server (writing 5 to <c>/proc/PID/clear_refs</c>).</summary>
    public void ResetPeakResident() => File.WriteAllText($"/proc/{Pid}/clear_refs", "5");

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                _process.WaitForExit(10_000);
            }
        }
        finally
        {
            _process.Dispose();
        }
    }
}
