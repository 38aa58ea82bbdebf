using System.IO.Compression;
using System.Net.WebSockets;
using System.Text;

namespace AttrWs.PackageTests;

/// <summary>The one NuGet package carries the runtime and the generator, and a project outside the repo can use it.</summary>
[Collection(PackedPackagesDefinition.Name)]
public sealed class PackageTests(PackedPackageFixture package)
{
    [Fact]
    public void Package_holds_the_runtime_and_the_generator()
    {
        Assert.True(File.Exists(package.PackagePath), "No package at " + package.PackagePath);
        using var archive = ZipFile.OpenRead(package.PackagePath);
        var entries = archive.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("lib/net10.0/AttrWs.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/AttrWs.Generators.dll", entries);

        // The generator is packed as an analyzer only: never as a library the consumer would reference.
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.EndsWith("AttrWs.Generators.dll", StringComparison.Ordinal));
        Assert.True(archive.GetEntry("analyzers/dotnet/cs/AttrWs.Generators.dll")!.Length > 0);
    }

    [Fact]
    public async Task A_console_app_outside_the_repository_serves_a_generated_endpoint_from_the_package()
    {
        using var app = new TempDirectory("attrws-consumer");
        ConsumerProject.Write(app.Path, package.FeedDirectory, package.Version, File.ReadAllText(Path.Combine(package.RepositoryRoot, "global.json")));
        Assert.False(app.Path.StartsWith(package.RepositoryRoot, StringComparison.Ordinal), "The consumer must live outside the repository.");

        await ProcessRunner.RunAsync(app.Path, TimeSpan.FromMinutes(5), "build", "-c", "Release", "--disable-build-servers", "-p:EmitCompilerGeneratedFiles=true");
        AssertNoBuildMachinePathInTheEndpointMap(app.Path);

        using var server = ProcessRunner.Start(app.Path, redirectInput: true, Path.Combine(app.Path, "bin", "Release", "net10.0", "Consumer.dll"));
        try
        {
            var url = await ConsumerProcess.ReadUrlAsync(server, TimeSpan.FromSeconds(60));

            using var client = new ClientWebSocket();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await client.ConnectAsync(new Uri(url), timeout.Token);
            await client.SendAsync("hello"u8.ToArray(), WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
            var reply = await ConsumerProcess.ReceiveTextAsync(client, timeout.Token);
            await client.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);

            Assert.Equal("pong:hello", reply);
        }
        finally
        {
            server.StandardInput.Close();
            if (!server.WaitForExit(TimeSpan.FromSeconds(15)))
            {
                server.Kill(entireProcessTree: true);
            }
        }
    }

    /// <summary>
    /// The generated source-locations file names the endpoint's file relative to the project, and the compiled assembly's
    /// string literals hold no path of the machine that built it (the PDB path in the debug directory is the SDK's, UTF-8).
    /// </summary>
    private static void AssertNoBuildMachinePathInTheEndpointMap(string projectDirectory)
    {
        var generated = Directory.GetFiles(Path.Combine(projectDirectory, "obj"), "AttrWs.GeneratedEndpoints.SourceLocations.g.cs", SearchOption.AllDirectories);
        var locations = File.ReadAllText(Assert.Single(generated));
        Assert.Contains("\"Program.cs\"", locations, StringComparison.Ordinal);
        Assert.DoesNotContain(projectDirectory, locations, StringComparison.Ordinal);

        var assembly = File.ReadAllBytes(Path.Combine(projectDirectory, "bin", "Release", "net10.0", "Consumer.dll"));
        Assert.True(
            assembly.AsSpan().IndexOf(Encoding.Unicode.GetBytes(projectDirectory)) < 0,
            "Consumer.dll holds the project directory " + projectDirectory + " as a string literal.");
        Assert.True(assembly.AsSpan().IndexOf(Encoding.Unicode.GetBytes("Program.cs")) >= 0, "The endpoint map's relative path is missing.");
    }
}
