using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace AttrWs.PerfHarness.Scale;

/// <summary>
/// The <c>scale-client</c> process: opens its share of the connections to one node (bounded concurrency, retries),
/// holds them (answering the server's keep-alive pings), and reports what the broadcast did to them. Driven by the
/// orchestrator (<see cref="ScaleRun"/>) over stdin: <c>open</c>, then <c>await</c>; stdin closing ends it.
/// Prints <c>WARM</c>, <c>OPEN opened failed dropped</c> and <c>DONE {json}</c>.
/// </summary>
internal static class ScaleClient
{
    public static async Task<int> RunAsync(string[] args)
    {
        var a = ScaleArguments.Parse(args);
        var port = a.Int("--port");
        var count = a.Int("--count");
        var index = a.Int("--index");
        var sequence = a.Long("--seq");
        var perAddress = a.Int("--per-address", 1000);
        var concurrency = a.Int("--concurrency", 64);
        var warmup = a.Int("--warmup", 200);
        var broadcastTimeout = TimeSpan.FromSeconds(a.Double("--broadcast-timeout", 60));
        var duplicateWindow = TimeSpan.FromSeconds(a.Double("--duplicate-window", 2));
        const string path = "/echo";
        if (index is < 0 or > 240)
        {
            throw new ArgumentException("--index must be 0–240 (source addresses 127.(10 + index).x.y).");
        }

        var server = new IPEndPoint(IPAddress.Loopback, port);
        using var stop = new CancellationTokenSource();
        var commands = ScaleArguments.ReadCommands(stop);

        // Warm-up: the node's first connections (JIT, pools) are not what an idle connection costs.
        var warmSource = SourceAddress(index, 254 * 250);
        for (var i = 0; i < warmup; i++)
        {
            var warm = await ScaleConnection.OpenAsync(server, warmSource, path, stop.Token).ConfigureAwait(false);
            warm.Abort();
        }

        Console.Out.WriteLine("WARM");
        await Expect(commands, "open", stop.Token).ConfigureAwait(false);

        var tally = new ScaleTally();
        var connections = new ScaleConnection?[count];
        var loops = new Task[count];
        long failed = 0, retries = 0;
        var next = -1;
        var clock = Stopwatch.StartNew();
        var openers = new Task[Math.Min(concurrency, count)];
        for (var w = 0; w < openers.Length; w++)
        {
            openers[w] = Task.Run(async () =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < count)
                {
                    var source = SourceAddress(index, i / perAddress);
                    for (var attempt = 1; ; attempt++)
                    {
                        try
                        {
                            var connection = await ScaleConnection.OpenAsync(server, source, path, stop.Token).ConfigureAwait(false);
                            connections[i] = connection;
                            loops[i] = connection.RunAsync(sequence, tally, stop.Token);
                            break;
                        }
                        catch (Exception ex) when (ex is not OperationCanceledException || !stop.IsCancellationRequested)
                        {
                            if (attempt == 5)
                            {
                                Interlocked.Increment(ref failed);
                                Console.Error.WriteLine($"   [scale-client {index}] connection {i} from {source} failed: {ex.GetType().Name}: {ex.Message}");
                                loops[i] = Task.CompletedTask;
                                break;
                            }

                            Interlocked.Increment(ref retries);
                            await Task.Delay(100 * attempt, stop.Token).ConfigureAwait(false);
                        }
                    }
                }
            });
        }

        await Task.WhenAll(openers).ConfigureAwait(false);
        var connectSeconds = clock.Elapsed.TotalSeconds;
        var opened = count - failed;
        Console.Out.WriteLine(FormattableString.Invariant($"OPEN {opened} {failed} {tally.DroppedCount}"));

        await Expect(commands, "await", stop.Token).ConfigureAwait(false);
        var deadline = Stopwatch.StartNew();
        while (tally.ReceivedCount < opened && deadline.Elapsed < broadcastTimeout)
        {
            await Task.Delay(20, stop.Token).ConfigureAwait(false);
        }

        await Task.Delay(duplicateWindow, stop.Token).ConfigureAwait(false); // a second copy would arrive in this window
        var report = tally.Report(index, port, opened, failed, retries, connectSeconds);
        Console.Out.WriteLine("DONE " + JsonSerializer.Serialize(report, ScaleJson.Default.ScaleClientReport));

        await Expect(commands, "stop", stop.Token).ConfigureAwait(false);
        await stop.CancelAsync().ConfigureAwait(false);
        foreach (var connection in connections)
        {
            connection?.Abort();
        }

        await Task.WhenAll(loops.Where(t => t is not null)).WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None).ConfigureAwait(false);
        return 0;
    }

    /// <summary>
    /// The source address of the client's <paramref name="group"/>-th block of connections: 127.(10 + client).(g / 250).(g % 250 + 1),
    /// so each block has the ephemeral port range (32768–60999 here) to itself.
    /// </summary>
    public static IPAddress SourceAddress(int client, int group) =>
        new([127, (byte)(10 + client), (byte)(group / 250), (byte)(group % 250 + 1)]);

    private static async Task Expect(System.Threading.Channels.ChannelReader<string> commands, string command, CancellationToken cancellationToken)
    {
        var line = await commands.ReadAsync(cancellationToken).ConfigureAwait(false);
        if (line != command)
        {
            throw new InvalidOperationException($"Expected the command '{command}', got '{line}'.");
        }
    }
}
