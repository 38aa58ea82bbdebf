using System.Net;
using System.Net.WebSockets;
using AttrWs.Testing;

namespace AttrWs.LoadTests;

/// <summary>
/// The load run: open every connection first (so they are all held at once), then every connection exchanges its
/// messages concurrently (each echo verified for content, sequence and checksum), then the server is stopped under
/// that load and every client must receive close 1001.
/// </summary>
public static class LoadRun
{
    /// <summary>Runs the load against <paramref name="options"/>' server; <paramref name="stopServer"/> stops it (e.g. StopAsync).</summary>
    public static async Task<LoadResult> RunAsync(LoadOptions options, Func<Task> stopServer, Action<string> log, TimeSpan phaseTimeout)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stopServer);
        var result = new LoadResult();
        var sockets = new WebSocket?[options.Connections];

        // Phase 1: connect everything, a bounded number of handshakes at a time.
        using (var connectDeadline = new CancellationTokenSource(phaseTimeout))
        using (var gate = new SemaphoreSlim(options.ConnectConcurrency))
        {
            var connects = new Task[options.Connections];
            for (var i = 0; i < options.Connections; i++)
            {
                connects[i] = ConnectOneAsync(i);
            }

            await Task.WhenAll(connects).ConfigureAwait(false);

            async Task ConnectOneAsync(int index)
            {
                await gate.WaitAsync(connectDeadline.Token).ConfigureAwait(false);
                try
                {
                    sockets[index] = await RawConnection.OpenClientWebSocketAsync(options.Server, "/echo", SourceFor(options, index), connectDeadline.Token).ConfigureAwait(false);
                    result.OnConnected();
                }
                catch (Exception ex) when (ex is IOException or WebSocketException or System.Net.Sockets.SocketException or OperationCanceledException)
                {
                    result.OnConnectFailed(ex);
                }
                finally
                {
                    gate.Release();
                }
            }
        }

        result.PeakConcurrent = result.Connected;
        log($"connected {result.Connected}/{options.Connections} ({result.ConnectFailures} failed)");

        // Phase 2: every connection exchanges its messages at the same time.
        using (var exchangeDeadline = new CancellationTokenSource(phaseTimeout))
        {
            var exchanges = new List<Task>(options.Connections);
            for (var i = 0; i < sockets.Length; i++)
            {
                if (sockets[i] is { } socket)
                {
                    exchanges.Add(ExchangeAsync(socket, i, options, result, exchangeDeadline.Token));
                }
            }

            await Task.WhenAll(exchanges).ConfigureAwait(false);
        }

        log($"exchanged: verified {result.MessagesVerified}, corrupted {result.MessagesCorrupted}, lost {result.MessagesLost}");

        // Phase 3: stop the server under that load; every client waits for its close frame.
        using (var closeDeadline = new CancellationTokenSource(phaseTimeout))
        {
            var closes = new List<Task>(options.Connections);
            foreach (var socket in sockets)
            {
                if (socket is not null)
                {
                    closes.Add(AwaitServerCloseAsync(socket, result, closeDeadline.Token));
                }
            }

            var started = System.Diagnostics.Stopwatch.StartNew();
            await stopServer().ConfigureAwait(false);
            result.StopDuration = started.Elapsed;
            await Task.WhenAll(closes).ConfigureAwait(false);
        }

        foreach (var socket in sockets)
        {
            socket?.Dispose();
        }

        log(result.ToString());
        return result;
    }

    /// <summary>The source address of connection <paramref name="index"/>: round robin over 127.0.0.2 onwards.</summary>
    public static IPAddress? SourceFor(LoadOptions options, int index)
        => options.SourceAddresses <= 0 ? null : new IPAddress(new byte[] { 127, 0, 0, (byte)(2 + (index % options.SourceAddresses)) });

    private static async Task ExchangeAsync(WebSocket socket, int connection, LoadOptions options, LoadResult result, CancellationToken cancellationToken)
    {
        var size = MessageCodec.EncodedSize(options.PayloadSize);
        var outgoing = new byte[size];
        var incoming = new byte[size + 1];
        var sequence = 0;
        try
        {
            for (; sequence < options.Messages; sequence++)
            {
                MessageCodec.Write(outgoing, connection, sequence);
                await socket.SendAsync(outgoing, WebSocketMessageType.Binary, endOfMessage: true, cancellationToken).ConfigureAwait(false);
                var received = 0;
                ValueWebSocketReceiveResult frame;
                do
                {
                    frame = await socket.ReceiveAsync(incoming.AsMemory(received), cancellationToken).ConfigureAwait(false);
                    received += frame.Count;
                }
                while (!frame.EndOfMessage && frame.MessageType != WebSocketMessageType.Close && received < incoming.Length);

                if (frame.MessageType == WebSocketMessageType.Close)
                {
                    result.OnLost(options.Messages - sequence, $"connection {connection}: closed by the server at message {sequence}");
                    return;
                }

                if (!frame.EndOfMessage || !MessageCodec.Verify(incoming.AsSpan(0, received), connection, sequence, options.PayloadSize))
                {
                    result.OnCorrupted($"connection {connection}: message {sequence} corrupted or out of order");
                    return;
                }

                result.OnVerified();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            result.OnLost(options.Messages - sequence, $"connection {connection}: {ex.GetType().Name} at message {sequence}: {ex.Message}");
        }
    }

    private static async Task AwaitServerCloseAsync(WebSocket socket, LoadResult result, CancellationToken cancellationToken)
    {
        var buffer = new byte[256];
        try
        {
            var frame = await socket.ReceiveAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
            if (frame.MessageType != WebSocketMessageType.Close)
            {
                result.OnClosed(false, "a message instead of the close frame");
                return;
            }

            var goingAway = socket.CloseStatus == WebSocketCloseStatus.EndpointUnavailable;
            result.OnClosed(goingAway, $"close {(int?)socket.CloseStatus} '{socket.CloseStatusDescription}'");
            await socket.CloseOutputAsync(WebSocketCloseStatus.EndpointUnavailable, null, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            result.OnClosed(false, ex.GetType().Name + ": " + ex.Message);
        }
    }
}
