using System.Security.Cryptography;
using System.Text;
using AttrWs.ConformanceTests.Infrastructure;
using AttrWs.Testing;

namespace AttrWs.ConformanceTests.Corpus;

/// <summary>Sends one corpus case over a raw socket and asserts the response against its expectations.</summary>
public static class CorpusRunner
{
    /// <summary>Runs <paramref name="corpusCase"/> against <paramref name="server"/>; throws (xunit assertions) on any mismatch.</summary>
    public static async Task RunAsync(ConformanceServer server, CorpusCase corpusCase)
    {
        var bytes = corpusCase.ReadBytes();
        using var connection = await RawConnection.ConnectAsync(server.EndPoint);
        try
        {
            if (corpusCase.Mode == "bytes")
            {
                await connection.SendBytewiseAsync(bytes);
            }
            else
            {
                await connection.SendAsync(bytes);
            }
        }
        catch (IOException)
        {
            // The server may answer (431) and close before a huge request is fully written; the response is still readable.
        }

        if (corpusCase.Mode == "eof")
        {
            connection.ShutdownSend();
        }

        var response = await connection.ReadResponseAsync();
        if (corpusCase.Status is not { } status)
        {
            Assert.True(response is null, $"{corpusCase}: expected the server to close without a response, got {response}");
            Assert.True(await connection.WaitForCloseAsync(), $"{corpusCase}: the server did not close the connection");
            return;
        }

        Assert.True(response is not null, $"{corpusCase}: the server closed without a response, expected {status}");
        Assert.True(status == response.Status, $"{corpusCase}: expected {status}, got {response}");
        if (status == 101)
        {
            var key = FindKey(bytes);
#pragma warning disable CA5350 // SHA-1 is what RFC 6455 §4.2.2 prescribes.
            var accept = Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")));
#pragma warning restore CA5350
            Assert.Equal(accept, response["Sec-WebSocket-Accept"]);
        }
        else
        {
            // Every rejection: a short text/plain body with its Content-Length, then the connection closes (DESIGN §3).
            Assert.True(string.Equals(response["Connection"], "close", StringComparison.OrdinalIgnoreCase), $"{corpusCase}: no Connection: close in {response}");
            Assert.StartsWith("text/plain", response["Content-Type"] ?? string.Empty, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(response.Body), $"{corpusCase}: empty rejection body");
            Assert.True(await connection.WaitForCloseAsync(), $"{corpusCase}: the server kept the connection open after {status}");
        }

        foreach (var check in corpusCase.Checks)
        {
            await CheckAsync(corpusCase, connection, response, check);
        }
    }

    private static async Task CheckAsync(CorpusCase corpusCase, RawConnection connection, RawResponse response, string check)
    {
        if (check.StartsWith("@close=", StringComparison.Ordinal))
        {
            var expected = int.Parse(check["@close=".Length..], System.Globalization.CultureInfo.InvariantCulture);
            var frame = await ServerFrame.ReadAsync(connection.Stream, RawConnection.Timeout);
            Assert.True(frame is { Opcode: Frame.Close }, $"{corpusCase}: expected a close frame, got {frame?.ToString() ?? "end of stream"}");
            Assert.Equal(expected, frame!.CloseCode);
            Assert.True(await connection.WaitForCloseAsync(), $"{corpusCase}: the server did not close the TCP connection after its close frame");
        }
        else if (check.StartsWith('!'))
        {
            Assert.True(response[check[1..]] is null, $"{corpusCase}: {check[1..]} must be absent in {response}");
        }
        else if (check.IndexOf('=', StringComparison.Ordinal) is var eq and > 0)
        {
            var actual = response[check[..eq]];
            Assert.True(string.Equals(check[(eq + 1)..], actual, StringComparison.OrdinalIgnoreCase), $"{corpusCase}: expected {check}, got {response}");
        }
        else
        {
            Assert.True(response[check] is not null, $"{corpusCase}: {check} must be present in {response}");
        }
    }

    private static string FindKey(byte[] request)
    {
        var text = Encoding.Latin1.GetString(request);
        var start = text.IndexOf("Sec-WebSocket-Key:", StringComparison.OrdinalIgnoreCase);
        var end = text.IndexOf("\r\n", start, StringComparison.Ordinal);
        return text[(start + "Sec-WebSocket-Key:".Length)..end].Trim(' ', '\t');
    }
}
