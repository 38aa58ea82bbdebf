using System.Diagnostics;

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
        try
        {
            var result = await ChildProcess.RunAsync(StartInfo(fileName, workingDirectory, redirectInput: false, environment, arguments), limit);
            return (result.ExitCode, result.Output);
        }
        catch (TimeoutException ex)
        {
            Assert.Fail(ex.Message);
            throw;
        }
    }

    /// <summary>Starts a long-running <c>dotnet</c> process with redirected standard streams.</summary>
    public static Process Start(string workingDirectory, bool redirectInput, params string[] arguments)
        => Start("dotnet", workingDirectory, redirectInput, environment: null, arguments);

    /// <summary>Starts a long-running process with redirected standard streams and extra environment variables.</summary>
    public static Process Start(string fileName, string workingDirectory, bool redirectInput, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
        => Process.Start(StartInfo(fileName, workingDirectory, redirectInput, environment, arguments)) ?? throw new InvalidOperationException(fileName + " did not start.");

    private static ProcessStartInfo StartInfo(
        string fileName, string workingDirectory, bool redirectInput, IReadOnlyDictionary<string, string>? environment, string[] arguments)
    {
        var info = ChildProcess.StartInfo(fileName, arguments, workingDirectory);
        info.RedirectStandardInput = redirectInput;

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

        return info;
    }
}
