using System.Diagnostics.Metrics;
using System.Globalization;
using AttrWs.Redis.Tests.Infrastructure;
using Xunit.Abstractions;

namespace AttrWs.Redis.Tests;

/// <summary>
/// Redis stopped for 3 s and restarted on the same port mid-run, nodes left running: what each member receives, with
/// and without Redis persistence.
/// </summary>
public sealed class OutageTests(ITestOutputHelper output)
{
    private const int PerSender = 500;
    private static readonly TimeSpan SendInterval = TimeSpan.FromMilliseconds(12);

    [Fact]
    public async Task With_append_only_persistence_every_member_gets_every_message_once_in_order_per_sender()
    {
        var run = await RunOutageAsync(appendOnly: true);
        foreach (var (member, messages) in run.Received)
        {
            foreach (var sender in new[] { "A", "B" })
            {
                Assert.Equal(Enumerable.Range(0, PerSender).ToList(), messages[sender]);
            }

            output.WriteLine($"{member}: {messages["A"].Count} from A, {messages["B"].Count} from B");
        }

        Assert.Equal(0, run.LostOnA + run.LostOnB);
    }

    [Fact]
    public async Task Without_persistence_only_what_a_node_had_not_read_yet_is_lost_and_it_is_counted()
    {
        var run = await RunOutageAsync(appendOnly: false);
        foreach (var (member, messages) in run.Received)
        {
            var node = member[0..1];
            foreach (var sender in new[] { "A", "B" })
            {
                var got = messages[sender];

                // At most once, in order: strictly increasing.
                for (var i = 1; i < got.Count; i++)
                {
                    Assert.True(got[i] > got[i - 1], $"{member} got {sender}:{got[i]} after {sender}:{got[i - 1]}");
                }

                var missing = PerSender - got.Count;
                output.WriteLine($"{member}: {got.Count} of {PerSender} from {sender} ({missing} lost)");
                if (sender == node)
                {
                    // A node delivers its own senders' messages itself: Redis is not involved.
                    Assert.Equal(0, missing);
                }
                else
                {
                    // Every message missing from a remote sender is one the node counted as lost (a sequence gap).
                    Assert.Equal(node == "A" ? run.LostOnA : run.LostOnB, missing);
                }
            }
        }

        output.WriteLine($"lost on A: {run.LostOnA}, lost on B: {run.LostOnB} (entries Redis had taken but that node had not read when Redis went down)");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_node_that_is_behind_when_Redis_restarts_loses_the_unread_entries_only_without_persistence(bool appendOnly)
    {
        await using var redis = await RedisServer.StartAsync(appendOnly);
        var prefix = RedisFixture.NewPrefix();
        await using var a = await ClusterNode.StartAsync(redis.Configuration, prefix);
        await using var b = await ClusterNode.StartAsync(redis.Configuration, prefix);
        using var a1 = await a.JoinAsync("room");
        using var b1 = await b.JoinAsync("room");
        await ClusterTests.WaitForCountAsync(a, b, "room", 2);
        await a1.SendAsync("g:0");
        Assert.Equal("0", await b1.ReceiveAsync());

        // B falls behind: A's next ten messages are in Redis (acknowledged) but B has not read them.
        b.Backplane.ReadingPaused = true;
        for (var i = 1; i <= 10; i++)
        {
            await a1.SendAsync("g:" + i.ToString(CultureInfo.InvariantCulture));
        }

        await Eventually.TrueAsync(() => Task.FromResult(a.Backplane.PublishedCount == 11), "A's messages are in Redis");
        await redis.StopAsync();
        await redis.RestartAsync();
        b.Backplane.ReadingPaused = false;
        await a1.SendAsync("g:11");

        var received = new List<string>();
        while (received.LastOrDefault() != "11")
        {
            received.Add(await b1.ReceiveAsync());
        }

        output.WriteLine($"appendonly {(appendOnly ? "yes" : "no")}: B got {string.Join(',', received)}; lost on B: {b.Backplane.LostCount}");
        if (appendOnly)
        {
            Assert.Equal(Enumerable.Range(1, 11).Select(i => i.ToString(CultureInfo.InvariantCulture)), received);
            Assert.Equal(0, b.Backplane.LostCount);
        }
        else
        {
            Assert.Equal(["11"], received);
            Assert.Equal(10, b.Backplane.LostCount);
        }
    }

    [Fact]
    public async Task Nodes_start_while_Redis_is_down_deliver_locally_and_join_the_cluster_when_it_comes_up()
    {
        await using var redis = RedisServer.Reserve();
        var prefix = RedisFixture.NewPrefix();
        var starting = System.Diagnostics.Stopwatch.StartNew();
        await using var a = await ClusterNode.StartAsync(redis.Configuration, prefix);
        await using var b = await ClusterNode.StartAsync(redis.Configuration, prefix);
        output.WriteLine($"both nodes started without Redis in {starting.ElapsedMilliseconds} ms");
        Assert.False(a.Backplane.IsConnected);
        using var a1 = await a.JoinAsync("room");
        using var a2 = await a.JoinAsync("room");
        using var b1 = await b.JoinAsync("room");
        await a1.SendAsync("g:while down");
        Assert.Equal("while down", await a2.ReceiveAsync());
        await Eventually.TrueAsync(() => Task.FromResult(a.Backplane.BufferedCount == 1), "one message buffered");

        await redis.RestartAsync();
        await ClusterTests.WaitForCountAsync(a, b, "room", 3);

        // The message buffered before Redis existed is delivered on B, then what follows, in order.
        await a1.SendAsync("g:after");
        Assert.Equal("while down", await b1.ReceiveAsync());
        Assert.Equal("after", await b1.ReceiveAsync());
    }

    [Fact]
    public async Task A_full_buffer_drops_the_oldest_counts_and_logs_it_while_local_delivery_continues()
    {
        await using var redis = await RedisServer.StartAsync();
        var prefix = RedisFixture.NewPrefix();
        var logs = new CapturingLoggerFactory();
        await using var a = await ClusterNode.StartAsync(redis.Configuration, prefix, o => o.BufferCapacity = 5, logs);
        await using var b = await ClusterNode.StartAsync(redis.Configuration, prefix);
        using var dropped = new DroppedListener(a.Backplane);
        using var a1 = await a.JoinAsync("room");
        using var b1 = await b.JoinAsync("room");
        await ClusterTests.WaitForCountAsync(a, b, "room", 2);
        await a1.SendAsync("g:warm-up");
        Assert.Equal("warm-up", await a1.ReceiveAsync());
        Assert.Equal("warm-up", await b1.ReceiveAsync());

        await redis.StopAsync();
        await Eventually.TrueAsync(() => Task.FromResult(!a.Backplane.IsConnected), "node A noticed Redis is gone");
        for (var i = 0; i < 20; i++)
        {
            await a1.SendAsync("g:" + i.ToString(CultureInfo.InvariantCulture));
        }

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(i.ToString(CultureInfo.InvariantCulture), await a1.ReceiveAsync());
        }

        // The endpoint hands each message to the backplane right after queuing it locally: wait for the last hand-over.
        await Eventually.TrueAsync(() => Task.FromResult(a.Backplane.DroppedCount == 15), "15 dropped");
        Assert.Equal(15, dropped.Total);
        Assert.Contains(logs.Entries, e => e.EventId == 204 && e.Text.Contains("dropping the oldest", StringComparison.Ordinal));

        await redis.RestartAsync();
        for (var i = 15; i < 20; i++)
        {
            Assert.Equal(i.ToString(CultureInfo.InvariantCulture), await b1.ReceiveAsync());
        }

        Assert.Equal(15, b.Backplane.LostCount);
        await Eventually.TrueAsync(() => Task.FromResult(a.Backplane.BufferedCount == 0), "A's buffer was sent");
    }

    private async Task<OutageRun> RunOutageAsync(bool appendOnly)
    {
        await using var redis = await RedisServer.StartAsync(appendOnly);
        var prefix = RedisFixture.NewPrefix();
        await using var a = await ClusterNode.StartAsync(redis.Configuration, prefix);
        await using var b = await ClusterNode.StartAsync(redis.Configuration, prefix);
        var members = new Dictionary<string, RoomClient>
        {
            ["A1"] = await a.JoinAsync("room"),
            ["A2"] = await a.JoinAsync("room"),
            ["B1"] = await b.JoinAsync("room"),
            ["B2"] = await b.JoinAsync("room"),
        };
        try
        {
            await ClusterTests.WaitForCountAsync(a, b, "room", 4);
            var receiving = members.ToDictionary(m => m.Key, m => CollectUntilEndAsync(m.Value));
            var sending = Task.WhenAll(SendAsync(members["A1"], "A"), SendAsync(members["B1"], "B"));

            await Task.Delay(TimeSpan.FromSeconds(1));
            await redis.StopAsync();
            output.WriteLine($"Redis stopped (appendonly {(appendOnly ? "yes" : "no")}); A buffered {a.Backplane.BufferedCount}");
            await Task.Delay(TimeSpan.FromSeconds(3));
            output.WriteLine($"restarting Redis; buffered: A {a.Backplane.BufferedCount}, B {b.Backplane.BufferedCount}");
            await redis.RestartAsync();
            await sending;

            var received = new Dictionary<string, Dictionary<string, List<int>>>();
            foreach (var (member, task) in receiving)
            {
                received[member] = await task;
            }

            Assert.Equal(0, a.Backplane.DroppedCount + b.Backplane.DroppedCount);
            return new OutageRun(received, a.Backplane.LostCount, b.Backplane.LostCount);
        }
        finally
        {
            foreach (var member in members.Values)
            {
                member.Dispose();
            }
        }
    }

    private static async Task SendAsync(RoomClient client, string tag)
    {
        await ClusterTests.SendNumberedAsync(client, tag, PerSender, SendInterval);
        await client.SendAsync("g:" + tag + ":end");
    }

    /// <summary>Numbers received per sender until both senders' end markers arrived (bounded by the receive timeout).</summary>
    private static async Task<Dictionary<string, List<int>>> CollectUntilEndAsync(RoomClient client)
    {
        var bySender = new Dictionary<string, List<int>> { ["A"] = [], ["B"] = [] };
        var ended = 0;
        while (ended < 2)
        {
            var text = await client.ReceiveAsync(TimeSpan.FromSeconds(30));
            var parts = text.Split(':');
            if (parts[1] == "end")
            {
                ended++;
            }
            else
            {
                bySender[parts[0]].Add(int.Parse(parts[1], CultureInfo.InvariantCulture));
            }
        }

        return bySender;
    }

    private sealed record OutageRun(Dictionary<string, Dictionary<string, List<int>>> Received, long LostOnA, long LostOnB);

    /// <summary>Sums attrws.backplane.messages.dropped of one backplane's meter.</summary>
    private sealed class DroppedListener : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _total;

        public DroppedListener(RedisBackplane backplane)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == "AttrWs.Redis" && ReferenceEquals(instrument.Meter.Scope, backplane) && instrument.Name == "attrws.backplane.messages.dropped")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _total, value));
            _listener.Start();
        }

        public long Total => Interlocked.Read(ref _total);

        public void Dispose() => _listener.Dispose();
    }
}
