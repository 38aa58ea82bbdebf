using System.Net.WebSockets;
using System.Text;
using AttrWs.Diagnostics;
using AttrWs.Groups;
using AttrWs.Handshake;
using AttrWs.Sessions;
using AttrWs.Tests.Handshake;
using Microsoft.Extensions.Logging.Abstractions;

namespace AttrWs.Tests.Sessions;

/// <summary>
/// Guards the session's open-request context made on first access: when no application code saw the handshake, the
/// client offered no subprotocol and no deflate was negotiated, the session keeps the head and makes the context when
/// asked. It must equal the one the handshake core (and application code) would have seen, on first and later access,
/// and the session's request properties must read the same head without making it.
/// </summary>
public class LazySessionOpenRequestTests
{
    private const string Head =
        "GET /rooms/lobby%20one?x=1 HTTP/1.1\r\n" +
        "Host: example.com\r\n" +
        "Connection: Upgrade\r\n" +
        "Upgrade: websocket\r\n" +
        "Origin: https://app.example.com\r\n" +
        "Sec-WebSocket-Version: 13\r\n" +
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n" +
        "X-Dup: one\r\n" +
        "X-Dup: two\r\n" +
        "\r\n";

    private static readonly WebSocketEndpoint Rooms = HandshakeTestKit.Endpoint("/rooms/{room}");

    private static HttpRequestHead Parse(string head)
    {
        var result = new RequestHeadParser(new HandshakeSettings()).Parse(Encoding.Latin1.GetBytes(head));
        Assert.Equal(RequestHeadParseStatus.Complete, result.Status);
        return result.Head!;
    }

    private static async Task<(WebSocketSession Session, HandshakeDecision Decision, List<WebSocketOpenRequestContext> Seen)> AcceptAsync(
        string head, bool withHook = false, bool deflate = false)
    {
        var seen = new List<WebSocketOpenRequestContext>();
        var settings = new HandshakeSettings
        {
            EnableDeflate = deflate,
            OnOpenRequest = withHook
                ? (context, _) =>
                {
                    seen.Add(context);
                    return ValueTask.CompletedTask;
                }
                : null,
        };
        var request = Parse(head);
        var decision = await HandshakeTestKit.Processor(settings, Rooms).ProcessAsync(request, HandshakeTestKit.Connection);
        Assert.True(decision.IsAccepted);
        var connections = new WebSocketConnectionRegistry();
        var metrics = new AttrWsMetrics(null, null);
        var groups = new WebSocketGroupManager(connections, new InMemoryWebSocketBackplane(), null, null, metrics.Meter);
        var lifecycle = new SessionLifecycle(connections, groups, metrics, SessionLimits.Default, NullLogger.Instance);
        var webSocket = WebSocket.CreateFromStream(new MemoryStream(), new WebSocketCreationOptions { IsServer = true });
        return (lifecycle.Create(request, HandshakeTestKit.Connection, decision, webSocket, null, new CancellationTokenSource()), decision, seen);
    }

    [Fact]
    public async Task A_session_over_a_plain_handshake_makes_its_context_on_first_access_equal_to_the_eager_one()
    {
        var (lazySession, lazyDecision, _) = await AcceptAsync(Head);
        var (eagerSession, _, seen) = await AcceptAsync(Head, withHook: true);
        var eager = Assert.Single(seen);
        Assert.Same(eager, eagerSession.OpenRequest);
        Assert.True(SessionLifecycle.OpenRequestIsDerivable(lazySession.Request, lazyDecision));

        // The request properties read the head without the context.
        Assert.Equal("/rooms/lobby%20one?x=1", lazySession.RequestTarget);
        Assert.Equal("/rooms/lobby%20one", lazySession.Path);
        Assert.Equal("?x=1", lazySession.Query);
        Assert.Equal("one, two", lazySession.RequestHeaders["x-dup"]);

        var first = lazySession.OpenRequest;
        var second = lazySession.OpenRequest;
        Assert.Same(first, second);
        Assert.Same(lazySession.Request, first.Request);
        Assert.Same(HandshakeTestKit.Connection, first.Connection);
        Assert.Equal(eager.ConnectionId, first.ConnectionId);
        Assert.Same(eager.Endpoint, first.Endpoint);
        Assert.Same(lazySession.Endpoint, first.Endpoint);
        Assert.Equal(eager.RouteValues, first.RouteValues);
        Assert.Equal("lobby one", first.RouteValues["room"]);
        Assert.Equal(eager.SubProtocol, first.SubProtocol);
        Assert.Null(first.SubProtocol);
        Assert.Equal(eager.OfferedSubProtocols, first.OfferedSubProtocols);
        Assert.Empty(first.OfferedSubProtocols);
        Assert.Equal(eager.OfferedExtensions, first.OfferedExtensions);
        Assert.Null(first.DeflateOptions);
        Assert.Equal(eager.DeflateOptions, first.DeflateOptions);
        Assert.Null(first.User);
        Assert.Equal(eager.StatusCode, first.StatusCode);
        Assert.Equal(101, first.StatusCode);
        Assert.Null(first.RejectionReason);
        Assert.Equal(eager.RequestTarget, first.RequestTarget);
        Assert.Equal(eager.Path, first.Path);
        Assert.Equal(eager.Query, first.Query);
        Assert.Equal(eager.Host, first.Host);
        Assert.Equal(eager.Origin, first.Origin);
        Assert.Equal(eager.RequestHeaders, first.RequestHeaders);
        Assert.Equal(eager.RemoteEndPoint, first.RemoteEndPoint);
        Assert.True(first.RequestHeaders.IsReadOnly);

        // After the context exists, the request properties still read the same head.
        Assert.Equal("/rooms/lobby%20one", lazySession.Path);
        Assert.Same(first.Request, lazySession.Request);
    }

    [Fact]
    public async Task Racing_first_readers_all_get_one_context()
    {
        var (session, _, _) = await AcceptAsync(Head);
        var contexts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => session.OpenRequest)));
        Assert.All(contexts, context => Assert.Same(session.OpenRequest, context));
    }

    [Fact]
    public async Task Offered_subprotocols_deflate_or_a_hook_keep_the_decisions_context()
    {
        // A hook saw the context: the session keeps that very object.
        var (hooked, _, seen) = await AcceptAsync(Head, withHook: true);
        Assert.Same(Assert.Single(seen), hooked.OpenRequest);

        // Offered subprotocols: the context the decision makes (with the offers) is kept.
        var offering = Head.Replace("X-Dup: one\r\n", "Sec-WebSocket-Protocol: chat.v1\r\nX-Dup: one\r\n", StringComparison.Ordinal);
        var (offered, decision, _) = await AcceptAsync(offering);
        Assert.False(SessionLifecycle.OpenRequestIsDerivable(offered.Request, decision));
        Assert.Equal(["chat.v1"], offered.OpenRequest.OfferedSubProtocols);
        Assert.Same(offered.OpenRequest, offered.OpenRequest);

        // Negotiated deflate: kept with its options.
        var deflating = Head.Replace("X-Dup: one\r\n", "Sec-WebSocket-Extensions: permessage-deflate\r\nX-Dup: one\r\n", StringComparison.Ordinal);
        var (deflated, deflateDecision, _) = await AcceptAsync(deflating, deflate: true);
        Assert.NotNull(deflateDecision.DeflateOptions);
        Assert.False(SessionLifecycle.OpenRequestIsDerivable(deflated.Request, deflateDecision));
        Assert.NotNull(deflated.OpenRequest.DeflateOptions);
        Assert.Equal(["permessage-deflate"], deflated.OpenRequest.OfferedExtensions);
    }
}
