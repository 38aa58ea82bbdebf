using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AttrWs.ConformanceTests.Infrastructure;

/// <summary>
/// A raw TCP client for the tests: sends exact bytes (whole, or one byte per write), reads the response head byte by
/// byte (so frame bytes after a 101 stay unread) and then frames. Every read is bounded by <see cref="Timeout"/>.
/// </summary>
public sealed class RawConnection : IDisposable
{
    private readonly Socket _socket;

    private RawConnection(Socket socket)
    {
        _socket = socket;
        Stream = new NetworkStream(socket, ownsSocket: true);
    }

    /// <summary>The bound on any single read or write.</summary>
    public static TimeSpan Timeout { get; } = TimeSpan.FromSeconds(10);

    /// <summary>The connection's stream.</summary>
    public NetworkStream Stream { get; }

    /// <summary>Connects to <paramref name="server"/>.</summary>
    public static async Task<RawConnection> ConnectAsync(IPEndPoint server)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var timeout = new CancellationTokenSource(Timeout);
        await socket.ConnectAsync(server, timeout.Token);
        return new RawConnection(socket);
    }

    /// <summary>Writes the bytes in one write.</summary>
    public async Task SendAsync(ReadOnlyMemory<byte> bytes)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await Stream.WriteAsync(bytes, timeout.Token);
    }

    /// <summary>Writes the bytes one per write (each its own TCP segment, thanks to NoDelay).</summary>
    public async Task SendBytewiseAsync(ReadOnlyMemory<byte> bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            await SendAsync(bytes.Slice(i, 1));
        }
    }

    /// <summary>Half-closes: the server reads end-of-stream.</summary>
    public void ShutdownSend() => _socket.Shutdown(SocketShutdown.Send);

    /// <summary>Reads a response head and, for non-101 responses, its Content-Length body. Null when the server closed first.</summary>
    public async Task<RawResponse?> ReadResponseAsync()
    {
        var head = new List<byte>(512);
        var one = new byte[1];
        using var timeout = new CancellationTokenSource(Timeout);
        while (true)
        {
            int read;
            try
            {
                read = await Stream.ReadAsync(one, timeout.Token);
            }
            catch (IOException)
            {
                read = 0; // reset by the server: the same as closing for this purpose
            }

            if (read == 0)
            {
                if (head.Count == 0)
                {
                    return null;
                }

                throw new IOException("The server closed in the middle of a response head: " + Encoding.Latin1.GetString(head.ToArray()));
            }

            head.Add(one[0]);
            var n = head.Count;
            if (n >= 4 && head[n - 1] == '\n' && head[n - 2] == '\r' && head[n - 3] == '\n' && head[n - 4] == '\r')
            {
                break;
            }
        }

        var text = Encoding.Latin1.GetString(head.ToArray());
        var response = RawResponse.Parse(text, string.Empty);
        if (response.Status == 101 || response["Content-Length"] is not { } lengthText)
        {
            return response;
        }

        var body = new byte[int.Parse(lengthText, System.Globalization.CultureInfo.InvariantCulture)];
        await Stream.ReadExactlyAsync(body, timeout.Token);
        return RawResponse.Parse(text, Encoding.UTF8.GetString(body));
    }

    /// <summary>True when the server closes (end of stream or reset) within <see cref="Timeout"/>, skipping any bytes before it.</summary>
    public async Task<bool> WaitForCloseAsync(TimeSpan? within = null)
    {
        var buffer = new byte[4096];
        using var timeout = new CancellationTokenSource(within ?? Timeout);
        try
        {
            while (await Stream.ReadAsync(buffer, timeout.Token) > 0)
            {
            }

            return true;
        }
        catch (IOException)
        {
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public void Dispose() => Stream.Dispose();
}
