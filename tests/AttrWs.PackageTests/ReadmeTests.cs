using System.Net.WebSockets;
using System.Text.RegularExpressions;

namespace AttrWs.PackageTests;

/// <summary>
/// README works as pasted: every <c>```csharp</c> block compiles against the packed package with zero warnings, and the
/// Getting started steps, run as written outside the repository, give an app that answers a WebSocket client and stops
/// gracefully on SIGTERM. The conventions are in tests/README.md.
/// </summary>
[Collection(PackedPackagesDefinition.Name)]
public sealed partial class ReadmeTests(PackedPackageFixture package)
{
    private string ReadmePath => Path.Combine(package.RepositoryRoot, "README.md");

    [Fact]
    public async Task Every_csharp_block_in_README_compiles_with_zero_warnings()
    {
        var blocks = Readme.Blocks(ReadmePath).Where(b => b.Language == "csharp").ToList();
        Assert.Contains(blocks, b => b.Name == "headline/Program.cs");
        Assert.Contains(blocks, b => b.Name == "headline/ChatEndpoints.cs");

        var globalJson = File.ReadAllText(Path.Combine(package.RepositoryRoot, "global.json"));
        var failures = new List<string>();
        foreach (var group in blocks.GroupBy(b => b.Group))
        {
            var duplicate = group.GroupBy(b => b.FileName, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
            Assert.True(duplicate is null, $"README.md: snippet group '{group.Key}' has two blocks named {duplicate?.Key}.");

            using var app = new TempDirectory("attrws-readme-snippet");
            ConsumerProject.WriteProject(app.Path, package.FeedDirectory, package.Version, globalJson, treatWarningsAsErrors: false);
            foreach (var block in group)
            {
                File.WriteAllText(app.Combine(block.FileName), block.Text);
            }

            var (exitCode, output) = await ProcessRunner.RunUncheckedAsync(
                "dotnet", app.Path, TimeSpan.FromMinutes(5), environment: null,
                "build", "-c", "Release", "--disable-build-servers", "-tl:off", "-clp:NoSummary");
            var diagnostics = output.Split('\n').Select(l => Diagnostic().Match(l.Trim())).Where(m => m.Success).ToList();
            foreach (var diagnostic in diagnostics)
            {
                failures.Add(Describe(group.Key, group.ToList(), diagnostic));
            }

            if (exitCode != 0 && diagnostics.Count == 0)
            {
                failures.Add($"snippet group '{group.Key}': dotnet build exited with {exitCode}:\n{output}");
            }
        }

        Assert.True(failures.Count == 0, "README's C# blocks do not compile cleanly:\n" + string.Join('\n', failures.Distinct()));
    }

    [Fact]
    public async Task Getting_started_run_as_written_gives_an_app_that_answers_a_client_and_stops_on_SIGTERM()
    {
        var steps = Readme.Blocks(ReadmePath).Where(b => b.Section == "Getting started").ToList();
        var scripts = steps.Where(b => b.Language == "bash").ToList();
        Assert.True(scripts.Count == 3, $"Getting started should have three bash blocks (pack, create, build and run); found {scripts.Count}.");
        var buildAndRun = scripts[2].Lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        Assert.Equal(new[] { "dotnet build", "dotnet run" }, buildAndRun);
        var files = Readme.Blocks(ReadmePath).Where(b => b.Group == "headline").ToList();
        Assert.Equal(new[] { "ChatEndpoints.cs", "Program.cs" }, files.Select(f => f.FileName).Order(StringComparer.Ordinal));

        // The folder that holds the clone; the app is created next to it, as the steps say.
        using var work = new TempDirectory("attrws-getting-started");
        Assert.False(work.Path.StartsWith(package.RepositoryRoot, StringComparison.Ordinal), "The steps must run outside the repository.");
        Directory.CreateDirectory(work.Combine("AttrWs"));
        RepositoryCopy.CopyTo(package.RepositoryRoot, work.Combine("AttrWs"));

        // Step 1 as written (the version it packs is the one step 2 adds).
        await RunScriptAsync(work.Path, scripts[0].Text, environment: null);

        // Step 2 as written. A NuGet cache of its own, so no AttrWs of the same version from an earlier run is reused.
        var isolated = new Dictionary<string, string> { ["NUGET_PACKAGES"] = work.Combine("nuget-packages") };
        await RunScriptAsync(work.Path, scripts[1].Text, isolated);
        var appDirectory = work.Combine("ChatServer");

        // Step 3: the two files from README.
        foreach (var file in files)
        {
            File.WriteAllText(Path.Combine(appDirectory, file.FileName), file.Text);
        }

        // Step 4: `dotnet build` with zero warnings; then the app `dotnet run` starts, with `0` for a free port.
        var build = await RunScriptAsync(appDirectory, "dotnet build\n", isolated);
        var warnings = build.Split('\n').Select(l => l.Trim()).Where(l => Diagnostic().IsMatch(l)).Distinct().ToList();
        Assert.True(warnings.Count == 0, "The Getting started app builds with warnings:\n" + string.Join('\n', warnings));

        using var server = ProcessRunner.Start(
            "dotnet", appDirectory, redirectInput: false, isolated, Path.Combine(appDirectory, "bin", "Debug", "net10.0", "ChatServer.dll"), "0");
        try
        {
            // Step 5: a client that offers the endpoint's subprotocol gets its message back.
            var url = await ConsumerProcess.ReadUrlAsync(server, TimeSpan.FromSeconds(60));
            Assert.Matches(@"^ws://127\.0\.0\.1:[1-9][0-9]*/chat/lobby$", url);
            using var client = new ClientWebSocket();
            client.Options.AddSubProtocol("chat.v2");
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await client.ConnectAsync(new Uri(url), timeout.Token);
            Assert.Equal("chat.v2", client.SubProtocol);
            await client.SendAsync("hello"u8.ToArray(), WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
            Assert.Equal("hello", await ConsumerProcess.ReceiveTextAsync(client, timeout.Token));

            // SIGTERM: the app closes the session with 1001 and exits by itself with status 0.
            var (killStatus, killOutput) = await ProcessRunner.RunUncheckedAsync(
                "sh", appDirectory, TimeSpan.FromSeconds(30), environment: null, "-c", $"kill -TERM {server.Id}");
            Assert.True(killStatus == 0, "kill -TERM failed: " + killOutput);
            var buffer = new byte[256];
            var close = await client.ReceiveAsync(buffer, timeout.Token);
            Assert.Equal(WebSocketMessageType.Close, close.MessageType);
            Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, client.CloseStatus);
            Assert.True(server.WaitForExit(TimeSpan.FromSeconds(30)), "The app did not exit within 30 s of SIGTERM.");
            Assert.Equal(0, server.ExitCode);
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
            }
        }
    }

    /// <summary>Runs a README bash block with bash -e (a failing command fails the step) and returns its output.</summary>
    private static async Task<string> RunScriptAsync(string directory, string script, IReadOnlyDictionary<string, string>? environment)
    {
        var (exitCode, output) = await ProcessRunner.RunUncheckedAsync(
            "bash", directory, TimeSpan.FromMinutes(8), environment, "-e", "-u", "-o", "pipefail", "-c", script);
        Assert.True(exitCode == 0, $"README step failed with exit code {exitCode}:\n{script}\n--- output ---\n{output}");
        return output;
    }

    /// <summary>Names the README line of an MSBuild diagnostic in a snippet file.</summary>
    private static string Describe(string group, IReadOnlyList<ReadmeBlock> blocks, Match diagnostic)
    {
        var file = Path.GetFileName(diagnostic.Groups["file"].Value);
        var block = blocks.FirstOrDefault(b => string.Equals(b.FileName, file, StringComparison.OrdinalIgnoreCase));
        var text = $"{diagnostic.Groups["severity"].Value} {diagnostic.Groups["id"].Value}: {diagnostic.Groups["message"].Value}";
        if (block is null || !diagnostic.Groups["line"].Success)
        {
            return $"snippet group '{group}' ({file}): {text}";
        }

        var line = int.Parse(diagnostic.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return $"README.md line {block.FirstLine + line - 1} (snippet {group}/{block.FileName} line {line}): {text}";
    }

    [GeneratedRegex(@"^(?<file>[^\s(][^(]*?)(\((?<line>\d+),(?<column>\d+)\))?\s*: (?<severity>warning|error) (?<id>[A-Za-z]+[0-9]+): (?<message>.*?)(\s+\[[^\]]+\])?$")]
    private static partial Regex Diagnostic();
}
