using System.Diagnostics;
using System.Net.WebSockets;
using AttrWs.Testing;

namespace AttrWs.LoadTests;

/// <summary>
/// The soak: <c>connections</c> clients exchange messages continuously for the given minutes, and a tenth of them
/// reconnect every round (sessions are created and released all along). The server's memory and handles are read
/// before the clients come, once they are all connected, at the end while still loaded, and after they all left.
/// </summary>
public static class SoakRun
{
    /// <summary>Runs the soak against the child server; returns true when no message was lost or corrupted.</summary>
    public static async Task<bool> RunAsync(ServerChild server, int connections, int payloadSize, int sourceAddresses, TimeSpan duration, Action<string> log)
    {
        var options = new LoadOptions(server.EndPoint, connections, 1, payloadSize, sourceAddresses);
        var result = new LoadResult();
        log("idle at start:      " + await server.StatsAsync().ConfigureAwait(false));
        // The workers stop when this is cancelled, after the "loaded at end" snapshot (taken while they still run).
        using var stop = new CancellationTokenSource();
        var workers = new Task[connections];
        var connectedOnce = new TaskCompletionSource();
        var ready = 0;
        long rounds = 0;
        for (var i = 0; i < connections; i++)
        {
            workers[i] = WorkerAsync(i);
        }

        await connectedOnce.Task.WaitAsync(TimeSpan.FromMinutes(2)).ConfigureAwait(false);
        log("loaded after start: " + await server.StatsAsync().ConfigureAwait(false));
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            var left = duration - clock.Elapsed;
            await Task.Delay(left < TimeSpan.FromMinutes(1) ? left : TimeSpan.FromMinutes(1)).ConfigureAwait(false);
            if (clock.Elapsed < duration)
            {
                log($"t={clock.Elapsed.TotalMinutes:F0}min " + await server.StatsAsync().ConfigureAwait(false) + $" verified={result.MessagesVerified} reconnects={Interlocked.Read(ref rounds)}");
            }
        }

        log("loaded at end:      " + await server.StatsAsync().ConfigureAwait(false));
        await stop.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(workers).ConfigureAwait(false);
        await Task.Delay(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
        log("idle at end:        " + await server.StatsAsync().ConfigureAwait(false));
        log($"soak: verified={result.MessagesVerified} corrupted={result.MessagesCorrupted} lost={result.MessagesLost} connectFailures={result.ConnectFailures} reconnects={Interlocked.Read(ref rounds)}");
        foreach (var error in result.Errors)
        {
            log("  " + error);
        }

        return result.MessagesCorrupted == 0 && result.MessagesLost == 0 && result.ConnectFailures == 0;

        async Task WorkerAsync(int index)
        {
            var sequence = 0;
            var first = true;
            var size = MessageCodec.EncodedSize(payloadSize);
            var outgoing = new byte[size];
            var incoming = new byte[size + 1];
            while (!stop.IsCancellationRequested)
            {
                WebSocket socket;
                try
                {
                    socket = await RawConnection.OpenClientWebSocketAsync(server.EndPoint, "/echo", LoadRun.SourceFor(options, index), CancellationToken.None).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or OperationCanceledException)
                {
                    result.OnConnectFailed(ex);
                    await Task.Delay(100).ConfigureAwait(false);
                    continue;
                }

                if (first)
                {
                    first = false;
                    if (Interlocked.Increment(ref ready) == connections)
                    {
                        connectedOnce.TrySetResult();
                    }
                }

                using (socket)
                {
                    // Each connection lives for ~10 exchanges per reconnect draw: 1 in 10 rounds ends it.
                    while (!stop.IsCancellationRequested && Random.Shared.Next(100) != 0)
                    {
                        MessageCodec.Write(outgoing, index, sequence);
                        try
                        {
                            await socket.SendAsync(outgoing, WebSocketMessageType.Binary, true, CancellationToken.None).ConfigureAwait(false);
                            var received = 0;
                            ValueWebSocketReceiveResult frame;
                            do
                            {
                                frame = await socket.ReceiveAsync(incoming.AsMemory(received), CancellationToken.None).ConfigureAwait(false);
                                received += frame.Count;
                            }
                            while (!frame.EndOfMessage && received < incoming.Length);

                            if (!MessageCodec.Verify(incoming.AsSpan(0, received), index, sequence, payloadSize))
                            {
                                result.OnCorrupted($"connection {index}: message {sequence} corrupted");
                            }
                            else
                            {
                                result.OnVerified();
                            }
                        }
                        catch (Exception ex) when (ex is WebSocketException or IOException)
                        {
                            result.OnLost(1, $"connection {index}: {ex.Message}");
                            break;
                        }

                        sequence++;
                        await Task.Delay(Random.Shared.Next(5, 50)).ConfigureAwait(false);
                    }

                    Interlocked.Increment(ref rounds);
                    try
                    {
                        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
                    }
                    catch (Exception ex) when (ex is WebSocketException or IOException or TimeoutException)
                    {
                        result.Note($"connection {index}: close failed: {ex.Message}");
                    }
                }
            }
        }
    }
}
