// Group fan-out: messages per second delivered to N members of one group, and the publish-to-receive latency, on one
// node (in-memory backplane) and on two nodes sharing a Redis backplane (members split evenly; the publisher is on node
// A, so node B's members see what the backplane adds). Everything runs in this process over loopback with ClientWebSocket
// members; redis-server (no persistence) is started on a free port.
//   dotnet run -c Release --project tests/AttrWs.Redis.Fanout -- [members=100] [seconds=10] [latencyRate=100]
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.WebSockets;
using AttrWs;
using AttrWs.Redis;
using AttrWs.Redis.Tests.Infrastructure;

var members = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100;
var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
var latencyRate = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100;

Console.WriteLine($"members {members}, throughput run {seconds} s, latency run {seconds} s at {latencyRate} msg/s; payload 64 B; " +
    $"{Environment.ProcessorCount} cores; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
Console.WriteLine();
Console.WriteLine("| Set-up | Members (A + B) | Delivered msg/s | p50 latency local | p99 local | p50 latency via Redis | p99 via Redis | Backplane adds p50 / p99 |");
Console.WriteLine("|---|---|---|---|---|---|---|---|");

await using (var single = await Cluster.StartSingleAsync(members))
{
    await Report("single node, in-memory", single, members, seconds, latencyRate);
}

await using (var redis = await RedisServer.StartAsync(appendOnly: false))
await using (var pair = await Cluster.StartPairAsync(members, redis.Configuration))
{
    await Report("two nodes, Redis " + RedisVersion(), pair, members, seconds, latencyRate);
}

return 0;

static async Task Report(string name, Cluster cluster, int members, int seconds, int latencyRate)
{
    await cluster.WarmUpAsync();
    var throughput = await cluster.RunThroughputAsync(TimeSpan.FromSeconds(seconds));
    var (local, remote) = await cluster.RunLatencyAsync(TimeSpan.FromSeconds(seconds), latencyRate);
    var split = cluster.Nodes.Count == 1 ? $"{members} + 0" : $"{members - members / 2} + {members / 2}";
    var remoteP50 = remote.Count > 0 ? Ms(Percentile(remote, 0.50)) : "-";
    var remoteP99 = remote.Count > 0 ? Ms(Percentile(remote, 0.99)) : "-";
    var adds = remote.Count > 0
        ? $"{Ms(Percentile(remote, 0.50) - Percentile(local, 0.50))} / {Ms(Percentile(remote, 0.99) - Percentile(local, 0.99))}"
        : "-";
    Console.WriteLine($"| {name} | {split} | {throughput:N0} | {Ms(Percentile(local, 0.50))} | {Ms(Percentile(local, 0.99))} | {remoteP50} | {remoteP99} | {adds} |");
}

static double Percentile(List<double> values, double p)
{
    values.Sort();
    return values[Math.Clamp((int)Math.Ceiling(p * values.Count) - 1, 0, values.Count - 1)];
}

static string Ms(double milliseconds) => milliseconds.ToString("0.00", CultureInfo.InvariantCulture) + " ms";

static string RedisVersion()
{
    using var process = Process.Start(new ProcessStartInfo("redis-server", "--version") { RedirectStandardOutput = true })!;
    var text = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    var start = text.IndexOf("v=", StringComparison.Ordinal);
    return start < 0 ? string.Empty : text[(start + 2)..text.IndexOf(' ', start)];
}

/// <summary>One or two nodes with members in group "room"; the publisher is node A's groups service.</summary>
internal sealed class Cluster : IAsyncDisposable
{
    private const string Room = "room";
    private readonly List<Member> _members = [];
    private readonly List<RedisBackplane> _backplanes = [];

    public List<WebSocketServer> Nodes { get; } = [];

    public static async Task<Cluster> StartSingleAsync(int members)
    {
        var cluster = new Cluster();
        var node = await cluster.StartNodeAsync(null);
        for (var i = 0; i < members; i++)
        {
            cluster._members.Add(await Member.ConnectAsync(node, remote: false));
        }

        return cluster;
    }

    public static async Task<Cluster> StartPairAsync(int members, string configuration)
    {
        var cluster = new Cluster();
        var prefix = "fanout" + Guid.NewGuid().ToString("N")[..8];
        var a = await cluster.StartNodeAsync(new RedisBackplane(new RedisBackplaneOptions { Configuration = configuration, Prefix = prefix, BufferCapacity = 1_000_000 }));
        var b = await cluster.StartNodeAsync(new RedisBackplane(new RedisBackplaneOptions { Configuration = configuration, Prefix = prefix, BufferCapacity = 1_000_000 }));
        for (var i = 0; i < members; i++)
        {
            var onB = i % 2 == 1;
            cluster._members.Add(await Member.ConnectAsync(onB ? b : a, remote: onB));
        }

        return cluster;
    }

    public async Task WarmUpAsync()
    {
        await RunThroughputAsync(TimeSpan.FromSeconds(2));
        await RunLatencyAsync(TimeSpan.FromSeconds(1), 100);
    }

    /// <summary>Publishes as fast as the members keep up (at most 200 messages in flight per member); returns deliveries per second.</summary>
    public async Task<double> RunThroughputAsync(TimeSpan duration)
    {
        const int window = 200;
        var payload = new byte[64];
        var start = _members.Sum(m => m.Received);
        var clock = Stopwatch.StartNew();
        long published = 0;
        while (clock.Elapsed < duration)
        {
            var slowest = long.MaxValue;
            foreach (var member in _members)
            {
                slowest = Math.Min(slowest, member.Received - member.Baseline);
            }

            if (published - slowest >= window)
            {
                await Task.Delay(1);
                continue;
            }

            for (var i = 0; i < 50; i++)
            {
                BitConverter.TryWriteBytes(payload, Stopwatch.GetTimestamp());
                await Nodes[0].Groups.SendToGroupAsync(Room, WebSocketMessageType.Binary, payload);
                published++;
            }
        }

        await DrainAsync(published);
        var elapsed = clock.Elapsed.TotalSeconds;
        return (_members.Sum(m => m.Received) - start) / elapsed;
    }

    /// <summary>Publishes at a fixed rate; returns the latencies of local and of remote members (ms).</summary>
    public async Task<(List<double> Local, List<double> Remote)> RunLatencyAsync(TimeSpan duration, int rate)
    {
        foreach (var member in _members)
        {
            member.Latencies.Clear();
            member.Recording = true;
        }

        var payload = new byte[64];
        var clock = Stopwatch.StartNew();
        long published = 0;
        while (clock.Elapsed < duration)
        {
            var due = (long)(clock.Elapsed.TotalSeconds * rate);
            while (published < due)
            {
                BitConverter.TryWriteBytes(payload, Stopwatch.GetTimestamp());
                await Nodes[0].Groups.SendToGroupAsync(Room, WebSocketMessageType.Binary, payload);
                published++;
            }

            await Task.Delay(1);
        }

        await DrainAsync(published);
        var local = new List<double>();
        var remote = new List<double>();
        foreach (var member in _members)
        {
            member.Recording = false;
            lock (member.Latencies)
            {
                (member.Remote ? remote : local).AddRange(member.Latencies);
            }
        }

        return (local, remote);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var member in _members)
        {
            member.Dispose();
        }

        foreach (var node in Nodes)
        {
            await node.DisposeAsync();
        }

        foreach (var backplane in _backplanes)
        {
            await backplane.DisposeAsync();
        }
    }

    private async Task DrainAsync(long published)
    {
        for (var i = 0; i < 3000 && _members.Any(m => m.Received - m.Baseline < published); i++)
        {
            await Task.Delay(10);
        }

        foreach (var member in _members)
        {
            member.Baseline = member.Received;
        }
    }

    private async Task<WebSocketServer> StartNodeAsync(RedisBackplane? backplane)
    {
        var options = new WebSocketServerOptions { Backplane = backplane, Limits = { SendQueueLimit = 100_000, MaxConnections = 100_000 } }.Listen(IPAddress.Loopback, 0);
        var server = new WebSocketServer(options);
        server.Map("/member", async session =>
        {
            await session.JoinGroupAsync(Room);
            await session.SendTextAsync("joined");
            while (await session.ReceiveAsync() is not null)
            {
            }
        });
        await server.StartAsync();
        Nodes.Add(server);
        if (backplane is not null)
        {
            _backplanes.Add(backplane);
        }

        return server;
    }

    private sealed class Member : IDisposable
    {
        private readonly ClientWebSocket _socket = new();
        private long _received;

        public bool Remote { get; private init; }

        public long Received => Interlocked.Read(ref _received);

        public long Baseline { get; set; }

        public volatile bool Recording;

        public List<double> Latencies { get; } = [];

        public static async Task<Member> ConnectAsync(WebSocketServer node, bool remote)
        {
            var member = new Member { Remote = remote };
            await member._socket.ConnectAsync(new Uri($"ws://127.0.0.1:{node.ListeningEndPoints[0].Port}/member"), CancellationToken.None);
            var buffer = new byte[256];
            await member._socket.ReceiveAsync(buffer.AsMemory(), CancellationToken.None);
            _ = member.ReadLoopAsync();
            return member;
        }

        public void Dispose() => _socket.Dispose();

        private async Task ReadLoopAsync()
        {
            var buffer = new byte[256];
            try
            {
                while (true)
                {
                    var result = await _socket.ReceiveAsync(buffer.AsMemory(), CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        return;
                    }

                    if (Recording)
                    {
                        var sent = BitConverter.ToInt64(buffer, 0);
                        var latency = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                        lock (Latencies)
                        {
                            Latencies.Add(latency);
                        }
                    }

                    Interlocked.Increment(ref _received);
                }
            }
            catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException)
            {
            }
        }
    }
}
