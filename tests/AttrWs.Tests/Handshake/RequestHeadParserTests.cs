using System.Text;
using AttrWs.Handshake;

namespace AttrWs.Tests.Handshake;

public class RequestHeadParserTests
{
    private const string GoodHead =
        "GET /chat?room=1 HTTP/1.1\r\n" +
        "Host: example.com\r\n" +
        "Upgrade: websocket\r\n" +
        "Connection: Upgrade\r\n" +
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n" +
        "Sec-WebSocket-Version: 13\r\n" +
        "\r\n";

    private static readonly RequestHeadParser Parser = new(new HandshakeSettings());

    private static RequestHeadParseResult Parse(string head, RequestHeadParser? parser = null) =>
        (parser ?? Parser).Parse(Encoding.Latin1.GetBytes(head));

    private static void AssertMalformed(string head, string? detailContains = null)
    {
        var result = Parse(head);
        Assert.Equal(RequestHeadParseStatus.Rejected, result.Status);
        Assert.Equal(HandshakeRejectReason.MalformedRequest, result.Reason);
        Assert.Equal(400, HandshakeRejections.Get(result.Reason).StatusCode);
        if (detailContains is not null)
        {
            Assert.Contains(detailContains, result.Detail, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Parses_a_well_formed_head()
    {
        var result = Parse(GoodHead);

        Assert.Equal(RequestHeadParseStatus.Complete, result.Status);
        var head = Assert.IsType<HttpRequestHead>(result.Head);
        Assert.Equal("GET", head.Method);
        Assert.Equal("/chat?room=1", head.Target);
        Assert.Equal("/chat", head.Path);
        Assert.Equal("?room=1", head.Query);
        Assert.Equal("HTTP/1.1", head.Version);
        Assert.Equal(5, head.Headers.Count);
        Assert.Equal("websocket", head.Headers["upgrade"]);
        Assert.Equal(Encoding.ASCII.GetByteCount(GoodHead), result.BytesConsumed);
    }

    [Fact]
    public void Leaves_bytes_after_the_head_unconsumed()
    {
        var frame = "\x81\x05hello";
        var result = Parse(GoodHead + frame);

        Assert.Equal(RequestHeadParseStatus.Complete, result.Status);
        Assert.Equal(GoodHead.Length, result.BytesConsumed);
    }

    [Fact]
    public void Answers_incomplete_until_the_blank_line_then_complete()
    {
        var bytes = Encoding.ASCII.GetBytes(GoodHead);
        var cuts = new[] { 0, 1, 10, 27, 40, bytes.Length - 2, bytes.Length - 1 };
        foreach (var cut in cuts)
        {
            Assert.Equal(RequestHeadParseStatus.Incomplete, Parser.Parse(bytes.AsSpan(0, cut)).Status);
        }

        var complete = Parser.Parse(bytes);
        Assert.Equal(RequestHeadParseStatus.Complete, complete.Status);
        Assert.Equal(bytes.Length, complete.BytesConsumed);
    }

    [Fact]
    public void Trims_optional_whitespace_around_values()
    {
        var result = Parse(GoodHead.Replace("Upgrade: websocket", "Upgrade: \t websocket \t", StringComparison.Ordinal));
        Assert.Equal("websocket", result.Head!.Headers["Upgrade"]);
    }

    [Fact]
    public void Decodes_obs_text_in_values_as_latin1()
    {
        var result = Parse(GoodHead.Replace("\r\n\r\n", "\r\nX-Name: caf\u00e9\r\n\r\n", StringComparison.Ordinal));
        Assert.Equal(RequestHeadParseStatus.Complete, result.Status);
        Assert.Equal("caf\u00e9", result.Head!.Headers["X-Name"]);
    }

    [Fact]
    public void Keeps_repeated_fields()
    {
        var result = Parse(GoodHead.Replace("\r\n\r\n", "\r\nSec-WebSocket-Protocol: a\r\nSec-WebSocket-Protocol: b\r\n\r\n", StringComparison.Ordinal));
        Assert.Equal(2, result.Head!.Headers.CountOf("sec-websocket-protocol"));
        Assert.Equal("a, b", result.Head.Headers["Sec-WebSocket-Protocol"]);
    }

    [Fact]
    public void Rejects_bare_LF_line_endings()
    {
        AssertMalformed(GoodHead.Replace("\r\n", "\n", StringComparison.Ordinal), "CRLF");
    }

    [Fact]
    public void Rejects_a_bare_LF_before_the_head_is_complete()
    {
        AssertMalformed("GET /chat HTTP/1.1\nHost: x", "CRLF");
    }

    [Fact]
    public void Rejects_a_bare_CR_inside_a_line()
    {
        AssertMalformed(GoodHead.Replace("Upgrade: websocket", "Upgrade: web\rsocket", StringComparison.Ordinal));
    }

    [Fact]
    public void Rejects_obs_fold()
    {
        AssertMalformed(GoodHead.Replace("Upgrade: websocket\r\n", "Upgrade: websocket\r\n  ,foo\r\n", StringComparison.Ordinal), "folding");
    }

    [Fact]
    public void Rejects_whitespace_before_the_colon()
    {
        AssertMalformed(GoodHead.Replace("Upgrade: websocket", "Upgrade : websocket", StringComparison.Ordinal), "colon");
    }

    [Theory]
    [InlineData("Up(grade: websocket")]
    [InlineData("Up grade: websocket")]
    [InlineData(": websocket")]
    [InlineData("X-Caf\u00e9: 1")]
    public void Rejects_a_header_name_that_is_not_a_token(string line)
    {
        AssertMalformed(GoodHead.Replace("Upgrade: websocket", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Rejects_a_header_line_without_a_colon()
    {
        AssertMalformed(GoodHead.Replace("Upgrade: websocket", "Upgrade websocket", StringComparison.Ordinal), "colon");
    }

    [Theory]
    [InlineData("\u0000")]
    [InlineData("\u0001")]
    [InlineData("\u001b")]
    [InlineData("\u007f")]
    public void Rejects_a_control_character_in_a_value(string control)
    {
        AssertMalformed(GoodHead.Replace("Upgrade: websocket", "Upgrade: web" + control + "socket", StringComparison.Ordinal), "control");
    }

    [Fact]
    public void Allows_HTAB_inside_a_value()
    {
        var result = Parse(GoodHead.Replace("\r\n\r\n", "\r\nX-Tab: a\tb\r\n\r\n", StringComparison.Ordinal));
        Assert.Equal("a\tb", result.Head!.Headers["X-Tab"]);
    }

    [Fact]
    public void Rejects_a_head_without_Host()
    {
        AssertMalformed(GoodHead.Replace("Host: example.com\r\n", string.Empty, StringComparison.Ordinal), "Host");
    }

    [Fact]
    public void Rejects_a_head_with_two_Host_fields()
    {
        AssertMalformed(GoodHead.Replace("Host: example.com\r\n", "Host: example.com\r\nhost: other.com\r\n", StringComparison.Ordinal), "Host");
    }

    [Theory]
    [InlineData("GET http://example.com/chat HTTP/1.1")]
    [InlineData("OPTIONS * HTTP/1.1")]
    [InlineData("CONNECT example.com:443 HTTP/1.1")]
    public void Rejects_a_target_that_is_not_origin_form(string requestLine)
    {
        AssertMalformed(GoodHead.Replace("GET /chat?room=1 HTTP/1.1", requestLine, StringComparison.Ordinal), "origin-form");
    }

    [Fact]
    public void Rejects_HTTP_1_0_saying_it_cannot_upgrade()
    {
        AssertMalformed(GoodHead.Replace("HTTP/1.1\r\n", "HTTP/1.0\r\n", StringComparison.Ordinal), "HTTP/1.0 cannot upgrade");
    }

    [Theory]
    [InlineData("GET /chat HTTP/2.0")]
    [InlineData("GET /chat http/1.1")]
    [InlineData("GET /chat HTTP/1.1 ")]
    [InlineData("GET  /chat HTTP/1.1")]
    [InlineData("GET /chat")]
    [InlineData("G(T /chat HTTP/1.1")]
    public void Rejects_a_malformed_request_line(string requestLine)
    {
        AssertMalformed(GoodHead.Replace("GET /chat?room=1 HTTP/1.1", requestLine, StringComparison.Ordinal));
    }

    [Fact]
    public void Rejects_an_empty_request_line()
    {
        AssertMalformed("\r\n" + GoodHead);
    }

    [Fact]
    public void Rejects_a_head_larger_than_the_limit_with_431()
    {
        var parser = new RequestHeadParser(new HandshakeSettings { MaxRequestHeadBytes = 512 });
        var big = GoodHead.Replace("\r\n\r\n", "\r\nX-Big: " + new string('a', 600) + "\r\n\r\n", StringComparison.Ordinal);

        var result = Parse(big, parser);

        Assert.Equal(RequestHeadParseStatus.Rejected, result.Status);
        Assert.Equal(HandshakeRejectReason.RequestHeadTooLarge, result.Reason);
        Assert.Equal(431, HandshakeRejections.Get(result.Reason).StatusCode);
    }

    [Fact]
    public void Rejects_an_unterminated_head_once_it_reaches_the_limit()
    {
        var parser = new RequestHeadParser(new HandshakeSettings { MaxRequestHeadBytes = 512 });
        var endless = "GET /chat HTTP/1.1\r\nX-Slow: " + new string('a', 511);

        Assert.Equal(RequestHeadParseStatus.Incomplete, Parse(endless[..500], parser).Status);
        Assert.Equal(HandshakeRejectReason.RequestHeadTooLarge, Parse(endless, parser).Reason);
    }

    [Fact]
    public void Accepts_a_head_of_exactly_the_limit()
    {
        var padding = 512 - GoodHead.Length - "X-Pad: \r\n".Length;
        var head = GoodHead.Replace("\r\n\r\n", "\r\nX-Pad: " + new string('a', padding) + "\r\n\r\n", StringComparison.Ordinal);
        Assert.Equal(512, head.Length);
        var parser = new RequestHeadParser(new HandshakeSettings { MaxRequestHeadBytes = 512 });

        Assert.Equal(RequestHeadParseStatus.Complete, Parse(head, parser).Status);
        Assert.Equal(RequestHeadParseStatus.Complete, Parse(head + "extra bytes", parser).Status);
    }

    [Fact]
    public void Rejects_more_header_fields_than_the_limit_with_431()
    {
        var parser = new RequestHeadParser(new HandshakeSettings { MaxRequestHeaders = 5 });
        Assert.Equal(RequestHeadParseStatus.Complete, Parse(GoodHead, parser).Status);

        var result = Parse(GoodHead.Replace("\r\n\r\n", "\r\nX-Sixth: 1\r\n\r\n", StringComparison.Ordinal), parser);

        Assert.Equal(HandshakeRejectReason.TooManyHeaders, result.Reason);
        Assert.Equal(431, HandshakeRejections.Get(result.Reason).StatusCode);
    }

    [Fact]
    public void Never_throws_on_arbitrary_bytes()
    {
        var random = new Random(6455);
        var seeds = new[] { Encoding.ASCII.GetBytes(GoodHead), Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\n:\r\n\r\n") };
        for (var i = 0; i < 5000; i++)
        {
            var bytes = (byte[])seeds[i % seeds.Length].Clone();
            var mutations = 1 + random.Next(8);
            for (var m = 0; m < mutations; m++)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            var length = random.Next(bytes.Length + 1);
            var result = Parser.Parse(bytes.AsSpan(0, length));
            Assert.True(Enum.IsDefined(result.Status));
            if (result.Status == RequestHeadParseStatus.Complete)
            {
                Assert.NotNull(result.Head);
                Assert.InRange(result.BytesConsumed, 1, length);
            }
        }
    }
}
