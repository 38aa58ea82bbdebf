using AttrWs.Handshake;
using static AttrWs.Tests.Handshake.HandshakeTestKit;

namespace AttrWs.Tests.Handshake;

public class HandshakeResponseWriterTests
{
    [Fact]
    public async Task Writes_the_exact_bytes_of_a_101()
    {
        var processor = Processor(
            new HandshakeSettings
            {
                EnableDeflate = true,
                OnOpenRequest = (context, _) =>
                {
                    context.ResponseHeaders.Add("X-Trace", "t-1");
                    return ValueTask.CompletedTask;
                },
            },
            Endpoint("/chat", ["chat"]));

        var decision = await processor.DecideAsync(Request()
            .With("Sec-WebSocket-Protocol", "chat")
            .With("Sec-WebSocket-Extensions", "permessage-deflate; client_max_window_bits"));

        Assert.Equal(
            "HTTP/1.1 101 Switching Protocols\r\n" +
            "Upgrade: websocket\r\n" +
            "Connection: Upgrade\r\n" +
            "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n" +
            "Sec-WebSocket-Protocol: chat\r\n" +
            "Sec-WebSocket-Extensions: permessage-deflate\r\n" +
            "X-Trace: t-1\r\n" +
            "\r\n",
            ResponseText(decision));
    }

    [Fact]
    public async Task Writes_a_minimal_101_without_optional_headers()
    {
        var decision = await Processor(Endpoint("/chat")).DecideAsync(Request());

        Assert.Equal(
            "HTTP/1.1 101 Switching Protocols\r\n" +
            "Upgrade: websocket\r\n" +
            "Connection: Upgrade\r\n" +
            "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n" +
            "\r\n",
            ResponseText(decision));
    }

    [Fact]
    public async Task Writes_the_exact_bytes_of_a_rejection()
    {
        var decision = await Processor(Endpoint("/chat")).DecideAsync(Request().WithMethod("POST"));

        Assert.Equal(
            "HTTP/1.1 405 Method Not Allowed\r\n" +
            "Content-Type: text/plain; charset=utf-8\r\n" +
            "Content-Length: 36\r\n" +
            "Connection: close\r\n" +
            "Allow: GET\r\n" +
            "\r\n" +
            "A WebSocket handshake must use GET.\n",
            ResponseText(decision));
    }

    [Fact]
    public void Counts_the_body_in_utf8_bytes()
    {
        var decision = Processor().Reject(HandshakeRejectReason.MalformedRequest, "caf\u00e9");
        var text = ResponseText(decision);

        Assert.Contains("\r\nContent-Length: 6\r\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HandshakeRejectReason.ServerBusy, "HTTP/1.1 503 Service Unavailable\r\n", "Retry-After: 5\r\n")]
    [InlineData(HandshakeRejectReason.UpgradeRequired, "HTTP/1.1 426 Upgrade Required\r\n", "Upgrade: websocket\r\n")]
    [InlineData(HandshakeRejectReason.UnsupportedVersion, "HTTP/1.1 426 Upgrade Required\r\n", "Sec-WebSocket-Version: 13\r\n")]
    [InlineData(HandshakeRejectReason.RequestHeadTooLarge, "HTTP/1.1 431 Request Header Fields Too Large\r\n", "Connection: close\r\n")]
    public void Every_rejection_has_the_status_line_required_header_and_framing_headers(HandshakeRejectReason reason, string statusLine, string header)
    {
        var text = ResponseText(Processor().Reject(reason, null));

        Assert.StartsWith(statusLine, text, StringComparison.Ordinal);
        Assert.Contains("\r\n" + header, text, StringComparison.Ordinal);
        Assert.Contains("\r\nContent-Type: text/plain; charset=utf-8\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nContent-Length: ", text, StringComparison.Ordinal);
        Assert.Contains("\r\nConnection: close\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uses_the_standard_reason_phrase_for_an_application_status()
    {
        var processor = Processor(
            new HandshakeSettings
            {
                OnOpenRequest = (context, _) =>
                {
                    context.StatusCode = 429;
                    return ValueTask.CompletedTask;
                },
            },
            Endpoint("/chat"));

        Assert.StartsWith("HTTP/1.1 429 Too Many Requests\r\n", ResponseText(await processor.DecideAsync(Request())), StringComparison.Ordinal);
    }
}
