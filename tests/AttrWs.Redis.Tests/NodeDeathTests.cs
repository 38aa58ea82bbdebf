using System.Diagnostics;
using System.Globalization;
using AttrWs.Redis.Tests.Infrastructure;
using Xunit.Abstractions;

namespace AttrWs.Redis.Tests;

/// <summary>A node process killed with SIGKILL (no chance to leave the cluster) and the other node's membership.</summary>
public sealed class NodeDeathTests(RedisFixture redis, ITestOutputHelper output) : IClassFixture<RedisFixture>
{
    private static readonly TimeSpan HeartbeatInterval = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan HeartbeatTimeout = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task A_node_killed_with_SIGKILL_leaves_the_other_nodes_membership_within_the_heartbeat_timeout()
    {
        var prefix = RedisFixture.NewPrefix();
        await using var a = await ClusterNode.StartAsync(redis.Server.Configuration, prefix, o =>
        {
            o.HeartbeatInterval = HeartbeatInterval;
            o.HeartbeatTimeout = HeartbeatTimeout;
        });
        using var child = StartChildNode(redis.Server.Configuration, prefix);
        try
        {
            var port = await ReadPortAsync(child);
            using var a1 = await a.JoinAsync("room");
            using var c1 = await RoomClient.ConnectAsync(port, "room");
            using var c2 = await RoomClient.ConnectAsync(port, "room");
            await Eventually.TrueAsync(async () => await a.Server.Groups.GetMemberCountAsync("room") == 3, "node A counts the child's two members");

            // Cross-node delivery to the child works before it dies.
            await a1.SendAsync("g:hello");
            Assert.Equal("hello", await c1.ReceiveAsync());

            child.Kill(entireProcessTree: false);
            var killed = Stopwatch.StartNew();
            await child.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            await Eventually.TrueAsync(async () => await a.Server.Groups.GetMemberCountAsync("room") == 1, "the dead node's members disappear");
            killed.Stop();
            output.WriteLine($"membership on A dropped to 1 after {killed.ElapsedMilliseconds} ms (heartbeat timeout {HeartbeatTimeout.TotalMilliseconds} ms)");

            // The bound is the configured expiry, plus the polling step of this test.
            Assert.True(killed.Elapsed <= HeartbeatTimeout + TimeSpan.FromSeconds(1), $"took {killed.ElapsedMilliseconds} ms");
        }
        finally
        {
            if (!child.HasExited)
            {
                child.Kill();
            }
        }
    }

    private static Process StartChildNode(string configuration, string prefix)
    {
        var dll = Path.Combine(RepositoryRoot(), "tests", "AttrWs.Redis.TestNode", "bin", Configuration(), "net10.0", "AttrWs.Redis.TestNode.dll");
        Assert.True(File.Exists(dll), "missing " + dll);
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            dll, configuration, prefix,
            HeartbeatInterval.TotalMilliseconds.ToString(CultureInfo.InvariantCulture),
            HeartbeatTimeout.TotalMilliseconds.ToString(CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the child node");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<int> ReadPortAsync(Process child)
    {
        var line = await child.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
        const string prefix = "Listening on ws://127.0.0.1:";
        Assert.NotNull(line);
        Assert.StartsWith(prefix, line);
        return int.Parse(line[prefix.Length..], CultureInfo.InvariantCulture);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AttrWs.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AttrWs.sln not found above " + AppContext.BaseDirectory);
    }

    private static string Configuration() => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
}
