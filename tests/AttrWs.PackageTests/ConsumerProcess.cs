using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;

namespace AttrWs.PackageTests;

/// <summary>Talks to a consumer app started as a process: its announced URL and its replies.</summary>
internal static class ConsumerProcess
{
    /// <summary>Reads the app's standard output until a line holds a <c>ws://</c> URL (bounded in time); returns the URL.</summary>
    public static async Task<string> ReadUrlAsync(Process server, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        var seen = new StringBuilder();
        while (true)
        {
            string? line;
            try
            {
                line = await server.StandardOutput.ReadLineAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The consumer printed no URL within {limit}. Output:\n{seen}");
            }

            if (line is null)
            {
                var errors = await server.StandardError.ReadToEndAsync();
                throw new InvalidOperationException($"The consumer exited without printing its URL. Output:\n{seen}\n{errors}");
            }

            seen.AppendLine(line);
            var start = line.IndexOf("ws://", StringComparison.Ordinal);
            if (start >= 0)
            {
                return line[start..].Trim();
            }
        }
    }

    public static async Task<string> ReceiveTextAsync(ClientWebSocket client, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        var received = 0;
        while (true)
        {
            var result = await client.ReceiveAsync(buffer.AsMemory(received), cancellationToken);
            Assert.Equal(WebSocketMessageType.Text, result.MessageType);
            received += result.Count;
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(buffer, 0, received);
            }

            Assert.True(received < buffer.Length, "The reply is longer than expected.");
        }
    }
}
