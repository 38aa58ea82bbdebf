using AttrWs.PerfHarness.Client;
using AttrWs.Testing;

namespace AttrWs.PerfHarness.Scenarios;

/// <summary>
/// Handshakes per second: each of N workers loops connect → request head → 101 → close handshake (client close
/// 1000, server's close frame, server FIN), so every server does the full lifecycle of a WebSocket connection.
/// </summary>
internal static class HandshakeScenario
{
    public static async Task<Measurement> RunAsync(ServerProcess server, HarnessOptions options)
    {
        var head = RawWebSocket.BrowserRequestHead(server.EndPoint, "/echo");
        var window = new Window(server);
        using var stop = new CancellationTokenSource();
        long completed = 0;
        long errors = 0;
        var workers = new Task[options.HandshakeConcurrency];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    try
                    {
                        using var connection = await RawWebSocket.ConnectAsync(server.EndPoint, head, verifyAccept: false, stop.Token).ConfigureAwait(false);
                        await connection.CloseAsync(Frame.Close1000, stop.Token).ConfigureAwait(false);
                        if (window.IsOpen)
                        {
                            Interlocked.Increment(ref completed);
                        }
                    }
                    catch (OperationCanceledException) when (stop.IsCancellationRequested)
                    {
                        return;
                    }
                    catch (Exception ex) when (!stop.IsCancellationRequested)
                    {
                        ErrorLog.Report(server.Name, ex);
                        if (window.IsOpen)
                        {
                            Interlocked.Increment(ref errors);
                        }
                    }
                }
            });
        }

        await Task.Delay(options.Warmup).ConfigureAwait(false);
        window.Open();
        await Task.Delay(options.Duration).ConfigureAwait(false);
        var done = Interlocked.Read(ref completed);
        window.Close();
        await stop.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(workers).ConfigureAwait(false);
        return new Measurement(server.Name, "handshake", done, window.Seconds, window.ServerCpuSeconds, Interlocked.Read(ref errors));
    }
}
