using System.Net.WebSockets;
using AttrWs.Handshake;
using AttrWs.Routing;

namespace AttrWs.Generators.Tests.Infrastructure;

/// <summary>
/// Builds a <see cref="WebSocketSession"/> for a matched route the way a host does, without sockets: the one place that
/// knows the session's required members.
/// </summary>
internal static class TestSessions
{
    public static WebSocketSession Create(IWebSocketRouteTable table, string target, IServiceProvider? services, CancellationToken aborted)
    {
        Assert.True(table.TryMatch(target, out var match), target + " does not match");
        var headers = new HttpHeaderCollection();
        headers.Add("Host", "example.com");
        headers.Add("Upgrade", "websocket");
        headers.Add("Connection", "Upgrade");
        headers.Add("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==");
        headers.Add("Sec-WebSocket-Version", "13");
        if (match.Route.Endpoints[0].SubProtocols is [var protocol, ..])
        {
            headers.Add("Sec-WebSocket-Protocol", protocol);
        }
        var head = new HttpRequestHead("GET", target, headers);

        // The open-request context comes from the handshake core, as in a host: what it decided is read-only.
        var decision = new HandshakeProcessor(new WebSocketServerOptions(), [table])
            .ProcessAsync(head, new WebSocketConnectionInfo("conn-42", null, null, IsSecure: false), CancellationToken.None).AsTask().GetAwaiter().GetResult();
        Assert.True(decision.IsAccepted, target + " was not accepted: " + decision.ReasonText);
        var openRequest = decision.Context!;
        return new WebSocketSession
        {
            ConnectionId = "conn-42",
            RouteValues = match.Values,
            Endpoint = match.Route.Endpoints[0],
            OpenRequest = openRequest,
            Services = services,
            Aborted = aborted,
            WebSocket = WebSocket.CreateFromStream(Stream.Null, new WebSocketCreationOptions { IsServer = true }),
        };
    }

    /// <summary>A service provider holding fixed instances.</summary>
    public sealed class Services(params object[] instances) : IServiceProvider
    {
        public object? GetService(Type serviceType) => instances.FirstOrDefault(serviceType.IsInstanceOfType);
    }
}
