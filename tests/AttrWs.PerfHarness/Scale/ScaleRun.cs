using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using AttrWs.Redis.Tests.Infrastructure;

namespace AttrWs.PerfHarness.Scale;

/// <summary>
/// The <c>scale</c> command (issue 15, target 5): per layout, K AttrWs node processes joined by a Redis backplane
/// (a real redis-server on a free port, no persistence) and client processes of raw sockets from source addresses spread
/// over 127.0.0.0/8 open their share of the connections; the connections stay idle for a minute, then one
/// <c>SendToAllAsync</c> issued on node 0 must reach every connection on every node exactly once and intact.
/// One process cannot hold more sockets than the open-file limit (hard 20,000 in this container, not raisable without
/// CAP_SYS_RESOURCE), hence several nodes and several clients.
/// </summary>
internal static class ScaleRun
{
    private const int DescriptorMargin = 500; // the runtime's own descriptors, Redis connections, the listener

    public static async Task<int> RunAsync(ScaleOptions options)
    {
        using var timeout = new CancellationTokenSource(options.Timeout);
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            timeout.Cancel();
        };
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            timeout.Cancel();
        });

        var limits = ProcFiles.OpenFileLimits("self");
        var hard = int.Parse(limits.Split('/')[1], CultureInfo.InvariantCulture);
        var perProcess = hard - DescriptorMargin;
        Console.WriteLine($"== scale: open-file limit (soft/hard) {limits}; {perProcess:N0} connections per process at most; "
            + $"{ProcFiles.MemInfoBytes("MemAvailable:") / 1048576:N0} MiB available; load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");

        var results = new List<ScaleResult>();
        try
        {
            await using var redis = await RedisServer.StartAsync(appendOnly: false).ConfigureAwait(false);
            foreach (var layout in options.Layouts)
            {
                Console.WriteLine($"== scale {layout}");
                var result = await RunLayoutAsync(options, layout, redis.Configuration, perProcess, limits, timeout.Token).ConfigureAwait(false);
                results.Add(result);
                Print(result);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync($"scale: stopped (timeout {options.Timeout} or Ctrl+C/SIGTERM); every child process was stopped.").ConfigureAwait(false);
            return 1;
        }

        if (options.JsonPath is { } json)
        {
            await File.WriteAllTextAsync(json, JsonSerializer.Serialize(results, ScaleJson.Default.ListScaleResult)).ConfigureAwait(false);
        }

        var markdown = ScaleReport.Write(results, options);
        if (options.MarkdownPath is { } path)
        {
            await File.WriteAllTextAsync(path, markdown).ConfigureAwait(false);
        }
        else
        {
            Console.WriteLine(markdown);
        }

        var failed = results.Where(r => !r.Complete).ToList();
        foreach (var r in failed)
        {
            await Console.Error.WriteLineAsync($"scale {r.Nodes} × {r.Requested:N0}: not every connection opened and received one intact copy (see the table).").ConfigureAwait(false);
        }

        return failed.Count > 0 ? 1 : 0;
    }

    private static async Task<ScaleResult> RunLayoutAsync(
        ScaleOptions options, ScaleLayout layout, string redis, int perProcess, string limits, CancellationToken cancellationToken)
    {
        var perClient = options.PerClient > 0 ? options.PerClient : perProcess;
        var shares = Enumerable.Range(0, layout.Nodes).Select(k => layout.Connections / layout.Nodes + (k < layout.Connections % layout.Nodes ? 1 : 0)).ToArray();
        if (shares[0] > perProcess || perClient > perProcess)
        {
            throw new ArgumentException($"{shares[0]:N0} connections per node (or {perClient:N0} per client) exceed the {perProcess:N0} one process can hold "
                + $"under the open-file limit {limits}: use more nodes.");
        }

        var clientCount = shares.Sum(s => (s + perClient - 1) / perClient);
        CheckMemory(layout, clientCount);

        var sequence = Random.Shared.NextInt64(1, long.MaxValue);
        var prefix = "scale" + Guid.NewGuid().ToString("N")[..8];
        var nodes = new List<ScaleProcess>();
        var clients = new List<ScaleProcess>();
        try
        {
            string[] nodeArguments = options.KeepAliveTimeout is { } pongTimeout
                ? ["scale-node", "--redis", redis, "--prefix", prefix, "--keep-alive-timeout", Invariant(pongTimeout.TotalSeconds)]
                : ["scale-node", "--redis", redis, "--prefix", prefix];
            for (var k = 0; k < layout.Nodes; k++)
            {
                nodes.Add(ScaleProcess.Start($"node {k}", nodeArguments));
            }

            var ports = (await Task.WhenAll(nodes.Select(n => n.WaitForAsync("LISTENING ", cancellationToken))).ConfigureAwait(false))
                .Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            var nodeLimits = nodes[0].OpenFileLimits();

            // Each node's share over as few clients as the limit allows; client c uses source addresses 127.(10 + c).x.y.
            for (var k = 0; k < layout.Nodes; k++)
            {
                var parts = (shares[k] + perClient - 1) / perClient;
                for (var p = 0; p < parts; p++)
                {
                    var count = shares[k] / parts + (p < shares[k] % parts ? 1 : 0);
                    var index = clients.Count;
                    clients.Add(ScaleProcess.Start($"client {index}", [
                        "scale-client", "--port", Invariant(ports[k]), "--count", Invariant(count), "--index", Invariant(index),
                        "--seq", Invariant(sequence), "--per-address", Invariant(options.PerAddress), "--concurrency", Invariant(options.Concurrency),
                        "--warmup", Invariant(options.Warmup), "--broadcast-timeout", Invariant(options.BroadcastTimeout.TotalSeconds),
                        "--duplicate-window", Invariant(options.DuplicateWindow.TotalSeconds)]));
                }
            }

            await Task.WhenAll(clients.Select(c => c.WaitForAsync("WARM", cancellationToken))).ConfigureAwait(false);
            await Task.Delay(options.Settle, cancellationToken).ConfigureAwait(false);
            var managedBefore = await ManagedHeapAsync(nodes, cancellationToken).ConfigureAwait(false);
            var rssBefore = nodes.Sum(n => n.ResidentBytes());
            var clientRssBefore = clients.Sum(c => c.ResidentBytes());
            var tcpBefore = ProcFiles.TcpMemoryPages();
            var slabBefore = ProcFiles.MemInfoBytes("Slab:");

            // Connect: every client opens its share at once (bounded concurrency inside each).
            var cpuConnect = CpuSeconds(nodes);
            var clientCpu = CpuSeconds(clients);
            var clock = Stopwatch.StartNew();
            foreach (var client in clients)
            {
                await client.SendAsync("open").ConfigureAwait(false);
            }

            var openLines = await Task.WhenAll(clients.Select(c => c.WaitForAsync("OPEN ", cancellationToken))).ConfigureAwait(false);
            var connectSeconds = clock.Elapsed.TotalSeconds;
            cpuConnect = CpuSeconds(nodes) - cpuConnect;
            var opened = openLines.Sum(l => long.Parse(l.Split(' ')[0], CultureInfo.InvariantCulture));
            var droppedWhileOpening = openLines.Sum(l => long.Parse(l.Split(' ')[2], CultureInfo.InvariantCulture));
            Console.WriteLine($"   {opened:N0} of {layout.Connections:N0} open in {connectSeconds:N1} s (server CPU {cpuConnect:N1} s, clients' {CpuSeconds(clients) - clientCpu:N1} s); "
                + $"{droppedWhileOpening:N0} dropped meanwhile");

            await Task.Delay(options.Settle, cancellationToken).ConfigureAwait(false);
            var rssAfter = nodes.Sum(n => n.ResidentBytes()); // before the managed reading: its full collection may return memory
            var clientRssAfter = clients.Sum(c => c.ResidentBytes());
            var tcpAfter = ProcFiles.TcpMemoryPages();
            var slabAfter = ProcFiles.MemInfoBytes("Slab:");
            var held = await CountAsync(nodes, cancellationToken).ConfigureAwait(false);
            var managedAfter = await ManagedHeapAsync(nodes, cancellationToken).ConfigureAwait(false);

            // The idle minute.
            var cpuIdle = CpuSeconds(nodes);
            clientCpu = CpuSeconds(clients);
            clock.Restart();
            await Task.Delay(options.Idle, cancellationToken).ConfigureAwait(false);
            var idleSeconds = clock.Elapsed.TotalSeconds;
            cpuIdle = CpuSeconds(nodes) - cpuIdle;
            var rssAfterIdle = nodes.Sum(n => n.ResidentBytes());
            Console.WriteLine($"   idle {idleSeconds:N0} s: server CPU {cpuIdle:N2} s, clients' {CpuSeconds(clients) - clientCpu:N2} s; load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");

            // The broadcast: issued once, on node 0.
            foreach (var client in clients)
            {
                await client.SendAsync("await").ConfigureAwait(false);
            }

            var cpuBroadcast = CpuSeconds(nodes);
            var sent = (await nodes[0].AskAsync("broadcast " + Invariant(sequence), "SENT ", cancellationToken).ConfigureAwait(false))
                .Split(' ').Select(s => long.Parse(s, CultureInfo.InvariantCulture)).ToArray();
            var doneLines = await Task.WhenAll(clients.Select(c => c.WaitForAsync("DONE ", cancellationToken))).ConfigureAwait(false);
            cpuBroadcast = CpuSeconds(nodes) - cpuBroadcast;
            var reports = doneLines.Select(l => JsonSerializer.Deserialize(l, ScaleJson.Default.ScaleClientReport)!).ToList();
            var nodeStates = new List<string>();
            var heldAfter = await CountAsync(nodes, cancellationToken, nodeStates).ConfigureAwait(false);
            foreach (var state in nodeStates)
            {
                Console.WriteLine("   " + state);
            }

            foreach (var report in reports)
            {
                Console.WriteLine($"   client {report.Index} (port {report.Port}): opened {report.Opened:N0}, received {report.Received:N0}, dropped {report.Dropped:N0}, pings answered {report.PingsAnswered:N0}");
            }
            foreach (var client in clients)
            {
                await client.SendAsync("stop").ConfigureAwait(false);
            }

            var received = reports.Where(r => r.LastReceipt > 0).ToList();
            var local = received.Where(r => r.Port == ports[0]).ToList();
            var remote = received.Where(r => r.Port != ports[0]).ToList();
            return new ScaleResult(
                layout.Nodes, clients.Count, layout.Connections, opened, reports.Sum(r => r.Failed), reports.Sum(r => r.Retries), held, heldAfter,
                connectSeconds, cpuConnect,
                (rssAfter - rssBefore) / (double)Math.Max(1, opened),
                managedBefore is { } mb && managedAfter is { } ma ? (ma - mb) / (double)Math.Max(1, opened) : null,
                (rssAfterIdle - rssBefore) / (double)Math.Max(1, opened),
                (clientRssAfter - clientRssBefore) / (double)Math.Max(1, opened),
                (tcpAfter - tcpBefore) * (double)Environment.SystemPageSize / Math.Max(1, opened),
                (slabAfter - slabBefore) / (double)Math.Max(1, opened),
                rssAfter, idleSeconds, cpuIdle, cpuBroadcast,
                Milliseconds(sent[1] - sent[0]),
                received.Count > 0 ? Milliseconds(received.Min(r => r.FirstReceipt) - sent[0]) : null,
                received.Count > 0 ? Milliseconds(received.Max(r => r.LastReceipt) - sent[0]) : null,
                local.Count > 0 ? Milliseconds(local.Max(r => r.LastReceipt) - sent[0]) : null,
                remote.Count > 0 ? Milliseconds(remote.Max(r => r.LastReceipt) - sent[0]) : null,
                reports.Sum(r => r.Received), opened - reports.Sum(r => r.Received), reports.Sum(r => r.Corrupted), reports.Sum(r => r.Duplicated),
                reports.Sum(r => r.Dropped), reports.Sum(r => r.PingsAnswered), nodeLimits, options.PerAddress,
                options.KeepAliveTimeout is { } t ? $"30 s / {t.TotalSeconds:0.#} s" : "30 s / 10 s (defaults)",
                reports, nodeStates);
        }
        finally
        {
            // Clients first (their sockets close), then the nodes; each is killed if it does not stop within seconds.
            foreach (var process in clients.Concat(nodes))
            {
                process.Dispose();
            }
        }
    }

    private static void CheckMemory(ScaleLayout layout, int clients)
    {
        // Generous: ~10 KiB per connection in a node, ~3 KiB in a client, ~4 KiB in the kernel, 150 MiB per process.
        var need = layout.Connections * 48L * 1024 + (layout.Nodes + clients) * 150L * 1048576;
        var available = ProcFiles.MemInfoBytes("MemAvailable:");
        if (need > available * 8 / 10)
        {
            throw new InvalidOperationException($"Layout {layout} may need {need / 1048576:N0} MiB; only {available / 1048576:N0} MiB are available.");
        }
    }

    private static double CpuSeconds(List<ScaleProcess> processes) => processes.Sum(p => p.CpuSeconds());

    private static async Task<long?> ManagedHeapAsync(List<ScaleProcess> nodes, CancellationToken cancellationToken)
    {
        long total = 0;
        foreach (var node in nodes)
        {
            total += long.Parse(await node.AskAsync("gc", "GC ", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        return total;
    }

    private static async Task<long> CountAsync(List<ScaleProcess> nodes, CancellationToken cancellationToken, List<string>? lines = null)
    {
        long total = 0;
        foreach (var node in nodes)
        {
            var line = await node.AskAsync("count", "COUNT ", cancellationToken).ConfigureAwait(false);
            lines?.Add($"{node.Name}: {line}");
            total += long.Parse(line.Split(' ')[0], CultureInfo.InvariantCulture);
        }

        return total;
    }

    private static double Milliseconds(long stopwatchTicks) => stopwatchTicks * 1000.0 / Stopwatch.Frequency;

    private static string Invariant(IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);

    private static void Print(ScaleResult r) => Console.WriteLine(
        $"   held {r.Held:N0}; RSS {r.RssBytesPerConnection:N0} B/connection (managed {r.ManagedBytesPerConnection:N0} B); "
        + $"broadcast last copy {r.LastCopyMilliseconds:N0} ms after the send; received {r.Received:N0}, lost {r.Lost}, corrupted {r.Corrupted}, "
        + $"duplicated {r.Duplicated}, dropped {r.Dropped}, failed connects {r.FailedConnects}");
}
