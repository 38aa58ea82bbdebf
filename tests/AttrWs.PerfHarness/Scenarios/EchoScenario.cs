using System.Diagnostics;
using AttrWs.PerfHarness.Client;
using AttrWs.Testing;

namespace AttrWs.PerfHarness.Scenarios;

/// <summary>
/// Echo messages per second and round-trip latency: N open connections, each with one binary message in flight at a
/// time (send, wait for the whole echo, repeat). Latency is the time from the send to the echo's last byte.
/// </summary>
internal static class EchoScenario
{
    public static async Task<Measurement> RunAsync(ServerProcess server, HarnessOptions options, int payloadBytes)
    {
        var head = RawWebSocket.BrowserRequestHead(server.EndPoint, "/echo");
        var frame = new Frame { Opcode = Frame.Binary, Payload = Pattern(payloadBytes) }.ToBytes(); // masked once: the hot loop sends the same bytes
        var connections = new RawWebSocket[options.EchoConnections];
        for (var i = 0; i < connections.Length; i++)
        {
            connections[i] = await RawWebSocket.ConnectAsync(server.EndPoint, head, verifyAccept: false, CancellationToken.None).ConfigureAwait(false);
        }

        var window = new Window(server);
        using var stop = new CancellationTokenSource();
        var latencies = new List<long>[connections.Length];
        long errors = 0;
        var workers = new Task[connections.Length];
        for (var i = 0; i < workers.Length; i++)
        {
            var connection = connections[i];
            var samples = latencies[i] = new List<long>(4096);
            workers[i] = Task.Run(async () =>
            {
                try
                {
                    while (!stop.IsCancellationRequested)
                    {
                        var started = Stopwatch.GetTimestamp();
                        await connection.SendAsync(frame, stop.Token).ConfigureAwait(false);
                        var received = await connection.ReceiveMessageAsync(stop.Token).ConfigureAwait(false);
                        var elapsed = Stopwatch.GetTimestamp() - started;
                        if (received != payloadBytes)
                        {
                            Interlocked.Increment(ref errors);
                        }
                        else if (window.IsOpen)
                        {
                            samples.Add(elapsed);
                        }
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    // Done.
                }
                catch (Exception ex) when (!stop.IsCancellationRequested)
                {
                    ErrorLog.Report(server.Name, ex);
                    Interlocked.Increment(ref errors);
                }
            });
        }

        await Task.Delay(options.Warmup).ConfigureAwait(false);
        window.Open();
        await Task.Delay(options.Duration).ConfigureAwait(false);
        window.Close();
        await stop.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(workers).ConfigureAwait(false);
        foreach (var connection in connections)
        {
            connection.Abort();
        }

        var all = new List<long>();
        foreach (var samples in latencies)
        {
            all.AddRange(samples);
        }

        all.Sort();
        return new Measurement(server.Name, $"echo {Format.Size(payloadBytes)}", all.Count, window.Seconds, window.ServerCpuSeconds, errors,
            Percentile(all, 0.50), Percentile(all, 0.99));
    }

    private static byte[] Pattern(int length)
    {
        var payload = new byte[length];
        for (var i = 0; i < payload.Length; i++)
        {
            payload[i] = (byte)('a' + (i % 26));
        }

        return payload;
    }

    private static double? Percentile(List<long> sorted, double p)
    {
        if (sorted.Count == 0)
        {
            return null;
        }

        var index = Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1);
        return sorted[Math.Max(0, index)] * 1e6 / Stopwatch.Frequency;
    }
}
