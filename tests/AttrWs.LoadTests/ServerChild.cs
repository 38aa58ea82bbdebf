using System.Diagnostics;
using System.Net;

namespace AttrWs.LoadTests;

/// <summary>
/// The server under test in its own process (so the clients' and the server's sockets each get their own descriptor
/// limit, and the memory figures are the server's alone). Protocol on stdio: the child prints <c>PORT n</c>, then
/// answers <c>stats</c> with a <see cref="ProcessStats.ToWire"/> line and <c>stop</c> with <c>STOPPED</c> after
/// <c>StopAsync</c>.
/// </summary>
public sealed class ServerChild : IAsyncDisposable
{
    private readonly Process _process;

    private ServerChild(Process process, IPEndPoint endPoint)
    {
        _process = process;
        EndPoint = endPoint;
    }

    /// <summary>The child server's address.</summary>
    public IPEndPoint EndPoint { get; }

    /// <summary>Starts this program with <c>--serve</c> and waits for its port.</summary>
    public static async Task<ServerChild> StartAsync(int maxConnections)
    {
        var self = Environment.ProcessPath!;
        var info = new ProcessStartInfo(self) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            info.ArgumentList.Add(typeof(ServerChild).Assembly.Location);
        }

        info.ArgumentList.Add("--serve");
        info.ArgumentList.Add("--max-connections");
        info.ArgumentList.Add(maxConnections.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var process = Process.Start(info)!;
        var line = await process.StandardOutput.ReadLineAsync().ConfigureAwait(false) ?? throw new IOException("The server child exited.");
        var port = int.Parse(line["PORT ".Length..], System.Globalization.CultureInfo.InvariantCulture);
        return new ServerChild(process, new IPEndPoint(IPAddress.Loopback, port));
    }

    /// <summary>The child's memory and handles.</summary>
    public async Task<ProcessStats> StatsAsync()
    {
        await _process.StandardInput.WriteLineAsync("stats").ConfigureAwait(false);
        await _process.StandardInput.FlushAsync().ConfigureAwait(false);
        return ProcessStats.FromWire(await ReadUntilAsync("STATS ").ConfigureAwait(false));
    }

    /// <summary>Asks the child to <c>StopAsync</c> and waits until it did.</summary>
    public async Task StopAsync()
    {
        await _process.StandardInput.WriteLineAsync("stop").ConfigureAwait(false);
        await _process.StandardInput.FlushAsync().ConfigureAwait(false);
        await ReadUntilAsync("STOPPED").ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.StandardInput.Close();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            try
            {
                await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                _process.Kill();
            }
        }

        _process.Dispose();
    }

    /// <summary>The child's main loop (<c>--serve</c>).</summary>
    public static async Task<int> ServeAsync(int maxConnections)
    {
        await using var server = LoadServer.Create(maxConnections);
        await server.StartAsync().ConfigureAwait(false);
        Console.WriteLine("PORT " + server.ListeningEndPoints[0].Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        while (await Console.In.ReadLineAsync().ConfigureAwait(false) is { } command)
        {
            switch (command)
            {
                case "stats":
                    Console.WriteLine(ProcessStats.Capture(server.Connections.Count).ToWire());
                    break;
                case "stop":
                    await server.StopAsync().ConfigureAwait(false);
                    Console.WriteLine("STOPPED");
                    break;
            }
        }

        return 0;
    }

    private async Task<string> ReadUntilAsync(string prefix)
    {
        while (await _process.StandardOutput.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return line;
            }
        }

        throw new IOException("The server child exited.");
    }
}
