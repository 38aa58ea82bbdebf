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
    public async Task The_tutorial_run_step_by_step_outside_the_repository_gives_a_room_that_relays_between_two_clients()
    {
        var tutorial = Tutorial.Read(ReadmePath);

        // The folder that holds the clone, as step 1 says; the app is created next to it.
        using var work = new TempDirectory("attrws-tutorial");
        Assert.False(work.Path.StartsWith(package.RepositoryRoot, StringComparison.Ordinal), "The steps must run outside the repository.");
        Directory.CreateDirectory(work.Combine("AttrWs"));
        RepositoryCopy.CopyTo(package.RepositoryRoot, work.Combine("AttrWs"));

        // Every step up to the run command, in README's order, in one shell (a `cd` carries over, files land where the
        // reader is). A NuGet cache of its own, so no AttrWs of the same version from an earlier run is reused.
        var environment = new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = work.Combine("nuget-packages"),
            ["ATTRWS_TUTORIAL_CWD"] = work.Combine("cwd.txt"),
        };
        var output = await RunScriptAsync(work.Path, tutorial.Script + "pwd > \"$ATTRWS_TUTORIAL_CWD\"\n", environment);
        var warnings = output.Split('\n').Select(l => l.Trim()).Where(l => Diagnostic().IsMatch(l)).Distinct().ToList();
        Assert.True(warnings.Count == 0, "The tutorial's app builds with warnings:\n" + string.Join('\n', warnings));
        var appDirectory = File.ReadAllText(work.Combine("cwd.txt")).Trim();

        // The run command as written, with the documented `-- 0` (any free port), in a process group of its own, so that
        // SIGINT to the group is what Ctrl+C in a terminal does. A terminal's foreground job has SIGINT at its default; a test
        // run started in the background (CI, `cmd &`) inherits SIGINT ignored, which .NET keeps ignoring: python3 (a test
        // prerequisite) puts it back to the default before the run command starts.
        using var server = ProcessRunner.Start(
            "/usr/bin/python3", appDirectory, redirectInput: false, environment,
            "-c", "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])",
            "setsid", "bash", "-c", "exec " + tutorial.RunCommand + " -- 0");
        try
        {
            var url = await ConsumerProcess.ReadUrlAsync(server, TimeSpan.FromMinutes(4));
            var printed = new Uri(url);
            Assert.Equal("127.0.0.1", printed.Host);
            Assert.Equal(new Uri(tutorial.ClientUrl).PathAndQuery, printed.PathAndQuery);

            // The client step: two clients (the two tabs) in the room; what one sends, both receive. Each client first hears
            // its own "joined" probe back, which proves it is a member (the endpoint joins before it reads), so nothing races.
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            using var first = await ConnectAsync(printed, tutorial.ClientSubProtocol, timeout.Token);
            await SendTextAsync(first, "first joined", timeout.Token);
            await ExpectTextAsync(first, "first joined", "the first client (its own message)", timeout.Token);
            using var second = await ConnectAsync(printed, tutorial.ClientSubProtocol, timeout.Token);
            await SendTextAsync(second, "second joined", timeout.Token);
            await ExpectTextAsync(second, "second joined", "the second client (its own message)", timeout.Token);
            await ExpectTextAsync(first, "second joined", "the first client (the other's message)", timeout.Token);

            await SendTextAsync(first, tutorial.ClientMessage, timeout.Token);
            await ExpectTextAsync(first, tutorial.ClientMessage, "the first client (its own message)", timeout.Token);
            await ExpectTextAsync(second, tutorial.ClientMessage, "the second client (the other's message)", timeout.Token);

            // Ctrl+C: the app closes every session with 1001 and exits by itself with status 0 (dotnet run passes it on).
            var (killStatus, killOutput) = await ProcessRunner.RunUncheckedAsync(
                "bash", appDirectory, TimeSpan.FromSeconds(30), environment: null, "-c", $"kill -INT -- -{server.Id}");
            Assert.True(killStatus == 0, "kill -INT failed: " + killOutput);
            foreach (var client in new[] { first, second })
            {
                var close = await client.ReceiveAsync(new byte[256], timeout.Token);
                Assert.Equal(WebSocketMessageType.Close, close.MessageType);
                Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, client.CloseStatus);
            }

            Assert.True(server.WaitForExit(TimeSpan.FromSeconds(60)), "The app did not exit within 60 s of Ctrl+C.");
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

    private static async Task<ClientWebSocket> ConnectAsync(Uri url, string? subProtocol, CancellationToken cancellationToken)
    {
        var client = new ClientWebSocket();
        if (subProtocol is not null)
        {
            client.Options.AddSubProtocol(subProtocol);
        }

        await client.ConnectAsync(url, cancellationToken);
        Assert.Equal(subProtocol, client.SubProtocol);
        return client;
    }

    /// <summary>Receives one text message and expects <paramref name="expected"/>; a wait that runs out fails with what was missing.</summary>
    private static async Task ExpectTextAsync(ClientWebSocket client, string expected, string who, CancellationToken cancellationToken)
    {
        string received;
        try
        {
            received = await ConsumerProcess.ReceiveTextAsync(client, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"{who} did not receive \"{expected}\" within the time limit: the tutorial's endpoint does not relay every message to everyone in the room, the sender included, as its step 6 says.");
            throw;
        }

        Assert.Equal(expected, received);
    }

    private static Task SendTextAsync(ClientWebSocket client, string text, CancellationToken cancellationToken)
        => client.SendAsync(System.Text.Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    /// <summary>Runs a README bash block with bash -e (a failing command fails the step) and returns its output.</summary>
    private static async Task<string> RunScriptAsync(string directory, string script, IReadOnlyDictionary<string, string>? environment)
    {
        var (exitCode, output) = await ProcessRunner.RunUncheckedAsync(
            "bash", directory, TimeSpan.FromMinutes(15), environment, "-e", "-u", "-o", "pipefail", "-c", script);
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
