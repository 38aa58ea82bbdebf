using System.Diagnostics;
using System.Text;

namespace AttrWs.PackageTests;

/// <summary>Runs <c>dotnet</c> commands for the package test, each with a hard time limit.</summary>
internal static class ProcessRunner
{
    /// <summary>Runs a command to completion; fails the test with its output when it exits non-zero or times out.</summary>
    public static async Task<string> RunAsync(string workingDirectory, TimeSpan limit, params string[] arguments)
    {
        var (exitCode, output) = await RunUncheckedAsync("dotnet", workingDirectory, limit, environment: null, arguments);
        Assert.True(exitCode == 0, $"'dotnet {string.Join(' ', arguments)}' exited with {exitCode}:\n{output}");
        return output;
    }

    /// <summary>
    /// Runs <paramref name="fileName"/> to completion and returns its exit code with its output (standard output and error
    /// interleaved); fails the test only when it does not finish within <paramref name="limit"/>.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunUncheckedAsync(
        string fileName, string workingDirectory, TimeSpan limit, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        using var process = Start(fileName, workingDirectory, redirectInput: false, environment, arguments);
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"'{fileName} {string.Join(' ', arguments)}' did not finish within {limit}:\n{Text(output)}");
        }

        // WaitForExitAsync returns when the process ends; the redirected streams may still be draining.
        process.WaitForExit();
        return (process.ExitCode, Text(output));
    }

    /// <summary>Starts a long-running <c>dotnet</c> process with redirected standard streams.</summary>
    public static Process Start(string workingDirectory, bool redirectInput, params string[] arguments)
        => Start("dotnet", workingDirectory, redirectInput, environment: null, arguments);

    /// <summary>Starts a long-running process with redirected standard streams and extra environment variables.</summary>
    public static Process Start(string fileName, string workingDirectory, bool redirectInput, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // The test host runs under MSBuild-aware tooling; inherited MSBuild variables would make the child builds
        // resolve SDKs and targets from the test's context instead of the consumer's own.
        foreach (var name in info.Environment.Keys.ToArray())
        {
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                info.Environment.Remove(name);
            }
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        return Process.Start(info) ?? throw new InvalidOperationException(fileName + " did not start.");
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
