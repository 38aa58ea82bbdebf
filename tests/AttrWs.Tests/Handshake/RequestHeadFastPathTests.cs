using System.Text;
using AttrWs.Handshake;

namespace AttrWs.Tests.Handshake;

/// <summary>
/// <see cref="RequestHeadParser.Parse"/> answers complete, valid heads in one pass and hands everything else to the
/// rule-by-rule <see cref="RequestHeadParser.ParseStrict"/>: the two must agree on every input, byte for byte.
/// </summary>
public class RequestHeadFastPathTests
{
    private const string ChromiumHead =
        "GET /chat?room=1 HTTP/1.1\r\n" +
        "Host: 127.0.0.1:5080\r\n" +
        "Connection: Upgrade\r\n" +
        "Pragma: no-cache\r\n" +
        "Cache-Control: no-cache\r\n" +
        "User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36\r\n" +
        "Upgrade: websocket\r\n" +
        "Origin: http://127.0.0.1:5080\r\n" +
        "Sec-WebSocket-Version: 13\r\n" +
        "Accept-Encoding: gzip, deflate, br, zstd\r\n" +
        "Accept-Language: en-US,en;q=0.9\r\n" +
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n" +
        "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n" +
        "Sec-WebSocket-Protocol: chat, \t superchat \t\r\n" +
        "X-Empty:\r\n" +
        "\r\n";

    private static readonly byte[] Specials = [(byte)'\t', (byte)' ', (byte)':', (byte)'\r', (byte)'\n', 0x00, 0x01, 0x7F, 0x80, 0xE9, 0xFF, (byte)'A', (byte)'/', (byte)'?', (byte)',', (byte)'"'];

    private static readonly RequestHeadParser Parser = new(new HandshakeSettings());

    [Fact]
    public void The_chromium_head_takes_the_one_pass_path_and_agrees_with_the_strict_parser()
    {
        var bytes = Encoding.ASCII.GetBytes(ChromiumHead + "\x81\x05hello");

        var result = AssertAgree(Parser, bytes);

        Assert.Equal(RequestHeadParseStatus.Complete, result.Status);
        Assert.Equal(ChromiumHead.Length, result.BytesConsumed);
        Assert.Equal("chat, \t superchat", result.Head!.Headers["Sec-WebSocket-Protocol"]);
    }

    [Fact]
    public void Every_byte_replaced_by_a_special_byte_gives_the_same_result_on_both_paths()
    {
        var original = Encoding.ASCII.GetBytes(ChromiumHead);
        var completes = 0;
        for (var i = 0; i < original.Length; i++)
        {
            foreach (var special in Specials)
            {
                var bytes = (byte[])original.Clone();
                bytes[i] = special;
                completes += AssertAgree(Parser, bytes).Status == RequestHeadParseStatus.Complete ? 1 : 0;
            }
        }

        Assert.True(completes > original.Length, "most replacements inside values still parse: the one-pass path is exercised");
    }

    [Fact]
    public void Every_special_byte_inserted_anywhere_gives_the_same_result_on_both_paths()
    {
        var original = Encoding.ASCII.GetBytes(ChromiumHead);
        for (var i = 0; i <= original.Length; i++)
        {
            foreach (var special in Specials)
            {
                var bytes = new byte[original.Length + 1];
                original.AsSpan(0, i).CopyTo(bytes);
                bytes[i] = special;
                original.AsSpan(i).CopyTo(bytes.AsSpan(i + 1));
                AssertAgree(Parser, bytes);
            }
        }
    }

    [Fact]
    public void Every_prefix_gives_the_same_result_on_both_paths()
    {
        var original = Encoding.ASCII.GetBytes(ChromiumHead);
        for (var length = 0; length <= original.Length; length++)
        {
            var result = AssertAgree(Parser, original.AsSpan(0, length).ToArray());
            Assert.Equal(length == original.Length ? RequestHeadParseStatus.Complete : RequestHeadParseStatus.Incomplete, result.Status);
        }
    }

    [Theory]
    [InlineData(300, 100)] // the head is over the byte limit
    [InlineData(8192, 14)] // one field more than allowed
    [InlineData(8192, 15)] // exactly the fields allowed
    [InlineData(1040, 100)] // the blank line ends exactly at the byte limit
    public void Both_paths_apply_the_limits_alike(int maxHeadBytes, int maxHeaders)
    {
        var parser = new RequestHeadParser(new HandshakeSettings { MaxRequestHeadBytes = maxHeadBytes, MaxRequestHeaders = maxHeaders });
        var head = Encoding.ASCII.GetBytes(ChromiumHead);
        var padded = Encoding.ASCII.GetBytes(ChromiumHead.Replace("X-Empty:", "X-Empty:" + new string('a', Math.Max(0, 1040 - head.Length)), StringComparison.Ordinal));
        AssertAgree(parser, head);
        AssertAgree(parser, padded);
        AssertAgree(parser, [.. padded, .. "GET"u8]);
    }

    [Theory]
    [InlineData("get /chat HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("M-SEARCH /chat HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("GET  /chat HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("GET /chat  HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("GET /chat HTTP/1.0\r\nHost: a\r\n\r\n")]
    [InlineData("GET /chat HTTP/1.1 \r\nHost: a\r\n\r\n")]
    [InlineData("GET * HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("GET http://a/chat HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("GET HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData(" HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nhost: b\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nX: a\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHOST:a\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost :a\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\n Host: a\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\n :folded\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nNoColon\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\n: empty name\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nA(b): c\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\nX: a\rb\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: \t a b \t \r\nUpgrade: \t\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: caf\u00e9\r\n\r\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\n\n")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\n\r")]
    [InlineData("GET / HTTP/1.1\r\nHost: a\r\n\r\r\n")]
    [InlineData("\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n")]
    [InlineData("GET /a?b HTTP/1.1\r\nHost: a\r\nsec-websocket-key: k\r\nSEC-WEBSOCKET-KEY: l\r\n\r\n")]
    public void Heads_near_the_rules_give_the_same_result_on_both_paths(string head) =>
        AssertAgree(Parser, Encoding.Latin1.GetBytes(head));

    [Fact]
    public void The_token_table_is_the_tchar_class()
    {
        for (var b = 0; b < 256; b++)
        {
            Assert.Equal(HttpChars.IsTokenChar(b), HttpChars.TokenTable[b] != 0);
        }
    }

    [Theory]
    [InlineData("Host")]
    [InlineData("hOST")]
    [InlineData("Hosx")]
    [InlineData("Origin")]
    [InlineData("UPGRADE")]
    [InlineData("connection")]
    [InlineData("Sec-WebSocket-Key")]
    [InlineData("sec-websocket-keY")]
    [InlineData("Sec-WebSocket-Kez")]
    [InlineData("Sec-WebSocket-Version")]
    [InlineData("Sec-WebSocket-Protocol")]
    [InlineData("Sec-WebSocket-Extensions")]
    [InlineData("Sec-WebSocket-Accept")]
    [InlineData("Cookie")]
    [InlineData("User-Agent")]
    [InlineData("")]
    public void Known_names_are_found_by_length_and_one_comparison_as_by_a_search(string name)
    {
        var expected = Enum.GetValues<KnownHeader>().Select(h => (int)h).FirstOrDefault(
            h => string.Equals(KnownHeaderNames.NameOf((KnownHeader)h), name, StringComparison.OrdinalIgnoreCase), -1);

        Assert.Equal(expected, KnownHeaderNames.Find(Encoding.ASCII.GetBytes(name)));
        Assert.Equal(expected, KnownHeaderNames.Find(name.AsSpan()));
    }

    /// <summary>Parses with both paths and asserts the same status, verdict, length and head; returns the result.</summary>
    internal static RequestHeadParseResult AssertAgree(RequestHeadParser parser, byte[] bytes)
    {
        var fast = parser.Parse(bytes);
        var strict = parser.ParseStrict(bytes);
        var shown = Encoding.Latin1.GetString(bytes);
        Assert.True(fast.Status == strict.Status, $"status {fast.Status} vs {strict.Status} for {shown}");
        Assert.Equal(strict.Reason, fast.Reason);
        Assert.Equal(strict.Detail, fast.Detail);
        Assert.Equal(strict.BytesConsumed, fast.BytesConsumed);
        if (strict.Head is { } expected)
        {
            var actual = fast.Head!;
            Assert.Equal(expected.Method, actual.Method);
            Assert.Equal(expected.Target, actual.Target);
            Assert.Equal(expected.Path, actual.Path);
            Assert.Equal(expected.Query, actual.Query);
            Assert.Equal(expected.Version, actual.Version);
            Span<char> expectedBuffer = stackalloc char[256];
            Span<char> actualBuffer = stackalloc char[256];
            foreach (var header in Enum.GetValues<KnownHeader>())
            {
                Assert.Equal(expected.CountOf(header), actual.CountOf(header));
                var expectedFound = expected.TryGetSingle(header, expectedBuffer, out var expectedValue);
                Assert.Equal(expectedFound, actual.TryGetSingle(header, actualBuffer, out var actualValue));
                Assert.Equal(expectedValue.ToString(), actualValue.ToString());
                Assert.Equal(expected.GetValue(header), actual.GetValue(header));
            }

            // Materialised last: the known fields above were read from the bytes at the offsets each path recorded.
            Assert.Equal(expected.Headers.ToArray(), actual.Headers.ToArray());
        }

        return fast;
    }
}
