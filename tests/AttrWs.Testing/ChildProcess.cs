using System.Diagnostics;
using System.Text;

namespace AttrWs.Testing;

/// <summary>What a finished child process left: its exit code and its output.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Stdout">Standard output.</param>
/// <param name="Stderr">Standard error.</param>
/// <param name="Output">Standard output and error interleaved, line by line, as they arrived.</param>
public sealed record ChildProcessResult(int ExitCode, string Stdout, string Stderr, string Output);

/// <summary>
/// Runs child processes (dotnet, python3, node, npm, redis-server...) for the tests: standard streams redirected, every
/// wait bounded, and the whole process tree killed when the bound runs out.
/// </summary>
public static class ChildProcess
{
    /// <summary>A start description with the standard streams redirected and the arguments passed as a list (no shell quoting).</summary>
    public static ProcessStartInfo StartInfo(
        string fileName, IEnumerable<string> arguments, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (workingDirectory is not null)
        {
            info.WorkingDirectory = workingDirectory;
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        return info;
    }

    /// <summary>Runs <paramref name="fileName"/> with <paramref name="arguments"/> to completion, bounded to <paramref name="limit"/>.</summary>
    /// <exception cref="TimeoutException">It did not finish in time (its process tree is killed; the message carries its output).</exception>
    public static Task<ChildProcessResult> RunAsync(string fileName, TimeSpan limit, params string[] arguments)
        => RunAsync(StartInfo(fileName, arguments), limit);

    /// <summary>Runs <paramref name="info"/> (standard output and error must be redirected) to completion, bounded to <paramref name="limit"/>.</summary>
    /// <exception cref="TimeoutException">It did not finish in time (its process tree is killed; the message carries its output).</exception>
    public static async Task<ChildProcessResult> RunAsync(ProcessStartInfo info, TimeSpan limit)
    {
        using var process = Process.Start(info) ?? throw new InvalidOperationException(info.FileName + " did not start.");
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(e.Data, stdout, output);
        process.ErrorDataReceived += (_, e) => Append(e.Data, stderr, output);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{info.FileName} {string.Join(' ', info.ArgumentList)}' did not finish within {limit}:\n{Text(output)}");
        }

        // WaitForExitAsync returns when the process ends; the redirected streams may still be draining.
        process.WaitForExit();
        return new ChildProcessResult(process.ExitCode, Text(stdout), Text(stderr), Text(output));
    }

    private static void Append(string? line, StringBuilder stream, StringBuilder output)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            stream.AppendLine(line);
            output.AppendLine(line);
        }
    }

    private static string Text(StringBuilder builder)
    {
        lock (builder)
        {
            return builder.ToString();
        }
    }
}
