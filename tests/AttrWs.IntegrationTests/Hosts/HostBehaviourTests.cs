using System.Net;
using System.Net.WebSockets;
using System.Text;
using AttrWs.IntegrationTests.Diagnostics;
using AttrWs.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AttrWs.IntegrationTests.Hosts;

/// <summary>
/// One behaviour, every host: each test runs against the standalone server and against ASP.NET Core on Kestrel
/// (<see cref="StandaloneHostBehaviourTests"/>, <see cref="KestrelHostBehaviourTests"/>), so the hosts cannot drift.
/// </summary>
public abstract class HostBehaviourTests : IAsyncLifetime
{
    private IWebSocketTestHost? _host;

    protected IWebSocketTestHost Host => _host ?? throw new InvalidOperationException("Not started.");

    protected abstract Task<IWebSocketTestHost> StartHostAsync();

    public async Task InitializeAsync() => _host = await StartHostAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_route_with_a_typed_value_reaches_its_endpoint_with_the_value()
    {
        using var client = await ConnectAsync("/hosts/items/42");
        Assert.Equal("item:42", await client.ReceiveTextAsync());
    }

    [Theory]
    [InlineData("/hosts/nowhere")]
    [InlineData("/hosts/items/not-a-number")]
    public async Task An_unknown_path_or_a_value_failing_its_constraint_is_404(string path)
    {
        Assert.Equal(HttpStatusCode.NotFound, await RejectedStatusAsync(path));
    }

    [Fact]
    public async Task The_subprotocol_is_chosen_in_the_servers_order_among_the_offered()
    {
        using var client = await ConnectAsync("/hosts/proto", options =>
        {
            options.AddSubProtocol("proto.text");
            options.AddSubProtocol("proto.json");
        });
        Assert.Equal("proto.json", client.SubProtocol);
        Assert.Equal("proto:proto.json", await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task No_acceptable_subprotocol_is_400()
    {
        Assert.Equal(HttpStatusCode.BadRequest, await RejectedStatusAsync("/hosts/proto", options => options.AddSubProtocol("proto.xml")));
    }

    [Theory]
    [InlineData("pick.a", "a:-")]
    [InlineData("pick.b", "b:-")]
    public async Task The_subprotocol_picks_the_method(string protocol, string expected)
    {
        using var client = await ConnectAsync("/hosts/pick", options => options.AddSubProtocol(protocol));
        Assert.Equal(protocol, client.SubProtocol);
        Assert.Equal(expected, await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task Deflate_is_negotiated_and_messages_round_trip()
    {
        using var client = await ConnectAsync("/hosts/echo", options => options.DangerousDeflateOptions = new WebSocketDeflateOptions());
        Assert.Contains("permessage-deflate", client.HttpResponseHeaders!["Sec-WebSocket-Extensions"].Single(), StringComparison.Ordinal);
        var text = string.Concat(Enumerable.Repeat("compress me ", 2000));
        await client.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, Timeout());
        Assert.Equal(text, await client.ReceiveTextAsync());
    }

    [Theory]
    [InlineData(false, "frames:yes")]
    [InlineData(true, "frames:no")]
    public async Task Large_messages_are_sized_from_the_frame_headers_unless_compressed(bool deflate, string expected)
    {
        using var client = await ConnectAsync("/hosts/frames", options =>
        {
            if (deflate)
            {
                options.DangerousDeflateOptions = new WebSocketDeflateOptions();
            }
        });
        Assert.Equal(expected, await client.ReceiveTextAsync());
    }

    [Theory]
    [InlineData("/hosts/admin")]
    [InlineData("/hosts/member")]
    public async Task An_anonymous_caller_of_an_authorized_endpoint_gets_the_schemes_challenge(string path)
    {
        using var client = NewClient();
        await Assert.ThrowsAnyAsync<WebSocketException>(() => client.ConnectAsync(Host.Uri(path), Timeout()));
        Assert.Equal(HttpStatusCode.Unauthorized, client.HttpStatusCode);
        Assert.StartsWith("Basic realm=\"hosts\"", client.HttpResponseHeaders!["WWW-Authenticate"].Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_authenticated_caller_without_the_role_is_403()
    {
        Assert.Equal(HttpStatusCode.Forbidden, await RejectedStatusAsync("/hosts/admin", options => options.SetRequestHeader("Authorization", HostSetup.BasicHeader("bob"))));
    }

    [Fact]
    public async Task A_caller_with_the_role_gets_in_as_themselves()
    {
        using var client = await ConnectAsync("/hosts/admin", options => options.SetRequestHeader("Authorization", HostSetup.BasicHeader("admin")));
        Assert.Equal("admin:admin", await client.ReceiveTextAsync());
        using var member = await ConnectAsync("/hosts/member", options => options.SetRequestHeader("Authorization", HostSetup.BasicHeader("bob")));
        Assert.Equal("member:bob", await member.ReceiveTextAsync());
    }

    [Fact]
    public async Task A_method_picked_by_the_subprotocol_is_authorized_with_its_own_rules()
    {
        using var anonymous = NewClient(options => options.AddSubProtocol("ver.admin"));
        await Assert.ThrowsAnyAsync<WebSocketException>(() => anonymous.ConnectAsync(Host.Uri("/gen/ver"), Timeout()));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.HttpStatusCode);
        Assert.StartsWith("Basic realm=\"hosts\"", anonymous.HttpResponseHeaders!["WWW-Authenticate"].Single(), StringComparison.Ordinal);

        using var admin = await ConnectAsync("/gen/ver", options =>
        {
            options.AddSubProtocol("ver.admin");
            options.SetRequestHeader("Authorization", HostSetup.BasicHeader("admin"));
        });
        Assert.Equal("v-admin:admin", await admin.ReceiveTextAsync());

        using var open = await ConnectAsync("/gen/ver", options => options.AddSubProtocol("ver.v2"));
        Assert.Equal("v2:-", await open.ReceiveTextAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_authenticated_caller_of_an_open_endpoint_is_the_sessions_user_with_or_without_a_hook(bool hook)
    {
        // Without a hook the Kestrel host runs no authorization for an open endpoint (the core's path without application
        // code) and hands the session the caller its authentication found; with one, the hook sees that caller too.
        await using var host = await StartHostAsync(options => options.Handshake.OnOpenRequest = hook
            ? (context, _) =>
            {
                context.ResponseHeaders.Add("X-User", context.User?.Identity?.Name ?? "-");
                return ValueTask.CompletedTask;
            }
            : null);
        using var bob = NewClient(options => options.SetRequestHeader("Authorization", HostSetup.BasicHeader("bob")));
        await bob.ConnectAsync(host.Uri("/hosts/whoami"), Timeout());
        Assert.Equal("whoami:bob:bob", await bob.ReceiveTextAsync());
        using var anonymous = NewClient();
        await anonymous.ConnectAsync(host.Uri("/hosts/whoami"), Timeout());
        Assert.Equal("whoami:-:-", await anonymous.ReceiveTextAsync());
        if (hook)
        {
            Assert.Equal("bob", bob.HttpResponseHeaders!["X-User"].Single());
            Assert.Equal("-", anonymous.HttpResponseHeaders!["X-User"].Single());
        }

        // An [Authorize] endpoint's caller is still authorized and is the session's user.
        using var member = NewClient(options => options.SetRequestHeader("Authorization", HostSetup.BasicHeader("bob")));
        await member.ConnectAsync(host.Uri("/hosts/member"), Timeout());
        Assert.Equal("member:bob", await member.ReceiveTextAsync());
    }

    [Fact]
    public async Task The_hook_adds_headers_to_the_accept()
    {
        using var client = await ConnectAsync("/hosts/echo?hook=accept");
        Assert.Equal("accepted", client.HttpResponseHeaders!["X-Hook"].Single());
    }

    [Fact]
    public async Task The_hook_rejects_with_its_status_and_headers()
    {
        using var client = NewClient();
        await Assert.ThrowsAnyAsync<WebSocketException>(() => client.ConnectAsync(Host.Uri("/hosts/echo?hook=reject"), Timeout()));
        Assert.Equal(HttpStatusCode.TooManyRequests, client.HttpStatusCode);
        Assert.Equal("7", client.HttpResponseHeaders!["Retry-After"].Single());
    }

    [Theory]
    [InlineData("bye", WebSocketCloseStatus.NormalClosure)]
    [InlineData("policy", WebSocketCloseStatus.PolicyViolation)]
    [InlineData("fail", WebSocketCloseStatus.InternalServerError)]
    public async Task The_endpoint_outcome_is_the_close_code(string command, WebSocketCloseStatus expected)
    {
        using var client = await ConnectAsync("/hosts/close");
        await client.SendAsync(Encoding.UTF8.GetBytes(command), WebSocketMessageType.Text, true, Timeout());
        Assert.Equal(expected, await ReceiveCloseAsync(client));
    }

    [Fact]
    public async Task A_message_over_the_limit_closes_with_1009()
    {
        using var client = await ConnectAsync("/hosts/echo");
        await client.SendAsync(new byte[100 * 1024], WebSocketMessageType.Binary, true, Timeout());
        Assert.Equal(WebSocketCloseStatus.MessageTooBig, await ReceiveCloseAsync(client));
    }

    [Fact]
    public async Task Stopping_the_host_closes_sessions_with_1001()
    {
        using var client = await ConnectAsync("/hosts/close");
        await client.SendAsync("wait"u8.ToArray(), WebSocketMessageType.Text, true, Timeout());
        Assert.Equal("waiting", await client.ReceiveTextAsync());
        var stopping = Host.StopAsync();
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, await ReceiveCloseAsync(client));
        await stopping.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task The_registry_sends_to_one_connection_id_and_broadcasts()
    {
        using var first = await ConnectAsync("/hosts/room");
        using var second = await ConnectAsync("/hosts/room");
        var firstId = (await first.ReceiveTextAsync())["id:".Length..];
        var secondId = (await second.ReceiveTextAsync())["id:".Length..];
        Assert.NotEqual(firstId, secondId);
        Assert.True(Host.Connections.TryGet(secondId, out _));

        Assert.True(await Host.Connections.SendTextAsync(secondId, "just you"));
        Assert.Equal("just you", await second.ReceiveTextAsync());
        Assert.False(await Host.Connections.SendTextAsync("no-such-id", "nobody"));

        var delivered = await Host.Connections.BroadcastTextAsync("everyone", session => session.Endpoint.Template == "/hosts/room");
        Assert.Equal(2, delivered);
        Assert.Equal("everyone", await first.ReceiveTextAsync());
        Assert.Equal("everyone", await second.ReceiveTextAsync());
    }

    [Fact]
    public async Task An_endpoint_class_gets_one_scope_per_connection_shared_with_its_parameters_and_disposed_at_the_end()
    {
        var probe = Host.Services.GetRequiredService<ConnectionProbe>();
        using var first = await ConnectAsync("/hosts/scoped");
        using var second = await ConnectAsync("/hosts/scoped");
        var a = (await first.ReceiveTextAsync()).Split('|');
        var b = (await second.ReceiveTextAsync()).Split('|');
        Assert.Equal(a[0], a[1]); // the constructor and the method parameter see the same scoped instance
        Assert.Equal(a[0], a[3]); // and so does a keyed service parameter
        Assert.Equal(b[0], b[1]);
        Assert.NotEqual(a[0], b[0]); // one scope per connection
        Assert.Equal(HasRequestServices ? a[0] : "-", a[2]); // on ASP.NET Core the scope is the request's

        await first.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", Timeout());
        await Eventually.TrueAsync(() => probe.Events.Contains("counter " + a[0] + " disposed"), "the first connection's scope disposed");
        var events = probe.Events.ToList();
        Assert.True(events.IndexOf("instance " + a[0] + " disposed") is >= 0 and var instance && instance < events.IndexOf("counter " + a[0] + " disposed"), "the instance is disposed before its scope: " + string.Join(", ", events));
        Assert.DoesNotContain("counter " + b[0] + " disposed", events); // the open connection keeps its scope
    }

    [Theory]
    [InlineData(Frame.Text)]
    [InlineData(Frame.Ping)]
    public async Task An_unmasked_client_frame_fails_the_connection_with_1002(int opcode)
    {
        using var socket = await RawWebSocket.OpenAsync(Host.EndPoint, "/hosts/echo");
        await socket.SendAsync(new Frame { Opcode = opcode, Payload = "hi"u8.ToArray(), Masked = false });
        var others = new List<ServerFrame>();
        var close = await socket.ReadUntilCloseAsync(others);
        Assert.NotNull(close);
        Assert.Equal(1002, close.CloseCode);
        Assert.Empty(others); // not processed: no echo, no pong
        Assert.True(await socket.Connection.WaitForCloseAsync());
    }

    [Theory]
    [InlineData(Frame.Ping)]
    [InlineData(Frame.Close)]
    public async Task RSV1_on_a_control_frame_fails_the_connection_with_1002(int opcode)
    {
        using var socket = await RawWebSocket.OpenAsync(Host.EndPoint, "/hosts/echo", "Sec-WebSocket-Extensions: permessage-deflate\r\n");
        await socket.SendAsync(new Frame { Opcode = opcode, Rsv = 4, Payload = opcode == Frame.Close ? Frame.ClosePayload(1000) : "x"u8.ToArray() });
        var others = new List<ServerFrame>();
        var close = await socket.ReadUntilCloseAsync(others);
        Assert.NotNull(close);
        Assert.Equal(1002, close.CloseCode);
        Assert.Empty(others);
        Assert.True(await socket.Connection.WaitForCloseAsync());
    }

    [Fact]
    public async Task A_client_that_drops_the_connection_mid_session_is_logged_as_gone_not_as_an_endpoint_failure()
    {
        var logs = new CapturingLoggerFactory();
        await using var host = await StartHostAsync(options => options.LoggerFactory = logs);
        using (var socket = await RawWebSocket.OpenAsync(host.EndPoint, "/hosts/drop"))
        {
            var ready = await socket.ReadFrameAsync();
            Assert.Equal("ready", Encoding.UTF8.GetString(ready!.Payload));
            socket.Abort(); // a reset mid-session: no close frame
        }

        // The session ends (its "ended" entry, event 9) once the host has seen the connection go.
        for (var i = 0; i < 200 && !logs.Entries.Any(e => e.EventId.Id == 9); i++)
        {
            await Task.Delay(50);
        }

        var entries = logs.Entries.ToArray();
        Assert.Contains(entries, e => e.EventId.Id == 9);
        Assert.DoesNotContain(entries, e => e.EventId.Id == 10 || e.Level >= Microsoft.Extensions.Logging.LogLevel.Warning);
        var gone = Assert.Single(entries, e => e.EventId.Id == 21);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Debug, gone.Level);
        Assert.IsType<TaskCanceledException>(gone.Exception);
    }

    [Fact]
    public async Task An_idle_connection_is_closed_with_1001()
    {
        await using var host = await StartHostAsync(options => options.Limits.IdleTimeout = TimeSpan.FromMilliseconds(300));
        using var client = NewClient();
        await client.ConnectAsync(host.Uri("/hosts/room"), Timeout());
        Assert.StartsWith("id:", await client.ReceiveTextAsync(), StringComparison.Ordinal);
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, await ReceiveCloseAsync(client));
        Assert.Equal("idle timeout", client.CloseStatusDescription);
    }

    [Fact]
    public async Task The_server_pings_and_drops_a_client_that_never_answers()
    {
        await using var host = await StartHostAsync(options =>
        {
            options.Limits.KeepAliveInterval = TimeSpan.FromMilliseconds(200);
            options.Limits.KeepAliveTimeout = TimeSpan.FromMilliseconds(500);
        });
        using var socket = await RawWebSocket.OpenAsync(host.EndPoint, "/hosts/room");
        var frames = new List<ServerFrame>();
        for (var i = 0; i < 50; i++)
        {
            var frame = await socket.ReadFrameAsync();
            if (frame is null)
            {
                break; // the server dropped the connection
            }

            frames.Add(frame);
        }

        Assert.Contains(frames, f => f.Opcode == Frame.Ping); // it asked
        Assert.True(frames.Count < 50, "the connection stayed open: " + string.Join(", ", frames.Select(f => f.Opcode)));
    }

    /// <summary>Whether the host has ASP.NET Core request services (the endpoint class's scope is the request's).</summary>
    protected abstract bool HasRequestServices { get; }

    /// <summary>Starts another host of the same kind with changed options.</summary>
    protected abstract Task<IWebSocketTestHost> StartHostAsync(Action<WebSocketServerOptions> configure);

    protected static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(20)).Token;

    protected static ClientWebSocket NewClient(Action<ClientWebSocketOptions>? configure = null)
    {
        var client = new ClientWebSocket();
        client.Options.CollectHttpResponseDetails = true;
        configure?.Invoke(client.Options);
        return client;
    }

    protected async Task<ClientWebSocket> ConnectAsync(string path, Action<ClientWebSocketOptions>? configure = null)
    {
        var client = NewClient(configure);
        await client.ConnectAsync(Host.Uri(path), Timeout());
        return client;
    }

    protected async Task<HttpStatusCode> RejectedStatusAsync(string path, Action<ClientWebSocketOptions>? configure = null)
    {
        using var client = NewClient(configure);
        await Assert.ThrowsAnyAsync<WebSocketException>(() => client.ConnectAsync(Host.Uri(path), Timeout()));
        return client.HttpStatusCode;
    }

    protected static async Task<WebSocketCloseStatus?> ReceiveCloseAsync(WebSocket client)
    {
        var buffer = new byte[1024];
        for (var i = 0; i < 100; i++)
        {
            var result = await client.ReceiveAsync(buffer, Timeout());
            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (client.State == WebSocketState.CloseReceived)
                {
                    await client.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, Timeout());
                }

                return result.CloseStatus;
            }
        }

        throw new InvalidOperationException("No close frame within 100 messages.");
    }
}

/// <summary>The behaviour on the standalone server.</summary>
public sealed class StandaloneHostBehaviourTests : HostBehaviourTests
{
    protected override bool HasRequestServices => false;

    protected override async Task<IWebSocketTestHost> StartHostAsync() => await StandaloneTestHost.StartAsync();

    protected override async Task<IWebSocketTestHost> StartHostAsync(Action<WebSocketServerOptions> configure) => await StandaloneTestHost.StartAsync(configure);
}

/// <summary>The behaviour on ASP.NET Core (Kestrel, HTTP/1.1).</summary>
public sealed class KestrelHostBehaviourTests : HostBehaviourTests
{
    protected override bool HasRequestServices => true;

    protected override async Task<IWebSocketTestHost> StartHostAsync() => await KestrelTestHost.StartAsync();

    protected override async Task<IWebSocketTestHost> StartHostAsync(Action<WebSocketServerOptions> configure) => await KestrelTestHost.StartAsync(configure);
}
