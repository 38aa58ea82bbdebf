using AttrWs.Handshake;
using static AttrWs.Tests.Handshake.HandshakeTestKit;

namespace AttrWs.Tests.Handshake;

/// <summary>
/// Guards the decision as a value (no object per handshake): a default value is never an accepted handshake, and both
/// kinds of decision still carry everything the hosts read.
/// </summary>
public class HandshakeDecisionValueTests
{
    [Fact]
    public void A_default_decision_is_not_an_accepted_handshake()
    {
        var none = default(HandshakeDecision);
        Assert.False(none.IsAccepted);
        Assert.Null(none.ReasonText);
        Assert.Null(none.LogDetail);
        Assert.Null(none.Exception);
        Assert.Null(none.Context);
        Assert.Null(none.ClientKey);
        Assert.Same(AttrWs.Routing.RouteValues.Empty, none.RouteValues);
        Assert.Empty(none.ResponseHeaders);
    }

    [Fact]
    public async Task An_accepted_decision_carries_the_hosts_facts_and_no_rejection_text()
    {
        var decision = await Processor(Endpoint("/rooms/{room}")).DecideAsync(Request("/rooms/lobby"));
        Assert.True(decision.IsAccepted);
        Assert.Equal(101, decision.StatusCode);
        Assert.Null(decision.ReasonText);
        Assert.Null(decision.LogDetail);
        Assert.Null(decision.Exception);
        Assert.Empty(decision.ResponseHeaders);
        Assert.True(decision.ResponseHeaders.IsReadOnly);
        Assert.Equal("lobby", decision.RouteValues["room"]);
        Assert.Equal(SampleKey, decision.ClientKey);
    }

    [Fact]
    public async Task A_rejection_carries_its_body_log_detail_and_headers()
    {
        var processor = Processor(Endpoint("/chat"));
        var decision = await processor.DecideAsync(Request().Without("Sec-WebSocket-Version"));
        Assert.False(decision.IsAccepted);
        Assert.Equal(426, decision.StatusCode);
        Assert.Equal(HandshakeRejectReason.UnsupportedVersion, decision.Reason);
        Assert.NotNull(decision.ReasonText);
        Assert.Equal(decision.ReasonText, decision.LogDetail);
        Assert.Equal("13", decision.ResponseHeaders["Sec-WebSocket-Version"]);
        Assert.Null(decision.Exception);

        var busy = processor.Reject(HandshakeRejectReason.ServerBusy, "Busy.", "conn-9");
        Assert.Equal("Busy.", busy.ReasonText);
        Assert.Null(busy.Context);
        Assert.Null(busy.Endpoint);
    }
}
