using System.Diagnostics;

namespace AttrWs.IntegrationTests.Infrastructure;

/// <summary>Runs a sample as a child process and reads the URL it prints at start.</summary>
internal sealed class SampleProcess : IAsyncDisposable
{
    private readonly Process _process;

    private SampleProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    public Process Process => _process;

    public static string EchoDll => Path.Combine(Repository.Root, "samples", "Echo", "bin", Repository.Configuration, "net10.0", "Echo.dll");

    public static async Task<SampleProcess> StartAsync(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + fileName);
        try
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
            const string prefix = "Listening on ";
            if (line is null || !line.StartsWith(prefix, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Unexpected first line '{line}'; stderr: {await process.StandardError.ReadToEndAsync()}");
            }

            return new SampleProcess(process, new Uri(line[prefix.Length..]));
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    /// <summary>Sends SIGTERM and waits for the process to exit; returns its exit code and remaining output.</summary>
    public async Task<(int ExitCode, string Output)> TerminateAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill!.WaitForExitAsync();
        }

        var output = await _process.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return (_process.ExitCode, output);
    }

    /// <summary>Runs a program to completion (bounded; the tree is killed and <see cref="TimeoutException"/> thrown past it): its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string fileName, TimeSpan timeout, params string[] arguments)
    {
        var result = await ChildProcess.RunAsync(fileName, timeout, arguments);
        return (result.ExitCode, result.Stdout + result.Stderr);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
