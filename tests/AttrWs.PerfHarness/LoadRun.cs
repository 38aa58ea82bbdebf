using System.Text.Json;
using AttrWs.PerfHarness.Client;
using AttrWs.PerfHarness.Report;
using AttrWs.PerfHarness.Scenarios;

namespace AttrWs.PerfHarness;

/// <summary>The `run` command: every scenario against every server, one server process at a time.</summary>
internal static class LoadRun
{
    public static async Task<int> RunAsync(HarnessOptions options)
    {
        var root = RepositoryRoot();
        var results = new List<Measurement>();
        foreach (var name in options.Servers)
        {
            Console.WriteLine($"== {name}");
            if (options.Scenarios.Contains("handshake") || options.Scenarios.Contains("echo"))
            {
                using var server = await ServerProcess.StartAsync(name, root).ConfigureAwait(false);
                if (options.Scenarios.Contains("handshake"))
                {
                    Report(results, await HandshakeScenario.RunAsync(server, options).ConfigureAwait(false));
                }

                if (options.Scenarios.Contains("echo"))
                {
                    foreach (var size in options.EchoSizes)
                    {
                        Report(results, await EchoScenario.RunAsync(server, options, size).ConfigureAwait(false));
                    }
                }
            }

            if (options.Scenarios.Contains("large") && HarnessOptions.LargeMessageServers.Contains(name))
            {
                // A fresh process per size: its peak memory is what that size adds, not what earlier runs left resident.
                foreach (var size in options.LargeSizes)
                {
                    using var server = await ServerProcess.StartAsync(name, root).ConfigureAwait(false);
                    Report(results, await LargeMessageScenario.RunAsync(server, options, size).ConfigureAwait(false));
                }
            }

            if (options.Scenarios.Contains("idle"))
            {
                // Memory on a fresh process, so the echo runs' buffers and garbage are not counted.
                using var server = await ServerProcess.StartAsync(name, root).ConfigureAwait(false);
                Report(results, await IdleScenario.RunAsync(server, options).ConfigureAwait(false));
            }
        }

        if (options.JsonPath is { } json)
        {
            await File.WriteAllTextAsync(json, JsonSerializer.Serialize(results, MeasurementJson.Default.ListMeasurement)).ConfigureAwait(false);
        }

        var markdown = MarkdownReport.Write(results, options);
        if (options.MarkdownPath is { } path)
        {
            await File.WriteAllTextAsync(path, markdown).ConfigureAwait(false);
        }
        else
        {
            Console.WriteLine(markdown);
        }

        var failed = results.Exists(r => r.Operations == 0 || r.Errors > 0);
        if (failed)
        {
            await Console.Error.WriteLineAsync("Some scenario completed no operation or had errors: see the table.").ConfigureAwait(false);
        }

        // A smoke run must prove every scenario did work against every server.
        return options.Smoke && failed ? 1 : 0;
    }

    private static void Report(List<Measurement> results, Measurement m)
    {
        results.Add(m);
        Console.WriteLine($"   {m.Scenario,-12} {m.OperationsPerSecond,12:N0}/s  server CPU {m.CpuMicrosecondsPerOperation,8:N1} µs/op"
            + (m.P50Microseconds is { } p50 ? $"  p50 {p50:N0} µs  p99 {m.P99Microseconds:N0} µs" : string.Empty)
            + (m.BytesPerConnection is { } b ? $"  {b:N0} B/connection" : string.Empty)
            + (m.ManagedBytesPerConnection is { } g ? $"  (managed {g:N0} B)" : string.Empty)
            + (m.PeakBytesPerMessage is { } peak ? $"  peak +{peak / 1048576:N1} MiB" : string.Empty)
            + (m.Errors > 0 ? $"  ERRORS {m.Errors}" : string.Empty));
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AttrWs.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
