using System.Net.WebSockets;
using AttrWs.Handshake;
using static AttrWs.Tests.Handshake.HandshakeTestKit;

namespace AttrWs.Tests.Handshake;

/// <summary>RFC 7692 permessage-deflate negotiation.</summary>
public class DeflateNegotiationTests
{
    private static HandshakeProcessor Deflating(HandshakeSettings? options = null) =>
        Processor(options, Endpoint("/chat", deflate: DeflateMode.Enabled));

    private static async Task<HandshakeDecision> OfferAsync(string offer, HandshakeSettings? options = null) =>
        await Deflating(options).DecideAsync(Request().With("Sec-WebSocket-Extensions", offer));

    private static DeflateNegotiation? Accept(string parameters, HandshakeSettings? options = null) =>
        DeflateNegotiator.TryAccept(parameters, options ?? new HandshakeSettings(), out var result) ? result : null;

    [Fact]
    public async Task Is_off_by_default()
    {
        var decision = await Processor(Endpoint("/chat")).DecideAsync(Request().With("Sec-WebSocket-Extensions", "permessage-deflate"));

        Assert.True(decision.IsAccepted);
        Assert.Null(decision.DeflateOptions);
        Assert.Null(decision.Extensions);
        Assert.Equal(["permessage-deflate"], decision.Context!.OfferedExtensions);
    }

    [Fact]
    public async Task The_server_wide_setting_enables_it_for_default_endpoints()
    {
        var decision = await Processor(new HandshakeSettings { EnableDeflate = true }, Endpoint("/chat"))
            .DecideAsync(Request().With("Sec-WebSocket-Extensions", "permessage-deflate"));

        Assert.Equal("permessage-deflate", decision.Extensions);
        Assert.NotNull(decision.DeflateOptions);
    }

    [Fact]
    public async Task An_endpoint_can_enable_it_when_the_server_does_not()
    {
        Assert.Equal("permessage-deflate", (await OfferAsync("permessage-deflate")).Extensions);
    }

    [Fact]
    public async Task An_endpoint_can_disable_it_when_the_server_enables_it()
    {
        var decision = await Processor(new HandshakeSettings { EnableDeflate = true }, Endpoint("/chat", deflate: DeflateMode.Disabled))
            .DecideAsync(Request().With("Sec-WebSocket-Extensions", "permessage-deflate"));

        Assert.Null(decision.Extensions);
        Assert.Null(decision.DeflateOptions);
    }

    [Fact]
    public async Task Is_not_negotiated_when_the_client_does_not_offer_it()
    {
        var decision = await Deflating().DecideAsync(Request().With("Sec-WebSocket-Extensions", "x-webkit-deflate-frame"));
        Assert.Null(decision.Extensions);
    }

    [Fact]
    public async Task Maps_a_plain_offer_to_default_options()
    {
        var options = (await OfferAsync("permessage-deflate")).DeflateOptions!;

        Assert.Equal(15, options.ServerMaxWindowBits);
        Assert.Equal(15, options.ClientMaxWindowBits);
        Assert.True(options.ServerContextTakeover);
        Assert.True(options.ClientContextTakeover);
    }

    [Fact]
    public async Task The_first_acceptable_offer_wins()
    {
        var decision = await OfferAsync("permessage-deflate; server_max_window_bits=7, permessage-deflate; server_max_window_bits=10, permessage-deflate");

        Assert.Equal("permessage-deflate; server_max_window_bits=10", decision.Extensions);
        Assert.Equal(10, decision.DeflateOptions!.ServerMaxWindowBits);
    }

    [Fact]
    public async Task Offers_are_read_across_repeated_fields()
    {
        var decision = await Deflating().DecideAsync(Request()
            .With("Sec-WebSocket-Extensions", "permessage-deflate; bogus")
            .With("Sec-WebSocket-Extensions", "permessage-deflate; client_no_context_takeover"));

        Assert.Equal("permessage-deflate; client_no_context_takeover", decision.Extensions);
    }

    [Fact]
    public async Task Server_no_context_takeover_is_honoured()
    {
        var decision = await OfferAsync("permessage-deflate; server_no_context_takeover");

        Assert.Equal("permessage-deflate; server_no_context_takeover", decision.Extensions);
        Assert.False(decision.DeflateOptions!.ServerContextTakeover);
        Assert.True(decision.DeflateOptions.ClientContextTakeover);
    }

    [Fact]
    public async Task Client_no_context_takeover_is_acknowledged()
    {
        var decision = await OfferAsync("permessage-deflate; client_no_context_takeover");

        Assert.Equal("permessage-deflate; client_no_context_takeover", decision.Extensions);
        Assert.False(decision.DeflateOptions!.ClientContextTakeover);
    }

    [Fact]
    public async Task Server_max_window_bits_is_honoured()
    {
        var decision = await OfferAsync("permessage-deflate; server_max_window_bits=12");

        Assert.Equal("permessage-deflate; server_max_window_bits=12", decision.Extensions);
        Assert.Equal(12, decision.DeflateOptions!.ServerMaxWindowBits);
    }

    [Fact]
    public async Task Client_max_window_bits_without_a_value_is_accepted_and_not_answered()
    {
        var decision = await OfferAsync("permessage-deflate; client_max_window_bits");

        Assert.Equal("permessage-deflate", decision.Extensions);
        Assert.Equal(15, decision.DeflateOptions!.ClientMaxWindowBits);
    }

    [Fact]
    public async Task Client_max_window_bits_with_a_value_is_echoed()
    {
        var decision = await OfferAsync("permessage-deflate; client_max_window_bits=10");

        Assert.Equal("permessage-deflate; client_max_window_bits=10", decision.Extensions);
        Assert.Equal(10, decision.DeflateOptions!.ClientMaxWindowBits);
    }

    [Fact]
    public async Task Quoted_parameter_values_are_accepted()
    {
        var decision = await OfferAsync("permessage-deflate; server_max_window_bits=\"11\"");
        Assert.Equal(11, decision.DeflateOptions!.ServerMaxWindowBits);
    }

    [Fact]
    public void Parameter_names_compare_case_insensitively()
    {
        Assert.Equal(11, Accept("Server_Max_Window_Bits=11")!.Value.ServerMaxWindowBits);
    }

    [Theory]
    [InlineData("server_max_window_bits=16")]
    [InlineData("server_max_window_bits=7")]
    [InlineData("server_max_window_bits=09")]
    [InlineData("server_max_window_bits=abc")]
    [InlineData("server_max_window_bits")]
    [InlineData("client_max_window_bits=16")]
    [InlineData("client_max_window_bits=0")]
    [InlineData("server_no_context_takeover=1")]
    [InlineData("client_no_context_takeover=true")]
    [InlineData("server_max_window_bits=\"1 0\"")]
    public void Declines_an_offer_with_an_invalid_value(string parameters)
    {
        Assert.Null(Accept(parameters));
    }

    [Theory]
    [InlineData("server_no_context_takeover; server_no_context_takeover")]
    [InlineData("client_no_context_takeover; client_no_context_takeover")]
    [InlineData("server_max_window_bits=10; server_max_window_bits=10")]
    [InlineData("client_max_window_bits; client_max_window_bits=10")]
    public void Declines_an_offer_with_a_duplicate_parameter(string parameters)
    {
        Assert.Null(Accept(parameters));
    }

    [Fact]
    public void Declines_an_offer_with_an_unknown_parameter()
    {
        Assert.Null(Accept("mystery=1"));
    }

    [Fact]
    public async Task A_declined_offer_is_not_fatal()
    {
        var decision = await OfferAsync("permessage-deflate; mystery=1");

        Assert.True(decision.IsAccepted);
        Assert.Null(decision.Extensions);
        Assert.Null(decision.DeflateOptions);
    }

    [Fact]
    public void The_BCL_rejects_a_window_of_8_bits()
    {
        // Why the negotiator never hands 8 to WebSocketDeflateOptions (zlib's limitation, see DeflateNegotiator).
        Assert.Throws<ArgumentOutOfRangeException>(() => new WebSocketDeflateOptions { ServerMaxWindowBits = 8 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new WebSocketDeflateOptions { ClientMaxWindowBits = 8 });
    }

    [Fact]
    public void Declines_a_client_request_for_server_max_window_bits_8()
    {
        Assert.Null(Accept("server_max_window_bits=8"));
    }

    [Fact]
    public async Task Inflates_with_the_default_window_when_the_client_announces_8_bits()
    {
        var decision = await OfferAsync("permessage-deflate; client_max_window_bits=8");

        Assert.Equal("permessage-deflate", decision.Extensions);
        Assert.Equal(15, decision.DeflateOptions!.ClientMaxWindowBits);
    }

    [Fact]
    public async Task A_server_limit_of_8_bits_is_answered_as_9()
    {
        var decision = await OfferAsync("permessage-deflate", new HandshakeSettings { DeflateServerMaxWindowBits = 8 });

        Assert.Equal("permessage-deflate; server_max_window_bits=9", decision.Extensions);
        Assert.Equal(9, decision.DeflateOptions!.ServerMaxWindowBits);
    }

    [Fact]
    public async Task The_server_limit_caps_the_clients_request()
    {
        var options = new HandshakeSettings { DeflateServerMaxWindowBits = 10 };

        var decision = await OfferAsync("permessage-deflate; server_max_window_bits=14", options);

        Assert.Equal("permessage-deflate; server_max_window_bits=10", decision.Extensions);
        Assert.Equal(10, decision.DeflateOptions!.ServerMaxWindowBits);
    }

    [Fact]
    public async Task Disallowing_context_takeover_answers_both_no_context_takeover_parameters()
    {
        var decision = await OfferAsync("permessage-deflate", new HandshakeSettings { DeflateAllowContextTakeover = false });

        Assert.Equal("permessage-deflate; server_no_context_takeover; client_no_context_takeover", decision.Extensions);
        Assert.False(decision.DeflateOptions!.ServerContextTakeover);
        Assert.False(decision.DeflateOptions.ClientContextTakeover);
    }

    [Fact]
    public async Task Writes_every_parameter_in_the_response_string()
    {
        var decision = await OfferAsync("permessage-deflate; client_max_window_bits=12; server_max_window_bits=11; server_no_context_takeover; client_no_context_takeover");

        Assert.Equal(
            "permessage-deflate; server_no_context_takeover; client_no_context_takeover; server_max_window_bits=11; client_max_window_bits=12",
            decision.Extensions);
        Assert.Contains("\r\nSec-WebSocket-Extensions: " + decision.Extensions + "\r\n", ResponseText(decision), StringComparison.Ordinal);
    }
}
