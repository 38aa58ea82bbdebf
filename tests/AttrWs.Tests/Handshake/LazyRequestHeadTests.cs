using System.Text;
using AttrWs.Handshake;

namespace AttrWs.Tests.Handshake;

/// <summary>
/// Guards the allocation-light head: a parsed head keeps only its bytes and materialises strings on first access. Every
/// value read from it must equal what an eagerly built head (the public constructor, every string made up front) gives.
/// </summary>
public class LazyRequestHeadTests
{
    private const string Head =
        "GET /chat/lobby%20one?room=1&x=%C3%A9 HTTP/1.1\r\n" +
        "host:   example.com:8080  \r\n" +
        "Upgrade: websocket\r\n" +
        "Connection: keep-alive, Upgrade\r\n" +
        "X-Dup: one\r\n" +
        "x-dup: two,three\r\n" +
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n" +
        "SEC-WEBSOCKET-VERSION: 13\r\n" +
        "Sec-WebSocket-Protocol: chat.v1, chat.v2\r\n" +
        "Sec-WebSocket-Protocol: chat.v3\r\n" +
        "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n" +
        "Origin: http://example.com\r\n" +
        "X-Obs: caf\u00e9 \u00ff\r\n" +
        "X-Empty:\r\n" +
        "\r\n";

    private static HttpRequestHead ParseLazy(string head = Head)
    {
        var result = new RequestHeadParser(new HandshakeSettings()).Parse(Encoding.Latin1.GetBytes(head));
        Assert.Equal(RequestHeadParseStatus.Complete, result.Status);
        return result.Head!;
    }

    /// <summary>The eager reference: splits the same text into strings with the public constructor.</summary>
    private static HttpRequestHead ParseEager(string head = Head)
    {
        var lines = head.Split("\r\n");
        var requestLine = lines[0].Split(' ');
        var headers = new HttpHeaderCollection();
        foreach (var line in lines.Skip(1).TakeWhile(l => l.Length > 0))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers.Add(line[..colon], line[(colon + 1)..].Trim(' ', '\t'));
        }

        return new HttpRequestHead(requestLine[0], requestLine[1], headers, requestLine[2]);
    }

    [Fact]
    public void Every_value_equals_the_eager_heads()
    {
        var lazy = ParseLazy();
        var eager = ParseEager();
        Assert.Equal(eager.Method, lazy.Method);
        Assert.Equal(eager.Version, lazy.Version);
        Assert.Equal("/chat/lobby%20one?room=1&x=%C3%A9", lazy.Target);
        Assert.Equal("/chat/lobby%20one", lazy.Path);
        Assert.Equal("?room=1&x=%C3%A9", lazy.Query);
        Assert.Equal(eager.Headers.Count, lazy.Headers.Count);
        for (var i = 0; i < eager.Headers.Count; i++)
        {
            Assert.Equal(eager.Headers[i].Key, lazy.Headers[i].Key, ignoreCase: true);
            Assert.Equal(eager.Headers[i].Value, lazy.Headers[i].Value);
        }

        Assert.Equal("one, two,three", lazy.Headers["X-DUP"]);
        Assert.Equal(["one", "two,three"], lazy.Headers.GetValues("x-dup"));
        Assert.Equal("caf\u00e9 \u00ff", lazy.Headers["x-obs"]); // obs-text decoded as Latin-1
        Assert.Equal(string.Empty, lazy.Headers["X-Empty"]);
        Assert.Equal("example.com:8080", lazy.Headers["Host"]);
        Assert.True(lazy.Headers.IsReadOnly);
        Assert.Throws<InvalidOperationException>(() => lazy.Headers.Add("X", "y"));
    }

    [Fact]
    public void Strings_are_made_once_and_read_the_same_before_and_after()
    {
        var lazy = ParseLazy();
        Assert.Same(lazy.Headers, lazy.Headers);
        Assert.Same(lazy.Target, lazy.Target);
        Assert.Same(lazy.Path, lazy.Path);

        var plain = ParseLazy("GET /chat HTTP/1.1\r\nHost: a\r\n\r\n");
        Assert.Equal("/chat", plain.Path);
        Assert.Equal(string.Empty, plain.Query);
        Assert.Same(plain.Target, plain.Path); // no query: one string for both
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Known_headers_read_without_strings_equal_the_materialised_ones(bool materialiseFirst)
    {
        Span<char> buffer = stackalloc char[256];
        var lazy = ParseLazy();
        foreach (var head in new[] { lazy, ParseEager() })
        {
            if (materialiseFirst)
            {
                _ = head.Headers;
            }

            Assert.True(head.TryGetSingle(KnownHeader.Upgrade, buffer, out var upgrade));
            Assert.Equal("websocket", upgrade.ToString());
            Assert.True(head.TryGetSingle(KnownHeader.Connection, buffer, out var connection));
            Assert.Equal("keep-alive, Upgrade", connection.ToString());
            Assert.True(head.TryGetSingle(KnownHeader.SecWebSocketVersion, buffer, out var version));
            Assert.Equal("13", version.ToString());
            Assert.Equal(2, head.CountOf(KnownHeader.SecWebSocketProtocol));
            Assert.False(head.TryGetSingle(KnownHeader.SecWebSocketProtocol, buffer, out _)); // repeated: read Headers
            Assert.Equal("chat.v1, chat.v2, chat.v3", head.GetValue(KnownHeader.SecWebSocketProtocol));
            Assert.Equal("example.com:8080", head.GetValue(KnownHeader.Host));
            Assert.Equal("http://example.com", head.GetValue(KnownHeader.Origin));
            Assert.Equal("permessage-deflate; client_max_window_bits", head.GetValue(KnownHeader.SecWebSocketExtensions));
            Assert.True(head.TryGetPath(buffer, out var path));
            Assert.Equal("/chat/lobby%20one", path.ToString());
        }

        // A value longer than the buffer is not decoded partially: the caller reads Headers instead.
        Assert.False(lazy.TryGetSingle(KnownHeader.Host, buffer[..3], out _));
    }

    [Fact]
    public async Task The_decision_hook_and_session_facts_equal_the_eager_heads()
    {
        var seen = new List<string?>();
        var options = new HandshakeSettings
        {
            OnOpenRequest = (context, _) =>
            {
                seen.Add(context.Host);
                seen.Add(context.Origin);
                seen.Add(context.Path);
                seen.Add(context.Query);
                seen.Add(string.Join("|", context.OfferedSubProtocols));
                seen.Add(string.Join("|", context.OfferedExtensions));
                seen.Add(context.RequestHeaders["x-dup"]);
                return ValueTask.CompletedTask;
            },
        };
        var processor = HandshakeTestKit.Processor(options, HandshakeTestKit.Endpoint("/chat/{room}", ["chat.v3", "chat.v2"]));
        var lazy = await processor.ProcessAsync(ParseLazy(), HandshakeTestKit.Connection);
        var eager = await processor.ProcessAsync(ParseEager(), HandshakeTestKit.Connection);
        Assert.True(lazy.IsAccepted);
        Assert.Equal(HandshakeTestKit.ResponseText(eager), HandshakeTestKit.ResponseText(lazy));
        Assert.Equal("chat.v3", lazy.SubProtocol);
        Assert.Equal("lobby one", lazy.RouteValues["room"]);
        Assert.Equal(seen[..7], seen[7..]);
        Assert.Equal(
            ["example.com:8080", "http://example.com", "/chat/lobby%20one", "?room=1&x=%C3%A9", "chat.v1|chat.v2|chat.v3", "permessage-deflate; client_max_window_bits", "one, two,three"],
            seen[..7]);

        // After the handshake (what the session reads): the same strings.
        Assert.Equal("one, two,three", lazy.Context!.RequestHeaders["X-Dup"]);
        Assert.Equal("example.com:8080", lazy.Context.Host);
    }

    [Theory]
    [InlineData("Upgrade: websocket\r\nUpgrade: h2c\r\n", true)]          // repeated field: read through the collection
    [InlineData("Upgrade: h2c, WebSocket\r\n", true)]                      // list, case-insensitive token
    [InlineData("Upgrade: h2c\r\n", false)]
    [InlineData("uPGRADE: websocket\r\n", true)]                           // case-insensitive name
    public async Task Upgrade_lists_and_repeats_decide_as_before(string upgrade, bool accepted)
    {
        var head = "GET /chat HTTP/1.1\r\nHost: a\r\n" + upgrade +
                   "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
        var processor = HandshakeTestKit.Processor(HandshakeTestKit.Endpoint("/chat"));
        var lazy = await processor.ProcessAsync(ParseLazy(head), HandshakeTestKit.Connection);
        var eager = await processor.ProcessAsync(ParseEager(head), HandshakeTestKit.Connection);
        Assert.Equal(accepted, lazy.IsAccepted);
        Assert.Equal(HandshakeTestKit.ResponseText(eager), HandshakeTestKit.ResponseText(lazy));
    }

    [Theory]
    [InlineData("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n")]
    [InlineData("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Version: 13\r\n")]
    [InlineData("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ\r\nSec-WebSocket-Version: 13\r\n")]
    [InlineData("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version:  14 \r\n")]
    public async Task Repeated_or_bad_key_and_version_are_rejected_as_before(string fields)
    {
        var head = "GET /chat HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" + fields + "\r\n";
        var processor = HandshakeTestKit.Processor(HandshakeTestKit.Endpoint("/chat"));
        var lazy = await processor.ProcessAsync(ParseLazy(head), HandshakeTestKit.Connection);
        var eager = await processor.ProcessAsync(ParseEager(head), HandshakeTestKit.Connection);
        Assert.False(lazy.IsAccepted);
        Assert.Equal(eager.Reason, lazy.Reason);
        Assert.Equal(HandshakeTestKit.ResponseText(eager), HandshakeTestKit.ResponseText(lazy));
    }
}
