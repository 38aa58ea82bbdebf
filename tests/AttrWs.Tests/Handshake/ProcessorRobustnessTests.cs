using System.Text;
using AttrWs.Handshake;
using static AttrWs.Tests.Handshake.HandshakeTestKit;

namespace AttrWs.Tests.Handshake;

public class ProcessorRobustnessTests
{
    private const string Head =
        "GET /rooms/lobby HTTP/1.1\r\n" +
        "Host: example.com\r\n" +
        "Upgrade: websocket\r\n" +
        "Connection: Upgrade\r\n" +
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n" +
        "Sec-WebSocket-Version: 13\r\n" +
        "Sec-WebSocket-Protocol: chat, mqtt\r\n" +
        "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n" +
        "\r\n";

    [Fact]
    public async Task Never_throws_and_always_decides_for_any_parsed_request()
    {
        var parser = new RequestHeadParser(new HandshakeSettings());
        var processor = Processor(
            new HandshakeSettings { EnableDeflate = true },
            Endpoint("/rooms/{room}", ["chat"]),
            Endpoint("/chat"));
        var random = new Random(7692);
        var seed = Encoding.ASCII.GetBytes(Head);
        var parsed = 0;
        for (var i = 0; i < 3000; i++)
        {
            var bytes = (byte[])seed.Clone();
            // Mutate only the header area so most heads still parse and reach the processor.
            var mutations = 1 + random.Next(4);
            for (var m = 0; m < mutations; m++)
            {
                bytes[28 + random.Next(bytes.Length - 32)] = (byte)random.Next(0x20, 0x7F);
            }

            var result = parser.Parse(bytes);
            if (result.Status != RequestHeadParseStatus.Complete)
            {
                continue;
            }

            parsed++;
            var decision = await processor.ProcessAsync(result.Head!, Connection);
            Assert.InRange(decision.StatusCode, 101, 599);
            Assert.Equal(decision.IsAccepted, decision.StatusCode == 101);
            Assert.NotEmpty(ResponseText(decision));
        }

        Assert.True(parsed > 1000, $"Only {parsed} mutated heads parsed; the test would not exercise the processor.");
    }

    [Fact]
    public async Task Accepts_the_unmutated_seed_request()
    {
        var result = new RequestHeadParser(new HandshakeSettings()).Parse(Encoding.ASCII.GetBytes(Head));
        var processor = Processor(new HandshakeSettings { EnableDeflate = true }, Endpoint("/rooms/{room}", ["chat"]));

        var decision = await processor.ProcessAsync(result.Head!, Connection);

        Assert.True(decision.IsAccepted);
        Assert.Equal("chat", decision.SubProtocol);
        Assert.Equal("permessage-deflate", decision.Extensions);
    }
}

public class ProcessorSynchronousPathTests
{
    [Fact]
    public async Task Completes_synchronously_without_a_hook()
    {
        var pending = Processor(Endpoint("/chat")).ProcessAsync(Request().Build(), Connection);
        Assert.True(pending.IsCompletedSuccessfully);
        Assert.True((await pending).IsAccepted);
    }

    [Fact]
    public async Task Completes_synchronously_with_a_hook_and_authorizer_that_complete_synchronously()
    {
        var options = new HandshakeSettings
        {
            OnOpenRequest = static (_, _) => ValueTask.CompletedTask,
            Authorizer = new AllowAll(),
        };
        var endpoint = Endpoint("/chat", authorization: new EndpointAuthorization([new AuthorizationRequirement()], allowAnonymous: false));

        var pending = Processor(options, endpoint).ProcessAsync(Request().Build(), Connection);

        Assert.True(pending.IsCompletedSuccessfully);
        Assert.True((await pending).IsAccepted);
    }

    private sealed class AllowAll : IHandshakeAuthorizer
    {
        public ValueTask<HandshakeAuthorizationResult> AuthorizeAsync(WebSocketOpenRequestContext context, WebSocketEndpoint endpoint, CancellationToken cancellationToken) =>
            new(HandshakeAuthorizationResult.Allowed());
    }
}
