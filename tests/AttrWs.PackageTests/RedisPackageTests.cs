using System.IO.Compression;
using System.Net.WebSockets;
using System.Text;

namespace AttrWs.PackageTests;

/// <summary>
/// <c>dotnet pack src/AttrWs.Redis</c> makes a package that a project outside the repository consumes with one
/// reference (AttrWs comes with it), and a node built from it serves groups even while Redis is unreachable.
/// </summary>
[Collection(PackedPackagesDefinition.Name)]
public sealed class RedisPackageTests(PackedPackageFixture package)
{
    [Fact]
    public void Package_holds_the_backplane_and_depends_on_AttrWs_and_StackExchange_Redis()
    {
        using var archive = ZipFile.OpenRead(package.RedisPackagePath);
        Assert.True(archive.GetEntry("lib/net10.0/AttrWs.Redis.dll")!.Length > 0);
        using var reader = new StreamReader(archive.GetEntry("AttrWs.Redis.nuspec")!.Open());
        var nuspec = reader.ReadToEnd();
        Assert.Contains($"id=\"AttrWs\" version=\"{package.Version}\"", nuspec, StringComparison.Ordinal);
        Assert.Contains("id=\"StackExchange.Redis\"", nuspec, StringComparison.Ordinal);
        Assert.Contains("id=\"System.IO.Hashing\"", nuspec, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_console_app_outside_the_repository_runs_a_node_with_the_Redis_backplane_from_the_package()
    {
        using var app = new TempDirectory("attrws-redis-consumer");
        ConsumerProject.Write(app.Path, package.FeedDirectory, package.Version, File.ReadAllText(Path.Combine(package.RepositoryRoot, "global.json")));
        var project = Path.Combine(app.Path, "Consumer.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("Include=\"AttrWs\"", "Include=\"AttrWs.Redis\"", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(app.Path, "Program.cs"), """
            using System.Net;
            using AttrWs;
            using AttrWs.Redis;

            // Nothing listens on port 1: the node must start anyway and deliver locally.
            var backplane = new RedisBackplane(new RedisBackplaneOptions { Configuration = "127.0.0.1:1,connectTimeout=500", Prefix = "consumer" });
            var options = new WebSocketServerOptions { Backplane = backplane }.Listen(IPAddress.Loopback, 0);
            await using var server = new WebSocketServer(options);
            server.Map("/room", async session =>
            {
                await session.JoinGroupAsync("room");
                while (await session.ReceiveAsync() is { } message)
                {
                    await session.Groups.SendTextToGroupAsync("room", "room:" + message.GetText());
                }
            });
            await server.StartAsync();
            Console.WriteLine($"ws://127.0.0.1:{server.ListeningEndPoints[0].Port}/room");
            await Console.In.ReadToEndAsync();
            await server.StopAsync();
            await backplane.DisposeAsync();
            """);

        await ProcessRunner.RunAsync(app.Path, TimeSpan.FromMinutes(5), "build", "-c", "Release", "--disable-build-servers");
        using var server = ProcessRunner.Start(app.Path, redirectInput: true, Path.Combine(app.Path, "bin", "Release", "net10.0", "Consumer.dll"));
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var url = await server.StandardOutput.ReadLineAsync(timeout.Token);
            Assert.NotNull(url);
            Assert.StartsWith("ws://", url);

            using var client = new ClientWebSocket();
            await client.ConnectAsync(new Uri(url), timeout.Token);
            await client.SendAsync("hello"u8.ToArray(), WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
            var buffer = new byte[1024];
            var result = await client.ReceiveAsync(buffer, timeout.Token);
            Assert.Equal("room:hello", Encoding.UTF8.GetString(buffer, 0, result.Count));
            await client.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
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
}
