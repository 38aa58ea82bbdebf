using System.Text.Json;
using AttrWs.PerfHarness.Scale;
using AttrWs.Testing;
using Xunit.Abstractions;

namespace AttrWs.Redis.Tests;

/// <summary>
/// The load harness's scale scenario (issue 15, target 5) at small scale: real node processes joined by a real
/// redis-server, real client processes on raw sockets, and the checks that a broadcast reached every connection once.
/// </summary>
public sealed class ScaleScenarioTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_broadcast_on_one_node_reaches_every_connection_of_every_node_exactly_once()
    {
        var dll = Path.Combine(Repository.Root, "tests", "AttrWs.PerfHarness", "bin", Repository.Configuration, "net10.0", "AttrWs.PerfHarness.dll");
        Assert.True(File.Exists(dll), "missing " + dll);
        using var directory = new TempDirectory("attrws-scale");
        var json = Path.Combine(directory.Path, "scale.json");

        var run = await ChildProcess.RunAsync("dotnet", TimeSpan.FromMinutes(4), dll, "scale", "--smoke", "--layout", "2x300", "--json", json);
        output.WriteLine(run.Output);

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        var result = Assert.Single(document.RootElement.EnumerateArray());
        Assert.Equal(2, result.GetProperty("Nodes").GetInt32());
        foreach (var count in new[] { "Opened", "Held", "HeldAfterBroadcast", "Received" })
        {
            Assert.Equal(300, result.GetProperty(count).GetInt64());
        }

        foreach (var count in new[] { "Lost", "Corrupted", "Duplicated", "Dropped", "FailedConnects" })
        {
            Assert.Equal(0, result.GetProperty(count).GetInt64());
        }

        // Node 1's clients got their copies through Redis: the send was issued on node 0 only.
        Assert.Equal(JsonValueKind.Number, result.GetProperty("RemoteLastCopyMilliseconds").ValueKind);
        Assert.True(result.GetProperty("RssBytesPerConnection").GetDouble() > 0);
    }

    [Fact]
    public void The_broadcast_payload_check_rejects_a_changed_byte_a_wrong_number_and_a_wrong_length()
    {
        var payload = ScalePayload.Create(42);
        Assert.True(ScalePayload.IsIntact(payload, 42));
        Assert.False(ScalePayload.IsIntact(payload, 43));
        Assert.False(ScalePayload.IsIntact(payload.AsSpan(0, ScalePayload.Length - 1), 42));
        for (var i = 0; i < payload.Length; i += 7)
        {
            var corrupted = (byte[])payload.Clone();
            corrupted[i] ^= 0x10;
            Assert.False(ScalePayload.IsIntact(corrupted, 42), $"byte {i} flipped");
        }
    }
}
