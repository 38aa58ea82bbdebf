using AttrWs.Handshake;
using static AttrWs.Tests.Handshake.HandshakeTestKit;

namespace AttrWs.Tests.Handshake;

/// <summary>RFC 6455 §4.2.2 subprotocol selection and DESIGN §3 row 12.</summary>
public class SubProtocolNegotiationTests
{
    [Fact]
    public async Task Selects_by_server_preference_not_client_order()
    {
        var processor = Processor(Endpoint("/chat", ["chat.v2", "chat.v1"]));

        var decision = await processor.DecideAsync(Request().With("Sec-WebSocket-Protocol", "chat.v1, chat.v2"));

        Assert.Equal("chat.v2", decision.SubProtocol);
    }

    [Fact]
    public async Task Never_echoes_a_subprotocol_the_client_did_not_offer()
    {
        var processor = Processor(Endpoint("/chat", ["chat.v2", "chat.v1"]));

        var decision = await processor.DecideAsync(Request().With("Sec-WebSocket-Protocol", "chat.v1, other"));

        Assert.Equal("chat.v1", decision.SubProtocol);
    }

    [Fact]
    public async Task Compares_subprotocols_case_sensitively()
    {
        var processor = Processor(Endpoint("/chat", ["chat.v1"]));

        var decision = await processor.DecideAsync(Request().With("Sec-WebSocket-Protocol", "CHAT.V1"));

        Assert.Equal(HandshakeRejectReason.NoAcceptableSubProtocol, decision.Reason);
    }

    [Fact]
    public async Task Reads_offers_from_every_Sec_WebSocket_Protocol_field()
    {
        var processor = Processor(Endpoint("/chat", ["c", "b"]));

        var decision = await processor.DecideAsync(Request()
            .With("Sec-WebSocket-Protocol", "a")
            .With("Sec-WebSocket-Protocol", "b, c"));

        Assert.Equal("c", decision.SubProtocol);
        Assert.Equal(["a", "b", "c"], decision.Context!.OfferedSubProtocols);
    }

    [Theory]
    [InlineData("chat v1")]
    [InlineData("chat/1")]
    [InlineData("\"chat\"")]
    [InlineData("a, b;c")]
    public async Task Rejects_a_malformed_offer_list_with_400(string offer)
    {
        var processor = Processor(Endpoint("/chat", ["chat"]));

        var decision = await processor.DecideAsync(Request().With("Sec-WebSocket-Protocol", offer));

        Assert.Equal(400, decision.StatusCode);
        Assert.Equal(HandshakeRejectReason.BadUpgradeHeaders, decision.Reason);
        Assert.Contains("Sec-WebSocket-Protocol", decision.ReasonText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tolerates_empty_list_elements()
    {
        var processor = Processor(Endpoint("/chat", ["chat"]));
        var decision = await processor.DecideAsync(Request().With("Sec-WebSocket-Protocol", " , chat,,"));
        Assert.Equal("chat", decision.SubProtocol);
    }

    [Fact]
    public async Task Row12_rejects_with_400_listing_the_supported_subprotocols_when_none_is_offered()
    {
        var processor = Processor(Endpoint("/chat", ["chat.v2", "chat.v1"]));

        var decision = await processor.DecideAsync(Request().With("Sec-WebSocket-Protocol", "mqtt"));

        Assert.Equal(400, decision.StatusCode);
        Assert.Equal(HandshakeRejectReason.NoAcceptableSubProtocol, decision.Reason);
        Assert.Equal("No acceptable subprotocol; supported: chat.v2, chat.v1.", decision.ReasonText);
    }

    [Fact]
    public async Task Row12_rejects_a_client_that_offers_nothing_to_an_endpoint_that_requires_a_subprotocol()
    {
        var processor = Processor(Endpoint("/chat", ["chat"]));
        var decision = await processor.DecideAsync(Request());
        Assert.Equal(HandshakeRejectReason.NoAcceptableSubProtocol, decision.Reason);
    }

    [Fact]
    public async Task AllowMissingSubProtocol_accepts_without_a_subprotocol()
    {
        var processor = Processor(Endpoint("/chat", ["chat"], allowMissing: true));

        var none = await processor.DecideAsync(Request());
        var other = await processor.DecideAsync(Request().With("Sec-WebSocket-Protocol", "mqtt"));

        Assert.True(none.IsAccepted);
        Assert.Null(none.SubProtocol);
        Assert.True(other.IsAccepted);
        Assert.Null(other.SubProtocol);
    }

    [Fact]
    public async Task An_endpoint_with_no_subprotocols_ignores_offers()
    {
        var processor = Processor(Endpoint("/chat"));

        var decision = await processor.DecideAsync(Request().With("Sec-WebSocket-Protocol", "chat, mqtt"));

        Assert.True(decision.IsAccepted);
        Assert.Null(decision.SubProtocol);
        Assert.DoesNotContain("Sec-WebSocket-Protocol", ResponseText(decision), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Endpoints_sharing_a_template_are_dispatched_by_subprotocol()
    {
        var processor = Processor(
            Endpoint("/chat", ["chat.v2"], name: "V2"),
            Endpoint("/chat", ["chat.v1"], name: "V1"));

        var v1 = await processor.DecideAsync(Request().With("Sec-WebSocket-Protocol", "chat.v1"));
        var v2 = await processor.DecideAsync(Request().With("Sec-WebSocket-Protocol", "chat.v1, chat.v2"));
        var none = await processor.DecideAsync(Request());

        Assert.Equal(("V1", "chat.v1"), (v1.Endpoint!.Name, v1.SubProtocol));
        Assert.Equal(("V2", "chat.v2"), (v2.Endpoint!.Name, v2.SubProtocol));
        Assert.Equal("No acceptable subprotocol; supported: chat.v2, chat.v1.", none.ReasonText);
    }

    [Fact]
    public async Task A_shared_template_falls_back_to_the_endpoint_that_needs_no_subprotocol()
    {
        var processor = Processor(
            Endpoint("/chat", ["chat.v2"], name: "V2"),
            Endpoint("/chat", name: "Plain"));

        var decision = await processor.DecideAsync(Request().With("Sec-WebSocket-Protocol", "mqtt"));

        Assert.Equal("Plain", decision.Endpoint!.Name);
        Assert.Null(decision.SubProtocol);
    }
}
