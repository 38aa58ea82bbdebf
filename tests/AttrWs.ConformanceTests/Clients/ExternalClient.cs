using System.Reflection;
using System.Text.Json;
using AttrWs.Testing;

namespace AttrWs.ConformanceTests.Clients;

/// <summary>Runs a client script (python, node) for one scenario and returns the JSON object it printed.</summary>
public static class ExternalClient
{
    private static readonly SemaphoreSlim NpmGate = new(1, 1);

    /// <summary>This project's source directory (the scripts and the browser package live there).</summary>
    public static string ProjectDirectory { get; } = typeof(ExternalClient).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "ProjectDirectory").Value!;

    /// <summary>The path of a script under <c>Clients/scripts</c>.</summary>
    public static string Script(string name) => Path.Combine(ProjectDirectory, "Clients", "scripts", name);

    /// <summary>Runs <paramref name="program"/> with <paramref name="arguments"/>, bounded to <paramref name="timeout"/>.</summary>
    public static async Task<JsonElement> RunAsync(string program, TimeSpan timeout, params string[] arguments)
    {
        var (exitCode, stdout, stderr) = await ExecAsync(program, timeout, null, arguments);
        var line = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        Assert.True(line is not null, $"{program} {string.Join(' ', arguments)} printed nothing (exit {exitCode}): {stderr}");
        var json = JsonDocument.Parse(line).RootElement.Clone();
        Assert.True(exitCode == 0 && !json.TryGetProperty("error", out _), $"{program} {string.Join(' ', arguments)} failed (exit {exitCode}): {line} {stderr}");
        return json;
    }

    /// <summary>Installs playwright-core from the lock file once (npm ci), unless it is already there.</summary>
    public static async Task EnsureBrowserPackagesAsync()
    {
        var folder = Path.Combine(ProjectDirectory, "Clients", "browser");
        await NpmGate.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(folder, "node_modules", "playwright-core")))
            {
                return;
            }

            var (exitCode, stdout, stderr) = await ExecAsync("npm", TimeSpan.FromMinutes(3), folder, ["ci", "--no-audit", "--no-fund"]);
            Assert.True(exitCode == 0, $"npm ci in {folder} failed: {stdout} {stderr}");
        }
        finally
        {
            NpmGate.Release();
        }
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> ExecAsync(string program, TimeSpan timeout, string? workingDirectory, string[] arguments)
    {
        var result = await ChildProcess.RunAsync(ChildProcess.StartInfo(program, arguments, workingDirectory), timeout);
        return (result.ExitCode, result.Stdout, result.Stderr);
    }
}
