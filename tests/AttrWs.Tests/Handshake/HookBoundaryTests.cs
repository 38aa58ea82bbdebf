using System.Buffers;
using System.Reflection;
using System.Text;
using AttrWs.Handshake;
using AttrWs.Security;
using AttrWs.Tests.Security;
using static AttrWs.Tests.Handshake.HandshakeTestKit;

namespace AttrWs.Tests.Handshake;

/// <summary>Issue 9: the hook changes only what is its to decide; the method that runs matches the 101; RFC 9110 statuses.</summary>
public sealed class HookBoundaryTests
{
    private static HandshakeProcessor WithHook(
        Func<WebSocketOpenRequestContext, CancellationToken, ValueTask> hook,
        List<HandshakeRejection>? reported = null,
        bool deflate = false,
        params WebSocketEndpoint[] endpoints) =>
        Processor(
            new HandshakeSettings { OnOpenRequest = hook, OnRejected = reported is null ? null : reported.Add, EnableDeflate = deflate },
            endpoints.Length > 0 ? endpoints : [Endpoint("/chat", ["chat.v1"], name: "Chat")]);

    private static ValueTask Do(Action action)
    {
        action();
        return ValueTask.CompletedTask;
    }

    [Theory]
    [InlineData(nameof(WebSocketOpenRequestContext.Endpoint))]
    [InlineData(nameof(WebSocketOpenRequestContext.RouteValues))]
    [InlineData(nameof(WebSocketOpenRequestContext.User))]
    [InlineData(nameof(WebSocketOpenRequestContext.OfferedSubProtocols))]
    [InlineData(nameof(WebSocketOpenRequestContext.OfferedExtensions))]
    [InlineData(nameof(WebSocketOpenRequestContext.DeflateOptions))]
    public void What_was_decided_before_the_hook_has_no_public_setter(string property)
    {
        var setter = typeof(WebSocketOpenRequestContext).GetProperty(property)!.SetMethod;
        Assert.True(setter is null || !setter.IsPublic, property + " must not be settable by applications");
    }

    [Theory]
    [InlineData(nameof(WebSocketOpenRequestContext.StatusCode))]
    [InlineData(nameof(WebSocketOpenRequestContext.SubProtocol))]
    [InlineData(nameof(WebSocketOpenRequestContext.RejectionReason))]
    public void What_the_hook_decides_stays_settable(string property) =>
        Assert.True(typeof(WebSocketOpenRequestContext).GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.SetMethod!.IsPublic);

    [Fact]
    public async Task The_offers_cannot_be_extended_and_an_unoffered_choice_is_a_500()
    {
        var reported = new List<HandshakeRejection>();
        Exception? mutation = null;
        var decision = await WithHook(
            (context, _) => Do(() =>
            {
                mutation = Record.Exception(() => ((IList<string>)context.OfferedSubProtocols).Add("evil.v9"));
                context.SubProtocol = "evil.v9";
            }),
            reported,
            endpoints: [Endpoint("/chat", ["chat.v1", "evil.v9"], name: "Chat")]).DecideAsync(Request().With("Sec-WebSocket-Protocol", "chat.v1"));

        Assert.IsType<NotSupportedException>(mutation);
        Assert.Equal(500, decision.StatusCode);
        Assert.Equal(HandshakeRejectReason.InvalidApplicationResponse, decision.Reason);
        Assert.Contains("did not offer", Assert.Single(reported).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_request_headers_are_read_only_so_the_offers_cannot_be_forged_there_either()
    {
        Exception? add = null, set = null, remove = null;
        var decision = await WithHook((context, _) => Do(() =>
        {
            add = Record.Exception(() => context.RequestHeaders.Add("Sec-WebSocket-Protocol", "evil.v9"));
            set = Record.Exception(() => context.RequestHeaders.Set("Sec-WebSocket-Protocol", "evil.v9"));
            remove = Record.Exception(() => context.RequestHeaders.Remove("Origin"));
        })).DecideAsync(Request().With("Sec-WebSocket-Protocol", "chat.v1"));

        Assert.True(decision.IsAccepted);
        Assert.IsType<InvalidOperationException>(add);
        Assert.IsType<InvalidOperationException>(set);
        Assert.IsType<InvalidOperationException>(remove);
        Assert.Equal("chat.v1", decision.Context!.RequestHeaders["Sec-WebSocket-Protocol"]);
    }

    [Fact]
    public async Task The_offered_extensions_cannot_be_changed()
    {
        Exception? mutation = null;
        await WithHook((context, _) => Do(() => mutation = Record.Exception(() => ((IList<string>)context.OfferedExtensions)[0] = "x")))
            .DecideAsync(Request().With("Sec-WebSocket-Protocol", "chat.v1").With("Sec-WebSocket-Extensions", "permessage-deflate"));
        Assert.IsType<NotSupportedException>(mutation);
    }

    [Fact]
    public async Task Changing_the_deflate_options_handed_to_the_hook_changes_nothing_on_the_wire()
    {
        var decision = await WithHook(
            (context, _) => Do(() =>
            {
                var options = context.DeflateOptions!;
                options.ServerMaxWindowBits = 9;
                options.ServerContextTakeover = false;
            }),
            deflate: true).DecideAsync(Request().With("Sec-WebSocket-Protocol", "chat.v1").With("Sec-WebSocket-Extensions", "permessage-deflate"));

        Assert.True(decision.IsAccepted);
        Assert.Equal("permessage-deflate", decision.Extensions);
        Assert.Equal(15, decision.DeflateOptions!.ServerMaxWindowBits);
        Assert.True(decision.DeflateOptions.ServerContextTakeover);
    }

    [Theory]
    [InlineData("ver.v1", "ver.v2", "V2")] // declared V1 then V2: negotiated V1, the hook picks v2
    [InlineData("ver.v2", "ver.v1", "V1")] // declared V2 then V1: negotiated V2, the hook picks v1
    public async Task Selecting_a_sibling_methods_subprotocol_runs_that_method(string first, string selected, string expectedMethod)
    {
        WebSocketEndpoint Ver(string protocol) => Endpoint("/ver", [protocol], name: protocol == "ver.v1" ? "V1" : "V2");
        var second = first == "ver.v1" ? "ver.v2" : "ver.v1";
        var decision = await WithHook((context, _) => Do(() => context.SubProtocol = selected), endpoints: [Ver(first), Ver(second)])
            .DecideAsync(Request("/ver").With("Sec-WebSocket-Protocol", "ver.v1, ver.v2"));

        Assert.True(decision.IsAccepted);
        Assert.Equal(selected, decision.SubProtocol);
        Assert.Equal(expectedMethod, decision.Endpoint!.Name);
        Assert.Equal(expectedMethod, decision.Context!.Endpoint!.Name);
    }

    [Fact]
    public async Task A_sibling_whose_gate_refuses_the_caller_is_refused()
    {
        var rejections = new List<HandshakeRejection>();
        var open = Endpoint("/ver", ["ver.v1"], name: "V1");
        var admin = Endpoint("/ver", ["ver.v2"], name: "V2", authorization: SecurityTestKit.Requires(new AuthorizationRequirement(roles: ["admin"])));
        var processor = SecurityTestKit.Processor(
            SecurityTestKit.AllAuthenticators(),
            rejections: rejections,
            hook: context => Do(() => context.SubProtocol = "ver.v2"),
            endpoints: [open, admin]);
        var request = Request("/ver").With("Sec-WebSocket-Protocol", "ver.v1, ver.v2");

        var anonymous = await processor.DecideAsync(request);
        var alice = await processor.DecideAsync(Request("/ver").With("Sec-WebSocket-Protocol", "ver.v1, ver.v2").With("Authorization", SecurityTestKit.BasicHeader("alice", SecurityTestKit.Password)));
        var bob = await processor.DecideAsync(Request("/ver").With("Sec-WebSocket-Protocol", "ver.v1, ver.v2").With("Authorization", SecurityTestKit.BasicHeader("bob", SecurityTestKit.Password)));

        Assert.Equal(401, anonymous.StatusCode);
        Assert.Equal("V2", anonymous.Endpoint!.Name);
        Assert.Equal(403, alice.StatusCode); // authenticated, not an admin
        Assert.True(bob.IsAccepted);
        Assert.Equal("V2", bob.Endpoint!.Name);
        Assert.Equal("bob", bob.User!.Identity!.Name);
    }

    [Fact]
    public async Task A_sibling_whose_origin_policy_refuses_is_refused()
    {
        var open = Endpoint("/ver", ["ver.v1"], name: "V1");
        var strict = new WebSocketEndpoint("/ver", static _ => ValueTask.CompletedTask) { Name = "V2", SubProtocols = ["ver.v2"], AllowedOrigins = ["https://app.example"] };
        var processor = SecurityTestKit.Processor(new WebSocketAuthenticationOptions(), hook: context => Do(() => context.SubProtocol = "ver.v2"), endpoints: [open, strict]);

        var evil = await processor.DecideAsync(Request("/ver").With("Sec-WebSocket-Protocol", "ver.v1, ver.v2").With("Origin", "https://evil.example"));
        var app = await processor.DecideAsync(Request("/ver").With("Sec-WebSocket-Protocol", "ver.v1, ver.v2").With("Origin", "https://app.example"));

        Assert.Equal(403, evil.StatusCode);
        Assert.Equal(HandshakeRejectReason.OriginNotAllowed, evil.Reason);
        Assert.True(app.IsAccepted);
        Assert.Equal("V2", app.Endpoint!.Name);
    }

    [Fact]
    public async Task A_sibling_gets_its_own_deflate_mode()
    {
        var plain = Endpoint("/ver", ["ver.v1"], name: "V1");
        var noDeflate = Endpoint("/ver", ["ver.v2"], name: "V2", deflate: DeflateMode.Disabled);
        var decision = await WithHook((context, _) => Do(() => context.SubProtocol = "ver.v2"), deflate: true, endpoints: [plain, noDeflate])
            .DecideAsync(Request("/ver").With("Sec-WebSocket-Protocol", "ver.v1, ver.v2").With("Sec-WebSocket-Extensions", "permessage-deflate"));

        Assert.True(decision.IsAccepted);
        Assert.Equal("V2", decision.Endpoint!.Name);
        Assert.Null(decision.Extensions);
        Assert.Null(decision.DeflateOptions);
    }

    [Fact]
    public async Task An_offered_subprotocol_no_method_serves_is_a_500()
    {
        var reported = new List<HandshakeRejection>();
        var decision = await WithHook((context, _) => Do(() => context.SubProtocol = "x-extra"), reported)
            .DecideAsync(Request().With("Sec-WebSocket-Protocol", "chat.v1, x-extra"));

        Assert.Equal(500, decision.StatusCode);
        Assert.Contains("no method on '/chat' serves", Assert.Single(reported).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clearing_the_subprotocol_picks_a_method_that_runs_without_one_or_is_a_500()
    {
        var strict = await WithHook((context, _) => Do(() => context.SubProtocol = null)).DecideAsync(Request().With("Sec-WebSocket-Protocol", "chat.v1"));
        Assert.Equal(500, strict.StatusCode);

        var lenient = await WithHook((context, _) => Do(() => context.SubProtocol = null), endpoints: [Endpoint("/chat", ["chat.v1"], allowMissing: true, name: "Chat")])
            .DecideAsync(Request().With("Sec-WebSocket-Protocol", "chat.v1"));
        Assert.True(lenient.IsAccepted);
        Assert.Null(lenient.SubProtocol);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(99)]
    [InlineData(100)]
    [InlineData(102)]
    [InlineData(199)]
    [InlineData(600)]
    [InlineData(999)]
    [InlineData(-1)]
    public async Task A_status_other_than_101_or_200_599_is_a_500_naming_the_value(int status)
    {
        var reported = new List<HandshakeRejection>();
        var decision = await WithHook((context, _) => Do(() => context.StatusCode = status), reported).DecideAsync(Request().With("Sec-WebSocket-Protocol", "chat.v1"));

        Assert.Equal(500, decision.StatusCode);
        Assert.Contains("status code " + status + ":", Assert.Single(reported).Detail, StringComparison.Ordinal);
        Assert.Contains("status code " + status + ":", decision.LogDetail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(204, "No Content")]
    [InlineData(304, "Not Modified")]
    public async Task No_content_statuses_carry_no_body_and_no_content_length(int status, string phrase)
    {
        var decision = await WithHook((context, _) => Do(() =>
        {
            context.StatusCode = status;
            context.ResponseHeaders.Add("X-Why", "gone");
        })).DecideAsync(Request().With("Sec-WebSocket-Protocol", "chat.v1"));

        var text = ResponseText(decision);
        Assert.StartsWith($"HTTP/1.1 {status} {phrase}\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Content-Length", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Content-Type", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("X-Why: gone\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\n\r\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(418, "")] // "(Unused)" in RFC 9110: no registered phrase
    [InlineData(299, "")]
    [InlineData(599, "")]
    [InlineData(422, "Unprocessable Content")]
    [InlineData(407, "Proxy Authentication Required")]
    [InlineData(511, "Network Authentication Required")]
    public async Task The_status_line_carries_the_registered_phrase_or_none(int status, string phrase)
    {
        var decision = await WithHook((context, _) => Do(() => context.StatusCode = status)).DecideAsync(Request().With("Sec-WebSocket-Protocol", "chat.v1"));

        var text = ResponseText(decision);
        Assert.StartsWith($"HTTP/1.1 {status} {phrase}\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Unknown", text, StringComparison.Ordinal);
        Assert.Contains("Content-Length: ", text, StringComparison.Ordinal);
        Assert.EndsWith("Rejected by the application.\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void No_code_in_100_599_is_called_Unknown() =>
        Assert.All(Enumerable.Range(100, 500), code => Assert.NotEqual("Unknown", HandshakeRejections.GetReasonPhrase(code)));

    [Fact]
    public async Task The_hook_may_add_set_and_remove_response_headers()
    {
        var decision = await WithHook((context, _) => Do(() =>
        {
            context.ResponseHeaders.Add("X-A", "1");
            context.ResponseHeaders.Add("X-A", "2");
            context.ResponseHeaders.Add("X-B", "keep");
            context.ResponseHeaders.Add("X-C", "drop");
            context.ResponseHeaders.Set("x-a", "3");
            Assert.Equal(1, context.ResponseHeaders.Remove("X-C"));
        })).DecideAsync(Request().With("Sec-WebSocket-Protocol", "chat.v1"));

        var text = ResponseText(decision);
        Assert.Contains("x-a: 3\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("X-A: 1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("X-A: 2", text, StringComparison.Ordinal);
        Assert.Contains("X-B: keep\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("X-C", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_selected_credential_subprotocol_never_reaches_the_notification()
    {
        const string Token = "tok-secret-9f3a";
        var rejections = new List<HandshakeRejection>();
        var processor = SecurityTestKit.Processor(
            new WebSocketAuthenticationOptions().AddBearer(SecurityTestKit.CheckToken),
            rejections: rejections,
            hook: context => Do(() => context.SubProtocol = "bearer." + Token),
            endpoints: Endpoint("/chat", ["chat.v1"], name: "Chat"));

        var decision = await processor.DecideAsync(Request().With("Sec-WebSocket-Protocol", "chat.v1, bearer." + Token));

        Assert.Equal(500, decision.StatusCode);
        var rejection = Assert.Single(rejections);
        Assert.Contains("bearer.***", rejection.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, rejection.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, decision.LogDetail, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, ResponseText(decision), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hook_gets_the_handshake_token_and_honouring_it_is_a_timeout_not_a_500()
    {
        using var cancel = new CancellationTokenSource();
        var reported = new List<HandshakeRejection>();
        CancellationToken seen = default;
        var processor = WithHook(
            async (context, token) =>
            {
                seen = token;
                await cancel.CancelAsync();
                token.ThrowIfCancellationRequested();
            },
            reported);

        var decision = await processor.ProcessAsync(Request().With("Sec-WebSocket-Protocol", "chat.v1").Build(), Connection, cancel.Token);

        Assert.Equal(cancel.Token, seen);
        Assert.Equal(HandshakeRejectReason.HandshakeTimeout, decision.Reason);
        Assert.Null(decision.Exception);
        Assert.Equal(HandshakeRejectReason.HandshakeTimeout, Assert.Single(reported).Reason);
    }
}
