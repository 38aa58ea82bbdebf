using AttrWs.Handshake;
using AttrWs.Security;
using AttrWs.Tests.Handshake;
using static AttrWs.Tests.Security.SecurityTestKit;

namespace AttrWs.Tests.Security;

/// <summary>DESIGN §4: every field of the reference system's open-request event is reachable from the hook, after the gate.</summary>
public sealed class OpenRequestHookFieldTests
{
    private static HandshakeProcessor WithHook(Func<WebSocketOpenRequestContext, ValueTask> hook, List<HandshakeRejection>? rejections = null) =>
        Processor(
            AllAuthenticators(),
            rejections: rejections,
            hook: hook,
            endpoints: new WebSocketEndpoint("/rooms/{room}", static _ => ValueTask.CompletedTask)
            {
                Name = "Rooms",
                SubProtocols = ["chat.v2", "chat.v1"],
                Deflate = DeflateMode.Enabled,
                Authorization = Requires(new AuthorizationRequirement()),
            });

    [Fact]
    public async Task The_hook_sees_every_reference_field_and_the_user()
    {
        WebSocketOpenRequestContext? seen = null;
        var processor = WithHook(context =>
        {
            seen = context;
            return ValueTask.CompletedTask;
        });
        var request = new RequestBuilder("/rooms/lobby?x=1")
            .With("Origin", "https://example.com")
            .With("Authorization", BasicHeader("alice", Password))
            .With("Sec-WebSocket-Protocol", "chat.v1, chat.v2")
            .With("Sec-WebSocket-Extensions", "permessage-deflate; client_max_window_bits")
            .With("X-Trace", "a")
            .With("x-trace", "b");
        var decision = await processor.DecideAsync(request);

        Assert.True(decision.IsAccepted);
        Assert.NotNull(seen);
        Assert.Equal("conn-1", seen.ConnectionId);                                    // ConnectionId
        Assert.Equal("/rooms/lobby?x=1", seen.RequestTarget);                         // RequestURI
        Assert.Equal(("/rooms/lobby", "?x=1", "Rooms"), (seen.Path, seen.Query, seen.Endpoint!.Name));
        Assert.Equal("lobby", seen.RouteValues["room"]);
        Assert.Equal(("example.com", "https://example.com"), (seen.Host, seen.Origin)); // HostHeader, OriginHeader
        Assert.Equal(["chat.v1", "chat.v2"], seen.OfferedSubProtocols);               // SubProtocols (offered)
        Assert.Equal("chat.v2", seen.SubProtocol);                                    // server preference
        Assert.Equal(["permessage-deflate; client_max_window_bits"], seen.OfferedExtensions); // Extensions
        Assert.NotNull(seen.DeflateOptions);
        Assert.Equal(["a", "b"], seen.RequestHeaders.GetValues("X-TRACE"));          // RequestHeaders
        Assert.Equal(101, seen.StatusCode);                                           // StatusCode
        Assert.Equal("alice", seen.User!.Identity!.Name);                             // the gate ran first
    }

    [Fact]
    public async Task The_hook_may_switch_to_another_offered_subprotocol_and_add_headers_to_the_101()
    {
        var processor = WithHook(context =>
        {
            context.SubProtocol = "chat.v1";
            context.ResponseHeaders.Add("X-Session", "s-1");
            return ValueTask.CompletedTask;
        });
        var decision = await processor.DecideAsync(new RequestBuilder("/rooms/a")
            .With("Authorization", BasicHeader("alice", Password))
            .With("Sec-WebSocket-Protocol", "chat.v2, chat.v1"));
        var text = HandshakeTestKit.ResponseText(decision);
        Assert.StartsWith("HTTP/1.1 101 ", text, StringComparison.Ordinal);
        Assert.Contains("Sec-WebSocket-Protocol: chat.v1\r\n", text, StringComparison.Ordinal);
        Assert.Contains("X-Session: s-1\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hook_may_reject_with_its_own_status_and_headers()
    {
        var processor = WithHook(context =>
        {
            context.StatusCode = 429;
            context.ResponseHeaders.Add("Retry-After", "30");
            context.RejectionReason = "Slow down.";
            return ValueTask.CompletedTask;
        });
        var decision = await processor.DecideAsync(new RequestBuilder("/rooms/a").With("Authorization", BasicHeader("alice", Password)).With("Sec-WebSocket-Protocol", "chat.v1"));
        var text = HandshakeTestKit.ResponseText(decision);
        Assert.Equal((429, HandshakeRejectReason.RejectedByApplication), (decision.StatusCode, decision.Reason));
        Assert.Contains("Retry-After: 30\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("Slow down.", text.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hook_does_not_run_when_the_gate_refuses()
    {
        var ran = false;
        var processor = WithHook(_ =>
        {
            ran = true;
            return ValueTask.CompletedTask;
        });
        Assert.Equal(401, (await processor.DecideAsync(new RequestBuilder("/rooms/a").With("Sec-WebSocket-Protocol", "chat.v1"))).StatusCode);
        Assert.False(ran);
    }

    [Theory]
    [InlineData("X-Evil", "a\r\nSet-Cookie: sid=stolen")]
    [InlineData("X-Evil", "a\nb")]
    [InlineData("X Evil", "a")]
    [InlineData("X-Evil:", "a")]
    [InlineData("Sec-WebSocket-Accept", "forged")]
    public async Task Header_injection_through_the_hook_is_a_500_never_a_malformed_response(string name, string value)
    {
        var rejections = new List<HandshakeRejection>();
        var processor = WithHook(
            context =>
            {
                context.ResponseHeaders.Add(name, value);
                return ValueTask.CompletedTask;
            },
            rejections);
        var decision = await processor.DecideAsync(new RequestBuilder("/rooms/a").With("Authorization", BasicHeader("alice", Password)).With("Sec-WebSocket-Protocol", "chat.v1"));
        var text = HandshakeTestKit.ResponseText(decision);
        Assert.Equal((500, HandshakeRejectReason.InvalidApplicationResponse), (decision.StatusCode, decision.Reason));
        Assert.DoesNotContain("stolen", text, StringComparison.Ordinal);
        Assert.DoesNotContain("forged", text, StringComparison.Ordinal);
        Assert.Equal(HandshakeRejectReason.InvalidApplicationResponse, Assert.Single(rejections).Reason);
    }

    [Fact]
    public async Task A_throwing_hook_is_a_500_reported_and_the_next_handshake_is_fine()
    {
        var calls = 0;
        var rejections = new List<HandshakeRejection>();
        var processor = WithHook(
            _ => Interlocked.Increment(ref calls) == 1 ? throw new InvalidOperationException("boom") : ValueTask.CompletedTask,
            rejections);
        var request = new RequestBuilder("/rooms/a").With("Authorization", BasicHeader("alice", Password)).With("Sec-WebSocket-Protocol", "chat.v1");
        Assert.Equal(500, (await processor.DecideAsync(request)).StatusCode);
        var rejection = Assert.Single(rejections);
        Assert.Equal((HandshakeRejectReason.ApplicationError, "Rooms", "conn-1"), (rejection.Reason, rejection.EndpointName, rejection.ConnectionId));
        Assert.True((await processor.DecideAsync(request)).IsAccepted);
    }
}
