using AttrWs.Handshake;
using static AttrWs.Tests.Handshake.HandshakeTestKit;

namespace AttrWs.Tests.Handshake;

/// <summary>DESIGN §3 row 13 and §4: the open-request hook.</summary>
public class OpenRequestHookTests
{
    private static HandshakeProcessor WithHook(Func<WebSocketOpenRequestContext, ValueTask> hook, List<HandshakeRejection>? reported = null) =>
        Processor(
            new HandshakeSettings { OnOpenRequest = (c, _) => hook(c), OnRejected = reported is null ? null : reported.Add },
            Endpoint("/chat/{room}", ["chat.v2", "chat.v1"], name: "Chat"));

    private static RequestBuilder ChatRequest() =>
        Request("/chat/lobby?token=abc").With("Sec-WebSocket-Protocol", "chat.v1, chat.v2, x-extra").With("Origin", "https://app.example");

    [Fact]
    public async Task Sees_the_request_and_the_negotiated_values()
    {
        WebSocketOpenRequestContext? seen = null;
        var processor = WithHook(context =>
        {
            seen = context;
            return ValueTask.CompletedTask;
        });

        var decision = await processor.DecideAsync(ChatRequest());

        Assert.True(decision.IsAccepted);
        Assert.NotNull(seen);
        Assert.Equal("conn-1", seen.ConnectionId);
        Assert.Equal("/chat/lobby?token=abc", seen.RequestTarget);
        Assert.Equal("/chat/lobby", seen.Path);
        Assert.Equal("?token=abc", seen.Query);
        Assert.Equal("lobby", seen.RouteValues["room"]);
        Assert.Equal("Chat", seen.Endpoint!.Name);
        Assert.Equal("example.com", seen.Host);
        Assert.Equal("https://app.example", seen.Origin);
        Assert.Equal(["chat.v1", "chat.v2", "x-extra"], seen.OfferedSubProtocols);
        Assert.Equal("chat.v2", seen.SubProtocol);
        Assert.Equal(101, seen.StatusCode);
        Assert.Same(seen, decision.Context);
    }

    [Fact]
    public async Task Rejects_with_the_status_and_headers_it_sets()
    {
        var processor = WithHook(context =>
        {
            context.StatusCode = 401;
            context.ResponseHeaders.Add("WWW-Authenticate", "Bearer realm=\"chat\"");
            context.RejectionReason = "Token expired.";
            return ValueTask.CompletedTask;
        });

        var decision = await processor.DecideAsync(ChatRequest());

        Assert.False(decision.IsAccepted);
        Assert.Equal(401, decision.StatusCode);
        Assert.Equal(HandshakeRejectReason.RejectedByApplication, decision.Reason);
        Assert.Equal("Token expired.", decision.ReasonText);
        Assert.Equal("Bearer realm=\"chat\"", Header(decision, "WWW-Authenticate"));
        Assert.Contains("HTTP/1.1 401 Unauthorized\r\n", ResponseText(decision), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejection_without_a_reason_gets_the_default_body()
    {
        var decision = await WithHook(context =>
        {
            context.StatusCode = 429;
            return ValueTask.CompletedTask;
        }).DecideAsync(ChatRequest());

        Assert.Equal(429, decision.StatusCode);
        Assert.Equal(HandshakeRejections.Get(HandshakeRejectReason.RejectedByApplication).ReasonText, decision.ReasonText);
    }

    [Fact]
    public async Task A_multi_line_rejection_reason_is_flattened_to_one_line()
    {
        var decision = await WithHook(context =>
        {
            context.StatusCode = 403;
            context.RejectionReason = "no\r\nX-Injected: 1";
            return ValueTask.CompletedTask;
        }).DecideAsync(ChatRequest());

        Assert.Equal("no  X-Injected: 1", decision.ReasonText);
    }

    [Fact]
    public async Task Adds_response_headers_to_the_101()
    {
        var decision = await WithHook(context =>
        {
            context.ResponseHeaders.Add("X-Server", "attrws");
            return ValueTask.CompletedTask;
        }).DecideAsync(ChatRequest());

        Assert.True(decision.IsAccepted);
        Assert.Contains("\r\nX-Server: attrws\r\n", ResponseText(decision), StringComparison.Ordinal);
    }

    [Fact]
    public async Task May_switch_to_another_offered_subprotocol()
    {
        var decision = await WithHook(context =>
        {
            context.SubProtocol = "chat.v1";
            return ValueTask.CompletedTask;
        }).DecideAsync(ChatRequest());

        Assert.True(decision.IsAccepted);
        Assert.Equal("chat.v1", decision.SubProtocol);
    }

    [Fact]
    public async Task Switching_to_an_unoffered_subprotocol_is_a_500()
    {
        var reported = new List<HandshakeRejection>();
        var decision = await WithHook(
            context =>
            {
                context.SubProtocol = "chat.v3";
                return ValueTask.CompletedTask;
            },
            reported).DecideAsync(ChatRequest());

        Assert.Equal(500, decision.StatusCode);
        Assert.Equal(HandshakeRejectReason.InvalidApplicationResponse, decision.Reason);
        Assert.Contains("chat.v3", Assert.Single(reported).Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("X-Bad", "a\r\nSet-Cookie: x=1")]
    [InlineData("X-Bad", "a\nb")]
    [InlineData("X-Bad", "a\0b")]
    [InlineData("X-Bad", "snow\u2603")]
    public async Task A_header_value_with_CR_LF_NUL_or_non_latin1_is_a_500(string name, string value)
    {
        var decision = await WithHook(context =>
        {
            context.ResponseHeaders.Add(name, value);
            return ValueTask.CompletedTask;
        }).DecideAsync(ChatRequest());

        Assert.Equal(500, decision.StatusCode);
        Assert.Equal(HandshakeRejectReason.InvalidApplicationResponse, decision.Reason);
        Assert.DoesNotContain("Set-Cookie", ResponseText(decision), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("X Bad")]
    [InlineData("X-Bad:")]
    [InlineData("")]
    [InlineData("X-Bad\r\n")]
    public async Task A_header_name_that_is_not_a_token_is_a_500(string name)
    {
        var decision = await WithHook(context =>
        {
            context.ResponseHeaders.Add(name, "v");
            return ValueTask.CompletedTask;
        }).DecideAsync(ChatRequest());

        Assert.Equal(500, decision.StatusCode);
        Assert.Equal(HandshakeRejectReason.InvalidApplicationResponse, decision.Reason);
    }

    [Theory]
    [InlineData("Upgrade")]
    [InlineData("connection")]
    [InlineData("Sec-WebSocket-Accept")]
    [InlineData("Sec-WebSocket-Protocol")]
    [InlineData("Sec-WebSocket-Extensions")]
    [InlineData("Content-Length")]
    [InlineData("Transfer-Encoding")]
    public async Task A_server_owned_header_is_a_500(string name)
    {
        var decision = await WithHook(context =>
        {
            context.ResponseHeaders.Add(name, "x");
            return ValueTask.CompletedTask;
        }).DecideAsync(ChatRequest());

        Assert.Equal(500, decision.StatusCode);
        Assert.Equal(HandshakeRejectReason.InvalidApplicationResponse, decision.Reason);
    }

    [Fact]
    public async Task A_bad_header_on_a_rejection_is_a_500_too()
    {
        var decision = await WithHook(context =>
        {
            context.StatusCode = 403;
            context.ResponseHeaders.Add("X-Bad", "a\r\nb");
            return ValueTask.CompletedTask;
        }).DecideAsync(ChatRequest());

        Assert.Equal(500, decision.StatusCode);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(99)]
    [InlineData(100)]
    [InlineData(199)]
    [InlineData(600)]
    [InlineData(-401)]
    public async Task A_status_outside_200_599_other_than_101_is_a_500(int status)
    {
        var decision = await WithHook(context =>
        {
            context.StatusCode = status;
            return ValueTask.CompletedTask;
        }).DecideAsync(ChatRequest());

        Assert.Equal(500, decision.StatusCode);
        Assert.Equal(HandshakeRejectReason.InvalidApplicationResponse, decision.Reason);
    }

    [Fact]
    public async Task A_throwing_hook_is_a_500_and_the_notification_gets_the_exception()
    {
        var reported = new List<HandshakeRejection>();
        var failure = new InvalidOperationException("database down");
        var decision = await WithHook(_ => throw failure, reported).DecideAsync(ChatRequest());

        Assert.Equal(500, decision.StatusCode);
        Assert.Equal(HandshakeRejectReason.ApplicationError, decision.Reason);
        Assert.Same(failure, decision.Exception);
        Assert.DoesNotContain("database down", ResponseText(decision), StringComparison.Ordinal);
        var rejection = Assert.Single(reported);
        Assert.Same(failure, rejection.Exception);
        Assert.Equal("Chat", rejection.EndpointName);
        Assert.Equal("conn-1", rejection.ConnectionId);
    }

    [Fact]
    public async Task A_hook_that_faults_asynchronously_is_a_500()
    {
        var failure = new InvalidOperationException("later");
        var decision = await WithHook(async _ =>
        {
            await Task.Yield();
            throw failure;
        }).DecideAsync(ChatRequest());

        Assert.Equal(500, decision.StatusCode);
        Assert.Same(failure, decision.Exception);
    }

    [Fact]
    public async Task An_asynchronous_hook_can_reject()
    {
        var decision = await WithHook(async context =>
        {
            await Task.Yield();
            context.StatusCode = 403;
        }).DecideAsync(ChatRequest());

        Assert.Equal(403, decision.StatusCode);
    }

    [Fact]
    public async Task Does_not_run_when_an_automatic_check_failed()
    {
        var ran = false;
        var decision = await WithHook(_ =>
        {
            ran = true;
            return ValueTask.CompletedTask;
        }).DecideAsync(ChatRequest().Replace("Sec-WebSocket-Version", "8"));

        Assert.Equal(426, decision.StatusCode);
        Assert.False(ran);
    }

    [Fact]
    public async Task Deflate_negotiated_before_the_hook_stays_negotiated()
    {
        var processor = Processor(
            new HandshakeSettings
            {
                EnableDeflate = true,
                OnOpenRequest = (context, _) =>
                {
                    Assert.NotNull(context.DeflateOptions);
                    return ValueTask.CompletedTask;
                },
            },
            Endpoint("/chat"));

        var decision = await processor.DecideAsync(Request().With("Sec-WebSocket-Extensions", "permessage-deflate"));

        Assert.True(decision.IsAccepted);
        Assert.NotNull(decision.DeflateOptions);
        Assert.Equal("permessage-deflate", decision.Extensions);
    }
}
