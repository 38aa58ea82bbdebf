using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;

namespace AttrWs.PerfHarness.Scale;

/// <summary>
/// A child process of the scale run (this executable's <c>scale-node</c> or <c>scale-client</c>): its stdout read line
/// by line, commands written to its stdin, CPU time and resident memory read from <c>/proc/PID</c>. Disposing closes its
/// stdin (it stops by itself) and kills it if it is still there after a few seconds.
/// </summary>
internal sealed class ScaleProcess : IDisposable
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux (getconf CLK_TCK)
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();

    private ScaleProcess(string name, Process process)
    {
        Name = name;
        _process = process;
        _ = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                _lines.Writer.TryWrite(line);
            }

            _lines.Writer.TryComplete();
        });
    }

    public string Name { get; }

    public int Pid => _process.Id;

    /// <summary>Starts this executable with <paramref name="arguments"/> (stderr is shared with ours).</summary>
    public static ScaleProcess Start(string name, IEnumerable<string> arguments)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("No process path.");
        var info = new ProcessStartInfo(self)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            info.ArgumentList.Add(typeof(ScaleProcess).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return new ScaleProcess(name, Process.Start(info) ?? throw new InvalidOperationException("Could not start " + name));
    }

    /// <summary>Waits for the next line starting with <paramref name="prefix"/> and returns the rest of it.</summary>
    /// <exception cref="InvalidOperationException">The process ended first.</exception>
    public async Task<string> WaitForAsync(string prefix, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (!await _lines.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                throw new InvalidOperationException($"{Name} ended (exit code {ExitCode()}) before printing '{prefix}'.");
            }

            while (_lines.Reader.TryRead(out var line))
            {
                if (line.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return line[prefix.Length..].Trim();
                }
            }
        }
    }

    /// <summary>Sends one command line to the process.</summary>
    public async Task SendAsync(string command)
    {
        await _process.StandardInput.WriteLineAsync(command).ConfigureAwait(false);
        await _process.StandardInput.FlushAsync().ConfigureAwait(false);
    }

    /// <summary>Sends <paramref name="command"/> and returns the answer line's rest (the line starting with <paramref name="answerPrefix"/>).</summary>
    public async Task<string> AskAsync(string command, string answerPrefix, CancellationToken cancellationToken)
    {
        await SendAsync(command).ConfigureAwait(false);
        return await WaitForAsync(answerPrefix, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>User + system CPU time used so far, in seconds (fields 14 and 15 of <c>/proc/PID/stat</c>).</summary>
    public double CpuSeconds()
    {
        var stat = File.ReadAllText($"/proc/{Pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }

    /// <summary>Resident set size in bytes (VmRSS of <c>/proc/PID/status</c>).</summary>
    public long ResidentBytes() => ProcFiles.StatusKilobytes(Pid, "VmRSS:") * 1024;

    /// <summary>The soft and hard open-file limits the process runs with (<c>/proc/PID/limits</c>).</summary>
    public string OpenFileLimits() => ProcFiles.OpenFileLimits(Pid);

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                try
                {
                    _process.StandardInput.Close(); // the child stops when its stdin closes
                }
                catch (IOException)
                {
                    // Its end of the pipe is gone already.
                }

                if (!_process.WaitForExit(5_000))
                {
                    _process.Kill(entireProcessTree: true);
                    _process.WaitForExit(10_000);
                }
            }
        }
        finally
        {
            _process.Dispose();
        }
    }

    private string ExitCode() => _process.HasExited ? _process.ExitCode.ToString(CultureInfo.InvariantCulture) : "still running";
}

/// <summary>Readings from <c>/proc</c>.</summary>
internal static class ProcFiles
{
    /// <summary>A kilobyte field (<c>VmRSS:</c>, <c>VmHWM:</c>) of <c>/proc/PID/status</c>.</summary>
    public static long StatusKilobytes(int pid, string field)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                var kb = line.AsSpan(field.Length).Trim();
                return long.Parse(kb[..kb.IndexOf(' ')], CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException($"No {field} for {pid}");
    }

    /// <summary>"soft/hard" of the <c>Max open files</c> line of <c>/proc/PID/limits</c> (use "self" for this process).</summary>
    public static string OpenFileLimits(object pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/limits"))
        {
            if (line.StartsWith("Max open files", StringComparison.Ordinal))
            {
                var parts = line["Max open files".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return parts[0] + "/" + parts[1];
            }
        }

        return "?";
    }

    /// <summary>A <c>/proc/meminfo</c> field in bytes (<c>MemAvailable:</c>).</summary>
    public static long MemInfoBytes(string field)
    {
        foreach (var line in File.ReadLines("/proc/meminfo"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                var kb = line.AsSpan(field.Length).Trim();
                return long.Parse(kb[..kb.IndexOf(' ')], CultureInfo.InvariantCulture) * 1024;
            }
        }

        throw new InvalidOperationException($"No {field} in /proc/meminfo");
    }

    /// <summary>The kernel's TCP memory in pages (the <c>mem</c> figure of the <c>TCP:</c> line of <c>/proc/net/sockstat</c>).</summary>
    public static long TcpMemoryPages()
    {
        foreach (var line in File.ReadLines("/proc/net/sockstat"))
        {
            if (line.StartsWith("TCP:", StringComparison.Ordinal))
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var mem = Array.IndexOf(parts, "mem");
                return mem > 0 ? long.Parse(parts[mem + 1], CultureInfo.InvariantCulture) : 0;
            }
        }

        return 0;
    }
}
