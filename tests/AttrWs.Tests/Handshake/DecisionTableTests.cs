using AttrWs.Handshake;
using static AttrWs.Tests.Handshake.HandshakeTestKit;

namespace AttrWs.Tests.Handshake;

/// <summary>DESIGN §3, rows 3-9 and 14: one test per row, with exact status, required headers and body reason.</summary>
public class DecisionTableTests
{
    private static readonly HandshakeProcessor Chat = Processor(Endpoint("/chat"), Endpoint("/rooms/{room}"));

    private static void AssertRejected(HandshakeDecision decision, HandshakeRejectReason reason, int status, string bodyContains)
    {
        Assert.False(decision.IsAccepted);
        Assert.Equal(reason, decision.Reason);
        Assert.Equal(status, decision.StatusCode);
        Assert.Contains(bodyContains, decision.ReasonText, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Row14_accepts_a_valid_upgrade_with_101()
    {
        var decision = await Chat.DecideAsync(Request("/rooms/lobby?x=1"));

        Assert.True(decision.IsAccepted);
        Assert.Equal(101, decision.StatusCode);
        Assert.Equal(HandshakeRejectReason.None, decision.Reason);
        Assert.Null(decision.ReasonText);
        Assert.Equal("/rooms/{room}", decision.Endpoint!.Template);
        Assert.Equal("lobby", decision.RouteValues["room"]);
        Assert.Equal(SampleKey, decision.ClientKey);
        Assert.Null(decision.SubProtocol);
        Assert.Null(decision.DeflateOptions);
        Assert.NotNull(decision.Context);
        Assert.Equal("conn-1", decision.Context!.ConnectionId);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("HEAD")]
    [InlineData("get")]
    public async Task Row3_rejects_a_method_other_than_GET_with_405_and_Allow(string method)
    {
        var decision = await Chat.DecideAsync(Request().WithMethod(method));

        AssertRejected(decision, HandshakeRejectReason.MethodNotAllowed, 405, "GET");
        Assert.Equal("GET", Header(decision, "Allow"));
    }

    [Fact]
    public async Task Row4_rejects_an_unknown_path_with_404()
    {
        AssertRejected(await Chat.DecideAsync(Request("/nowhere")), HandshakeRejectReason.NotFound, 404, "No WebSocket endpoint");
    }

    [Fact]
    public async Task Row4_routes_before_checking_upgrade_headers()
    {
        var decision = await Chat.DecideAsync(Request("/nowhere").Without("Upgrade").Without("Sec-WebSocket-Key"));
        AssertRejected(decision, HandshakeRejectReason.NotFound, 404, "No WebSocket endpoint");
    }

    [Fact]
    public async Task Row4_ignores_the_query_when_routing()
    {
        Assert.True((await Chat.DecideAsync(Request("/chat?room=/nowhere"))).IsAccepted);
    }

    [Fact]
    public async Task Row4_consults_route_tables_in_order_and_the_first_match_wins()
    {
        var first = new AttrWs.Routing.RuntimeRouteTable();
        first.Add(Endpoint("/chat", name: "first"));
        var second = new AttrWs.Routing.RuntimeRouteTable();
        second.Add(Endpoint("/chat", name: "second"));
        second.Add(Endpoint("/other", name: "other"));
        var processor = new HandshakeProcessor(new HandshakeSettings(), [first, second]);

        Assert.Equal("first", (await processor.DecideAsync(Request("/chat"))).Endpoint!.Name);
        Assert.Equal("other", (await processor.DecideAsync(Request("/other"))).Endpoint!.Name);
    }

    [Fact]
    public async Task Row5_answers_a_plain_GET_to_an_endpoint_with_426_and_Upgrade()
    {
        var decision = await Chat.DecideAsync(Request().Without("Upgrade").Replace("Connection", "keep-alive"));

        AssertRejected(decision, HandshakeRejectReason.UpgradeRequired, 426, "upgrade required");
        Assert.Equal("websocket", Header(decision, "Upgrade"));
    }

    [Fact]
    public async Task Row5_rejects_an_Upgrade_without_websocket_with_400()
    {
        var decision = await Chat.DecideAsync(Request().Replace("Upgrade", "h2c"));
        AssertRejected(decision, HandshakeRejectReason.BadUpgradeHeaders, 400, "Upgrade");
        Assert.Empty(decision.ResponseHeaders);
    }

    [Fact]
    public async Task Row5_rejects_a_Connection_without_upgrade_with_400()
    {
        var decision = await Chat.DecideAsync(Request().Replace("Connection", "keep-alive"));
        AssertRejected(decision, HandshakeRejectReason.BadUpgradeHeaders, 400, "Connection");
    }

    [Fact]
    public async Task Row5_reads_Upgrade_and_Connection_as_case_insensitive_lists()
    {
        var decision = await Chat.DecideAsync(Request()
            .Replace("Upgrade", "h2c, WebSocket")
            .Replace("Connection", "keep-alive")
            .With("Connection", "  ,UPGRADE"));

        Assert.True(decision.IsAccepted);
    }

    [Theory]
    [InlineData("8")]
    [InlineData("14")]
    [InlineData("13, 8")]
    [InlineData("")]
    public async Task Row6_rejects_a_version_other_than_13_with_426_and_the_supported_version(string version)
    {
        var decision = await Chat.DecideAsync(Request().Replace("Sec-WebSocket-Version", version));

        AssertRejected(decision, HandshakeRejectReason.UnsupportedVersion, 426, "13");
        Assert.Equal("13", Header(decision, "Sec-WebSocket-Version"));
    }

    [Fact]
    public async Task Row6_rejects_a_missing_version_with_426()
    {
        var decision = await Chat.DecideAsync(Request().Without("Sec-WebSocket-Version"));
        AssertRejected(decision, HandshakeRejectReason.UnsupportedVersion, 426, "13");
    }

    [Theory]
    [InlineData("dGhlIHNhbXBsZSBub25jZQ")]
    [InlineData("dGhlIHNhbXBsZSBub25jZWVl")]
    [InlineData("not a key")]
    public async Task Row7_rejects_key_that_is_not_16_bytes_with_400(string key)
    {
        var decision = await Chat.DecideAsync(Request().Replace("Sec-WebSocket-Key", key));
        AssertRejected(decision, HandshakeRejectReason.BadKey, 400, "16 bytes");
    }

    [Fact]
    public async Task Row7_rejects_a_missing_key_with_400()
    {
        AssertRejected(await Chat.DecideAsync(Request().Without("Sec-WebSocket-Key")), HandshakeRejectReason.BadKey, 400, "Sec-WebSocket-Key");
    }

    [Fact]
    public async Task Row7_rejects_a_repeated_key_with_400()
    {
        var decision = await Chat.DecideAsync(Request().With("Sec-WebSocket-Key", SampleKey));
        AssertRejected(decision, HandshakeRejectReason.BadKey, 400, "Sec-WebSocket-Key");
    }

    [Theory]
    [InlineData("example.com")]
    [InlineData("EXAMPLE.com:8080")]
    [InlineData("api.example.com:8443")]
    [InlineData("[::1]:9000")]
    public async Task Row8_accepts_a_host_in_the_allow_list(string host)
    {
        var options = new HandshakeSettings();
        options.AllowedHosts.Add("example.com");
        options.AllowedHosts.Add("api.example.com:8443");
        options.AllowedHosts.Add("[::1]");

        var decision = await Processor(options, Endpoint("/chat")).DecideAsync(Request().Replace("Host", host));

        Assert.True(decision.IsAccepted);
    }

    [Theory]
    [InlineData("evil.com")]
    [InlineData("example.com.evil.com")]
    [InlineData("api.example.com:443")]
    [InlineData("")]
    public async Task Row8_rejects_a_host_outside_the_allow_list_with_400(string host)
    {
        var options = new HandshakeSettings();
        options.AllowedHosts.Add("example.com");
        options.AllowedHosts.Add("api.example.com:8443");

        var decision = await Processor(options, Endpoint("/chat")).DecideAsync(Request().Replace("Host", host));

        AssertRejected(decision, HandshakeRejectReason.HostNotAllowed, 400, "Host not allowed");
    }

    [Fact]
    public async Task Row8_allows_any_host_when_the_allow_list_is_empty()
    {
        Assert.True((await Chat.DecideAsync(Request().Replace("Host", "anything.invalid:1"))).IsAccepted);
    }

    [Fact]
    public async Task Row9_origin_seam_passes_every_origin_until_a_policy_exists()
    {
        var decision = await Chat.DecideAsync(Request().With("Origin", "https://evil.example"));
        Assert.True(decision.IsAccepted);
        Assert.Equal("https://evil.example", decision.Context!.Origin);
    }

    [Fact]
    public async Task Checks_run_in_table_order_and_the_first_failure_decides()
    {
        // Wrong version (row 6) and bad key (row 7) and bad host (row 8): row 6 decides.
        var options = new HandshakeSettings();
        options.AllowedHosts.Add("example.com");
        var decision = await Processor(options, Endpoint("/chat")).DecideAsync(
            Request().Replace("Sec-WebSocket-Version", "8").Replace("Sec-WebSocket-Key", "x").Replace("Host", "evil.com"));

        Assert.Equal(HandshakeRejectReason.UnsupportedVersion, decision.Reason);
    }

    [Fact]
    public async Task Every_rejection_is_reported_to_the_notification()
    {
        var reported = new List<HandshakeRejection>();
        var options = new HandshakeSettings { OnRejected = reported.Add };
        var processor = Processor(options, Endpoint("/chat", name: "Chat.Open"));

        await processor.DecideAsync(Request("/nowhere"));
        await processor.DecideAsync(Request().Replace("Sec-WebSocket-Version", "8"));
        await processor.DecideAsync(Request());

        Assert.Equal(2, reported.Count);
        Assert.Equal(new HandshakeRejection(HandshakeRejectReason.NotFound, 404, null, "conn-1", "No WebSocket endpoint at this path."), reported[0]);
        Assert.Equal(HandshakeRejectReason.UnsupportedVersion, reported[1].Reason);
        Assert.Equal(426, reported[1].StatusCode);
        Assert.Equal("Chat.Open", reported[1].EndpointName);
    }

    [Fact]
    public async Task A_throwing_notification_does_not_escape_the_processor()
    {
        var options = new HandshakeSettings { OnRejected = _ => throw new InvalidOperationException("logger down") };
        var decision = await Processor(options, Endpoint("/chat")).DecideAsync(Request("/nowhere"));
        Assert.Equal(404, decision.StatusCode);
    }

    [Theory]
    [InlineData(HandshakeRejectReason.ServerBusy, 503, "Retry-After")]
    [InlineData(HandshakeRejectReason.HandshakeTimeout, 408, null)]
    [InlineData(HandshakeRejectReason.MalformedRequest, 400, null)]
    [InlineData(HandshakeRejectReason.RequestHeadTooLarge, 431, null)]
    [InlineData(HandshakeRejectReason.TooManyHeaders, 431, null)]
    public void Host_detected_failures_use_the_table(HandshakeRejectReason reason, int status, string? requiredHeader)
    {
        var reported = new List<HandshakeRejection>();
        var processor = Processor(new HandshakeSettings { OnRejected = reported.Add });

        var decision = processor.Reject(reason, null, "conn-9");

        Assert.Equal(status, decision.StatusCode);
        Assert.Equal(reason, decision.Reason);
        Assert.Equal(HandshakeRejections.Get(reason).ReasonText, decision.ReasonText);
        if (requiredHeader is not null)
        {
            Assert.NotNull(Header(decision, requiredHeader));
        }

        Assert.Equal("conn-9", Assert.Single(reported).ConnectionId);
    }

    [Fact]
    public void A_host_supplied_Retry_After_replaces_the_table_default_instead_of_doubling_it()
    {
        var headers = new HttpHeaderCollection();
        headers.Add("Retry-After", "30");

        var decision = Processor().Reject(HandshakeRejectReason.ServerBusy, null, "conn-1", headers);

        Assert.Equal(503, decision.StatusCode);
        Assert.Equal(["30"], decision.ResponseHeaders.GetValues("Retry-After"));
    }

    [Fact]
    public void A_host_detected_failure_may_carry_its_own_reason()
    {
        var decision = Processor().Reject(HandshakeRejectReason.MalformedRequest, "Lines must end with CRLF (bare LF).");
        Assert.Equal("Lines must end with CRLF (bare LF).", decision.ReasonText);
    }

    [Fact]
    public void Every_reason_has_a_row_with_a_status_and_a_body()
    {
        foreach (var reason in Enum.GetValues<HandshakeRejectReason>())
        {
            if (reason == HandshakeRejectReason.None)
            {
                continue;
            }

            var entry = HandshakeRejections.Get(reason);
            Assert.InRange(entry.StatusCode, 400, 599);
            Assert.NotEqual("Unknown", HandshakeRejections.GetReasonPhrase(entry.StatusCode));
            Assert.False(string.IsNullOrWhiteSpace(entry.ReasonText));
            Assert.DoesNotContain('\n', entry.ReasonText);
        }
    }
}
