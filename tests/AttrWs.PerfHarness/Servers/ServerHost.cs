using System.Globalization;
using System.Runtime.InteropServices;

namespace AttrWs.PerfHarness.Servers;

/// <summary>The `serve KIND` side: run one server until SIGTERM, Ctrl+C or stdin closing, announcing its port.</summary>
internal static class ServerHost
{
    /// <summary>The line the load client waits for: <c>LISTENING port</c>.</summary>
    public const string ListeningPrefix = "LISTENING ";

    public static readonly string[] Kinds = ["attrws", "attrws-kestrel", "kestrel", "httplistener", "ceiling"];

    public static async Task<int> RunAsync(string kind)
    {
        using var stop = new CancellationTokenSource();
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };

        // The parent holds our stdin: when it dies, so do we (a benchmark never leaves servers behind). A line
        // "gc PATH" asks for the managed heap after a full collection, written to PATH (the idle scenario's breakdown).
        _ = Task.Run(() =>
        {
            while (Console.In.ReadLine() is { } line)
            {
                if (line.StartsWith(ManagedHeapCommand, StringComparison.Ordinal))
                {
                    WriteManagedHeap(line[ManagedHeapCommand.Length..]);
                }
                else if (line.StartsWith(RuntimeStatsCommand, StringComparison.Ordinal))
                {
                    WriteRuntimeStats(line[RuntimeStatsCommand.Length..]);
                }
            }

            stop.Cancel();
        });

        switch (kind)
        {
            case "attrws":
                await AttrWsEchoServer.RunAsync(stop.Token).ConfigureAwait(false);
                return 0;
            case "attrws-kestrel":
                await AttrWsKestrelEchoServer.RunAsync(stop.Token).ConfigureAwait(false);
                return 0;
            case "kestrel":
                await KestrelEchoServer.RunAsync(stop.Token).ConfigureAwait(false);
                return 0;
            case "httplistener":
                await HttpListenerEchoServer.RunAsync(stop.Token).ConfigureAwait(false);
                return 0;
            case "ceiling":
                await RawCeilingServer.RunAsync(stop.Token).ConfigureAwait(false);
                return 0;
            default:
                await Console.Error.WriteLineAsync($"Unknown server '{kind}'. Known: {string.Join(", ", Kinds)}.").ConfigureAwait(false);
                return 2;
        }
    }

    /// <summary>The stdin command asking a .NET server for its managed heap size: <c>gc PATH</c>.</summary>
    public const string ManagedHeapCommand = "gc ";

    private static void WriteManagedHeap(string path)
    {
        var live = GC.GetTotalMemory(forceFullCollection: true);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, live.ToString(CultureInfo.InvariantCulture));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>
    /// The stdin command asking a .NET server for its thread pool's completed work items and its bytes allocated so far
    /// (<c>stats PATH</c>, written as two numbers): the handshake probe's per-operation counts.
    /// </summary>
    public const string RuntimeStatsCommand = "stats ";

    private static void WriteRuntimeStats(string path)
    {
        var text = ThreadPool.CompletedWorkItemCount.ToString(CultureInfo.InvariantCulture) + " "
            + GC.GetTotalAllocatedBytes(precise: true).ToString(CultureInfo.InvariantCulture);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }

    public static void AnnounceListening(int port)
    {
        Console.Out.WriteLine(ListeningPrefix + port.ToString(CultureInfo.InvariantCulture));
        Console.Out.Flush();
    }

    public static async Task WaitAsync(CancellationToken stop)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
