using AttrWs.PerfHarness.Client;
using AttrWs.Testing;

namespace AttrWs.PerfHarness.Scenarios;

/// <summary>
/// Memory per idle connection: on a fresh server (warmed by a few hundred connections), the growth of its resident
/// memory once N connections are open and quiet, divided by N; for the .NET servers also the growth of the live managed
/// heap (after a full collection, read inside the server), which tells managed objects from native memory and heap slack.
/// The server CPU figure is per connection opened.
/// </summary>
internal static class IdleScenario
{
    public static async Task<Measurement> RunAsync(ServerProcess server, HarnessOptions options)
    {
        var head = RawWebSocket.BrowserRequestHead(server.EndPoint, "/echo");
        for (var i = 0; i < 200; i++)
        {
            using var warm = await RawWebSocket.ConnectAsync(server.EndPoint, head, verifyAccept: false, CancellationToken.None).ConfigureAwait(false);
            await warm.CloseAsync(Frame.Close1000, CancellationToken.None).ConfigureAwait(false);
        }

        await Task.Delay(options.Settle).ConfigureAwait(false);
        var managedBefore = await server.ManagedHeapBytesAsync().ConfigureAwait(false);
        var rssBefore = server.ResidentBytes();
        var window = new Window(server);
        window.Open();
        var connections = new RawWebSocket[options.IdleConnections];
        long errors = 0;
        var next = -1;
        var openers = new Task[Math.Min(64, connections.Length)];
        for (var w = 0; w < openers.Length; w++)
        {
            openers[w] = Task.Run(async () =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < connections.Length)
                {
                    try
                    {
                        connections[i] = await RawWebSocket.ConnectAsync(server.EndPoint, head, verifyAccept: false, CancellationToken.None).ConfigureAwait(false);
                    }
                    catch (Exception ex)
                    {
                        ErrorLog.Report(server.Name, ex);
                        Interlocked.Increment(ref errors);
                    }
                }
            });
        }

        await Task.WhenAll(openers).ConfigureAwait(false);
        await Task.Delay(options.Settle).ConfigureAwait(false);
        window.Close();
        var rssAfter = server.ResidentBytes(); // before the managed reading: its full collection may return memory
        var managedAfter = await server.ManagedHeapBytesAsync().ConfigureAwait(false);
        var opened = 0;
        foreach (var connection in connections)
        {
            if (connection is not null)
            {
                opened++;
                connection.Abort();
            }
        }

        return new Measurement(server.Name, $"idle {opened:N0}", opened, window.Seconds, window.ServerCpuSeconds, errors,
            BytesPerConnection: opened > 0 ? (rssAfter - rssBefore) / (double)opened : null,
            ManagedBytesPerConnection: opened > 0 && managedBefore is { } b && managedAfter is { } a ? (a - b) / (double)opened : null);
    }
}
