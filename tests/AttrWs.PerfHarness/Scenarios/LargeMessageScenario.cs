using System.Diagnostics;
using AttrWs.PerfHarness.Client;
using AttrWs.Testing;

namespace AttrWs.PerfHarness.Scenarios;

/// <summary>
/// Echo of one large binary message at a time over one connection (issue 15, target 6): the growth of the server's peak
/// resident memory (the kernel's VmHWM, reset first) above its resident memory with the connection open and quiet, over
/// every message of the size, and the median round trip from the first byte sent to the echo's last byte. The client sends and receives at once: a server that echoes as it reads
/// (Kestrel's documentation loop) never waits for the whole message.
/// </summary>
internal static class LargeMessageScenario
{
    public static async Task<Measurement> RunAsync(ServerProcess server, HarnessOptions options, int payloadBytes)
    {
        var head = RawWebSocket.BrowserRequestHead(server.EndPoint, "/echo");
        var frame = new Frame { Opcode = Frame.Binary, Payload = new byte[payloadBytes] }.ToBytes();
        using var connection = await RawWebSocket.ConnectAsync(server.EndPoint, head, verifyAccept: false, CancellationToken.None).ConfigureAwait(false);
        long errors = 0;

        // The baseline is the connected, quiet server; the peak covers every message of this size, the first included
        // (whatever it leaves resident, buffers kept by a pool or a grown heap, is part of what such a message costs).
        await Task.Delay(options.Settle).ConfigureAwait(false);
        var rssBefore = server.ResidentBytes();
        server.ResetPeakResident();

        // One message first, timed apart: JIT and first-use costs are not a message's round trip.
        errors += await EchoAsync(connection, frame, payloadBytes, server.Name).ConfigureAwait(false) ? 0 : 1;
        var window = new Window(server);
        window.Open();
        var times = new List<long>();
        for (var i = 0; i < options.LargeMessageRepeats; i++)
        {
            var started = Stopwatch.GetTimestamp();
            if (await EchoAsync(connection, frame, payloadBytes, server.Name).ConfigureAwait(false))
            {
                times.Add(Stopwatch.GetTimestamp() - started);
            }
            else
            {
                errors++;
            }
        }

        window.Close();
        var peak = server.PeakResidentBytes();
        connection.Abort();
        times.Sort();
        double? median = times.Count > 0 ? times[times.Count / 2] * 1e6 / Stopwatch.Frequency : null;
        return new Measurement(server.Name, $"large {Format.Size(payloadBytes)}", times.Count, window.Seconds, window.ServerCpuSeconds, errors,
            P50Microseconds: median, PeakBytesPerMessage: Math.Max(0, peak - rssBefore));
    }

    /// <returns>True when the whole message came back.</returns>
    private static async Task<bool> EchoAsync(RawWebSocket connection, byte[] frame, int payloadBytes, string serverName)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            var receive = connection.ReceiveMessageAsync(timeout.Token).AsTask();
            await connection.SendAsync(frame, timeout.Token).ConfigureAwait(false);
            return await receive.ConfigureAwait(false) == payloadBytes;
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or EndOfStreamException or System.Net.Sockets.SocketException)
        {
            ErrorLog.Report(serverName, ex);
            return false;
        }
    }
}
