using System.Net.WebSockets;
using AttrWs.Diagnostics;
using AttrWs.Groups;
using AttrWs.Sessions;
using AttrWs.Tests.Handshake;
using Microsoft.Extensions.Logging.Abstractions;

namespace AttrWs.Tests.Sessions;

/// <summary>
/// Guards the host's shared part of a session (<see cref="SessionHost"/>): the sessions of one host read its limits,
/// metrics and groups through one shared object, and a session given them one by one (tests) reads what it was given.
/// </summary>
public class SessionHostTests
{
    private static WebSocket NewWebSocket() => WebSocket.CreateFromStream(new MemoryStream(), new WebSocketCreationOptions { IsServer = true });

    [Fact]
    public async Task Sessions_of_one_host_share_its_limits_metrics_and_groups()
    {
        var connections = new WebSocketConnectionRegistry();
        var metrics = new AttrWsMetrics(null, null);
        var groups = new WebSocketGroupManager(connections, new InMemoryWebSocketBackplane(), null, null, metrics.Meter);
        var limits = SessionLimits.From(new WebSocketServerLimits { MaxMessageSize = 4096, SendQueueLimit = 7 });
        var lifecycle = new SessionLifecycle(connections, groups, metrics, limits, NullLogger.Instance);
        var processor = HandshakeTestKit.Processor(HandshakeTestKit.Endpoint("/chat"));
        var sessions = new List<WebSocketSession>();
        for (var i = 0; i < 2; i++)
        {
            var decision = await processor.DecideAsync(HandshakeTestKit.Request("/chat"));
            Assert.True(decision.IsAccepted);
            sessions.Add(lifecycle.Create(decision.Request!, HandshakeTestKit.Connection, decision, NewWebSocket(), null, new CancellationTokenSource()));
        }

        Assert.Same(sessions[0].Host, sessions[1].Host);
        foreach (var session in sessions)
        {
            Assert.Same(limits, session.Options);
            Assert.Equal(4096, session.Options.MaxMessageSize);
            Assert.Same(metrics, session.Metrics);
            Assert.Same(groups, session.GroupManager);
            Assert.Same(groups, session.Groups);
        }
    }

    [Fact]
    public void A_session_given_its_parts_one_by_one_reads_them_and_defaults_otherwise()
    {
        var metrics = new AttrWsMetrics(null, null);
        var limits = SessionLimits.From(new WebSocketServerLimits { MaxMessageSize = 1234 });
        var given = new WebSocketSession
        {
            ConnectionId = "c",
            RouteValues = AttrWs.Routing.RouteValues.Empty,
            Endpoint = HandshakeTestKit.Endpoint("/chat"),
            WebSocket = NewWebSocket(),
            Options = limits,
            Metrics = metrics,
        };
        Assert.Same(limits, given.Options);
        Assert.Same(metrics, given.Metrics);
        Assert.Null(given.GroupManager);
        Assert.NotSame(SessionHost.Default, given.Host);
        Assert.Same(SessionLimits.Default, SessionHost.Default.Limits); // the shared default was not changed

        var plain = new WebSocketSession
        {
            ConnectionId = "d",
            RouteValues = AttrWs.Routing.RouteValues.Empty,
            Endpoint = HandshakeTestKit.Endpoint("/chat"),
            WebSocket = NewWebSocket(),
        };
        Assert.Same(SessionHost.Default, plain.Host);
        Assert.Same(SessionLimits.Default, plain.Options);
        Assert.Null(plain.Metrics);
        Assert.Throws<InvalidOperationException>(() => plain.Groups);
    }
}
