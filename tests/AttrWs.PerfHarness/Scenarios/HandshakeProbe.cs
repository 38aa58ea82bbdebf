using System.Globalization;
using AttrWs.PerfHarness.Client;
using AttrWs.Testing;

namespace AttrWs.PerfHarness.Scenarios;

/// <summary>
/// `probe KIND [--handshakes N] [--concurrency C] [--rounds R]`: a fixed number of handshakes (as the handshake
/// scenario does them: connect, 101, client close 1000, the server's close and FIN) against one .NET server, after a
/// warm-up, with the server's thread-pool work items, bytes allocated, context switches and CPU time read before and
/// after each round: per-handshake counts that, unlike a rate, do not depend on how loaded the machine is (but CPU).
/// </summary>
internal static class HandshakeProbe
{
    public static async Task<int> RunAsync(string name, string repositoryRoot, string[] args)
    {
        var handshakes = 20_000;
        var concurrency = 32;
        var rounds = 3;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--handshakes": handshakes = value; break;
                case "--concurrency": concurrency = value; break;
                case "--rounds": rounds = value; break;
                default: throw new ArgumentException("Unknown option " + args[i]);
            }
        }

        using var server = await ServerProcess.StartAsync(name, repositoryRoot).ConfigureAwait(false);
        var head = RawWebSocket.BrowserRequestHead(server.EndPoint, "/echo");
        await RunAsync(server, head, handshakes, concurrency).ConfigureAwait(false); // warm-up (tiered JIT, pools)
        await Task.Delay(1000).ConfigureAwait(false);
        for (var round = 0; round < rounds; round++)
        {
            var before = await server.RuntimeStatsAsync().ConfigureAwait(false) ?? throw new InvalidOperationException("No stats.");
            var switches = server.ContextSwitches();
            var cpu = server.CpuSeconds();
            var errors = await RunAsync(server, head, handshakes, concurrency).ConfigureAwait(false);
            await Task.Delay(200).ConfigureAwait(false); // the last connections' ends
            cpu = server.CpuSeconds() - cpu;
            switches = server.ContextSwitches() - switches;
            var after = await server.RuntimeStatsAsync().ConfigureAwait(false) ?? throw new InvalidOperationException("No stats.");
            double n = handshakes;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name} round {round + 1}: {handshakes} handshakes  work items {(after.WorkItems - before.WorkItems) / n:F2}  bytes {(after.AllocatedBytes - before.AllocatedBytes) / n:F0}  context switches {switches / n:F2}  CPU {cpu * 1e6 / n:F1} µs (under load)  errors {errors}"));
        }

        return 0;
    }

    private static async Task<long> RunAsync(ServerProcess server, ReadOnlyMemory<byte> head, int handshakes, int concurrency)
    {
        var remaining = handshakes;
        long errors = 0;
        var workers = new Task[concurrency];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = Task.Run(async () =>
            {
                while (Interlocked.Decrement(ref remaining) >= 0)
                {
                    try
                    {
                        using var connection = await RawWebSocket.ConnectAsync(server.EndPoint, head, verifyAccept: false, CancellationToken.None).ConfigureAwait(false);
                        await connection.CloseAsync(Frame.Close1000, CancellationToken.None).ConfigureAwait(false);
                    }
                    catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or InvalidOperationException)
                    {
                        ErrorLog.Report(server.Name, ex);
                        Interlocked.Increment(ref errors);
                    }
                }
            });
        }

        await Task.WhenAll(workers).ConfigureAwait(false);
        return errors;
    }
}
