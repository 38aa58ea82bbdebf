using System.Buffers;
using System.Text;
using AttrWs.Handshake;
using AttrWs.Routing;
using AttrWs.Security;

namespace AttrWs.Tests.Handshake;

/// <summary>
/// Guards the handshake that no application code sees: the processor then makes no open-request context, and the
/// decision makes one when the session or a test asks. That context must equal the one application code would have
/// seen for the same request (a no-op hook forces the general path), and the outcomes must be the same.
/// </summary>
public class LazyOpenRequestContextTests
{
    private const string Head =
        "GET /rooms/lobby%20one?x=1 HTTP/1.1\r\n" +
        "Host: example.com\r\n" +
        "Connection: Upgrade\r\n" +
        "Upgrade: websocket\r\n" +
        "Origin: https://app.example.com\r\n" +
        "Sec-WebSocket-Version: 13\r\n" +
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n" +
        "Sec-WebSocket-Protocol: chat.v1, chat.v2\r\n" +
        "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n" +
        "X-Dup: one\r\n" +
        "X-Dup: two\r\n" +
        "\r\n";

    private static HttpRequestHead Parse(string head = Head)
    {
        var result = new RequestHeadParser(new HandshakeSettings()).Parse(Encoding.Latin1.GetBytes(head));
        Assert.Equal(RequestHeadParseStatus.Complete, result.Status);
        return result.Head!;
    }

    private static readonly WebSocketEndpoint Rooms = HandshakeTestKit.Endpoint("/rooms/{room}", ["chat.v2"]);

    private static HandshakeProcessor Processor(bool withHook, WebSocketOriginOptions? origins = null, bool deflate = true, List<WebSocketOpenRequestContext>? seen = null)
    {
        var options = new HandshakeSettings
        {
            EnableDeflate = deflate,
            OriginPolicy = new WebSocketOriginPolicy(origins ?? new WebSocketOriginOptions()),
            OnOpenRequest = withHook
                ? (context, _) =>
                {
                    seen?.Add(context);
                    return ValueTask.CompletedTask;
                }
                : null,
        };
        return HandshakeTestKit.Processor(options, Rooms);
    }

    private static async Task<HandshakeDecision> DecideAsync(HandshakeProcessor processor, HttpRequestHead head) =>
        await processor.ProcessAsync(head, HandshakeTestKit.Connection);

    [Fact]
    public async Task The_lazily_made_context_equals_the_one_application_code_sees()
    {
        var seen = new List<WebSocketOpenRequestContext>();
        var eagerDecision = await DecideAsync(Processor(withHook: true, seen: seen), Parse());
        var lazyDecision = await DecideAsync(Processor(withHook: false), Parse());
        Assert.True(eagerDecision.IsAccepted);
        Assert.True(lazyDecision.IsAccepted);
        Assert.True(eagerDecision.HasContext);
        Assert.False(lazyDecision.HasContext); // nothing was made while deciding
        var eager = Assert.Single(seen);
        Assert.Same(eager, eagerDecision.Context);

        var lazy = lazyDecision.Context!;
        Assert.NotNull(lazy);
        Assert.Equal(eager.ConnectionId, lazy.ConnectionId);
        Assert.Same(HandshakeTestKit.Connection, lazy.Connection);
        Assert.Same(eager.Endpoint, lazy.Endpoint);
        Assert.Equal(eager.RouteValues, lazy.RouteValues);
        Assert.Equal("lobby one", lazy.RouteValues["room"]);
        Assert.Equal(eager.SubProtocol, lazy.SubProtocol);
        Assert.Equal("chat.v2", lazy.SubProtocol);
        Assert.Equal(eager.OfferedSubProtocols, lazy.OfferedSubProtocols);
        Assert.Equal(["chat.v1", "chat.v2"], lazy.OfferedSubProtocols);
        Assert.Equal(eager.OfferedExtensions, lazy.OfferedExtensions);
        Assert.Equal(eager.User, lazy.User);
        Assert.Null(lazy.User);
        Assert.Equal(eager.StatusCode, lazy.StatusCode);
        Assert.Equal(101, lazy.StatusCode);
        Assert.Null(lazy.RejectionReason);
        Assert.Equal(eager.RequestTarget, lazy.RequestTarget);
        Assert.Equal(eager.Path, lazy.Path);
        Assert.Equal(eager.Query, lazy.Query);
        Assert.Equal(eager.Host, lazy.Host);
        Assert.Equal(eager.Origin, lazy.Origin);
        Assert.Equal(eager.RequestHeaders, lazy.RequestHeaders);
        Assert.Equal("one, two", lazy.RequestHeaders["x-dup"]);

        // Deflate: equal options, each context with its own copy; the decisions answer the same.
        Assert.NotNull(lazy.DeflateOptions);
        Assert.Equal(
            (eager.DeflateOptions!.ClientMaxWindowBits, eager.DeflateOptions.ServerMaxWindowBits, eager.DeflateOptions.ClientContextTakeover, eager.DeflateOptions.ServerContextTakeover),
            (lazy.DeflateOptions!.ClientMaxWindowBits, lazy.DeflateOptions.ServerMaxWindowBits, lazy.DeflateOptions.ClientContextTakeover, lazy.DeflateOptions.ServerContextTakeover));
        Assert.NotSame(lazyDecision.DeflateOptions, lazy.DeflateOptions);
        Assert.Equal(eagerDecision.Extensions, lazyDecision.Extensions);
        Assert.Equal(eagerDecision.SubProtocol, lazyDecision.SubProtocol);
        Assert.Same(eagerDecision.Endpoint, lazyDecision.Endpoint);
        Assert.Equal(eagerDecision.ClientKey, lazyDecision.ClientKey);
        Assert.Equal(HandshakeTestKit.ResponseText(eagerDecision), HandshakeTestKit.ResponseText(lazyDecision));
    }

    [Fact]
    public async Task The_lazily_made_context_is_correct_on_first_and_later_access_and_still_read_only()
    {
        var decision = await DecideAsync(Processor(withHook: false), Parse());
        var first = decision.Context!;
        var second = decision.Context!;
        foreach (var context in new[] { first, second })
        {
            Assert.Equal("lobby one", context.RouteValues["room"]);
            Assert.Equal("chat.v2", context.SubProtocol);
            Assert.Equal(["chat.v1", "chat.v2"], context.OfferedSubProtocols);
            Assert.True(context.RequestHeaders.IsReadOnly);
            Assert.Throws<NotSupportedException>(() => ((IList<string>)context.OfferedSubProtocols).Add("x"));
        }

        // Changing what one context says changes neither the decision nor a later context.
        first.SubProtocol = "chat.v1";
        first.DeflateOptions!.ServerMaxWindowBits = 9;
        Assert.Equal("chat.v2", decision.SubProtocol);
        Assert.Equal("chat.v2", decision.Context!.SubProtocol);
        Assert.Equal(15, decision.Context!.DeflateOptions!.ServerMaxWindowBits);
        Assert.Equal(15, decision.DeflateOptions!.ServerMaxWindowBits);
    }

    [Theory]
    [InlineData("Origin: https://app.example.com\r\n", 101)]
    [InlineData("Origin: https://evil.example\r\n", 403)]
    [InlineData("Origin:   https://app.example.com  \r\n", 101)]
    [InlineData("Origin: https://app.example.com\r\nOrigin: https://app.example.com\r\n", 403)]
    [InlineData("", 101)]
    [InlineData("Origin: null\r\n", 403)]
    public async Task The_built_in_origin_policy_decides_from_the_head_as_from_the_context(string origin, int status)
    {
        var head = "GET /rooms/a HTTP/1.1\r\nHost: example.com\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" + origin +
                   "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: chat.v2\r\n\r\n";
        var origins = new WebSocketOriginOptions { AllowMissingOrigin = true }.Allow("https://app.example.com");
        var lazy = await DecideAsync(Processor(withHook: false, origins), Parse(head));
        var eager = await DecideAsync(Processor(withHook: true, origins), Parse(head));
        Assert.Equal(status, lazy.StatusCode);
        Assert.Equal(eager.Reason, lazy.Reason);
        Assert.Equal(HandshakeTestKit.ResponseText(eager), HandshakeTestKit.ResponseText(lazy));
        if (status == 403)
        {
            // A rejection still carries the context, as before.
            Assert.True(lazy.HasContext);
            Assert.Equal(eager.Context!.Origin, lazy.Context!.Origin);
            Assert.Same(eager.Endpoint, lazy.Endpoint);
        }
    }

    [Fact]
    public async Task No_acceptable_subprotocol_is_rejected_with_a_context_as_before()
    {
        var head = Head.Replace("Sec-WebSocket-Protocol: chat.v1, chat.v2", "Sec-WebSocket-Protocol: other", StringComparison.Ordinal);
        var lazy = await DecideAsync(Processor(withHook: false), Parse(head));
        var eager = await DecideAsync(Processor(withHook: true), Parse(head));
        Assert.Equal(HandshakeRejectReason.NoAcceptableSubProtocol, lazy.Reason);
        Assert.Equal(HandshakeTestKit.ResponseText(eager), HandshakeTestKit.ResponseText(lazy));
        Assert.Equal(["other"], lazy.Context!.OfferedSubProtocols);
        Assert.Equal(eager.Context!.Endpoint, lazy.Context.Endpoint);
    }

    private static HandshakeDecision DecideSynchronously(HandshakeProcessor processor, HttpRequestHead head)
    {
        var pending = processor.ProcessAsync(head, HandshakeTestKit.Connection);
        return pending.IsCompletedSuccessfully ? pending.Result : throw new InvalidOperationException("Decided asynchronously.");
    }

    /// <summary>
    /// The allocation bound behind issue 15's target: with the server's own security (built-in origin policy) and no
    /// application code, deciding and writing the 101 allocate nothing; parsing allocates the head and its bytes.
    /// </summary>
    [Fact]
    public void Deciding_and_writing_the_101_allocate_nothing_and_parsing_only_the_head()
    {
        // A literal route: captured route values are routing's allocations, not the handshake core's.
        var bytes = Encoding.ASCII.GetBytes(Head
            .Replace("Sec-WebSocket-Protocol: chat.v1, chat.v2\r\n", string.Empty, StringComparison.Ordinal)
            .Replace("/rooms/lobby%20one?x=1", "/chat?x=1", StringComparison.Ordinal));
        var table = new RuntimeRouteTable();
        table.Add(new WebSocketEndpoint("/chat", static _ => ValueTask.CompletedTask));
        var processor = new HandshakeProcessor(new WebSocketServerOptions(), [table]);
        var parser = new RequestHeadParser(new HandshakeSettings());
        var output = new ArrayBufferWriter<byte>(512);
        long parseBytes = 0, decideBytes = 0, writeBytes = 0;
        for (var i = 0; i < 200; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var head = parser.Parse(bytes).Head!;
            var parsed = GC.GetAllocatedBytesForCurrentThread();
            var decision = DecideSynchronously(processor, head);
            var decided = GC.GetAllocatedBytesForCurrentThread();
            output.ResetWrittenCount();
            HandshakeResponseWriter.Write(decision, output);
            var written = GC.GetAllocatedBytesForCurrentThread();
            Assert.True(decision.IsAccepted);
            parseBytes = parsed - before;
            decideBytes = decided - parsed;
            writeBytes = written - decided;
        }

        // Measured after the first calls made what is made once (the origin rule of the endpoint, statics).
        Assert.Equal((0L, 0L), (decideBytes, writeBytes));
        Assert.InRange(parseBytes, 1, bytes.Length + 256); // the head's copy of the bytes and the head itself
    }
}
