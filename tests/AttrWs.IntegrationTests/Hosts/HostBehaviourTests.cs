using System.Net;
using System.Net.WebSockets;
using System.Text;

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
        Assert.Equal("item:42", await ReceiveTextAsync(client));
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
        Assert.Equal("proto:proto.json", await ReceiveTextAsync(client));
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
        Assert.Equal(expected, await ReceiveTextAsync(client));
    }

    [Fact]
    public async Task Deflate_is_negotiated_and_messages_round_trip()
    {
        using var client = await ConnectAsync("/hosts/echo", options => options.DangerousDeflateOptions = new WebSocketDeflateOptions());
        Assert.Contains("permessage-deflate", client.HttpResponseHeaders!["Sec-WebSocket-Extensions"].Single(), StringComparison.Ordinal);
        var text = string.Concat(Enumerable.Repeat("compress me ", 2000));
        await client.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, Timeout());
        Assert.Equal(text, await ReceiveTextAsync(client));
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
        Assert.Equal("admin:admin", await ReceiveTextAsync(client));
        using var member = await ConnectAsync("/hosts/member", options => options.SetRequestHeader("Authorization", HostSetup.BasicHeader("bob")));
        Assert.Equal("member:bob", await ReceiveTextAsync(member));
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
        Assert.Equal("v-admin:admin", await ReceiveTextAsync(admin));

        using var open = await ConnectAsync("/gen/ver", options => options.AddSubProtocol("ver.v2"));
        Assert.Equal("v2:-", await ReceiveTextAsync(open));
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
        Assert.Equal("waiting", await ReceiveTextAsync(client));
        var stopping = Host.StopAsync();
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, await ReceiveCloseAsync(client));
        await stopping.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task The_registry_sends_to_one_connection_id_and_broadcasts()
    {
        using var first = await ConnectAsync("/hosts/room");
        using var second = await ConnectAsync("/hosts/room");
        var firstId = (await ReceiveTextAsync(first))["id:".Length..];
        var secondId = (await ReceiveTextAsync(second))["id:".Length..];
        Assert.NotEqual(firstId, secondId);
        Assert.True(Host.Connections.TryGet(secondId, out _));

        Assert.True(await Host.Connections.SendTextAsync(secondId, "just you"));
        Assert.Equal("just you", await ReceiveTextAsync(second));
        Assert.False(await Host.Connections.SendTextAsync("no-such-id", "nobody"));

        var delivered = await Host.Connections.BroadcastTextAsync("everyone", session => session.Endpoint.Template == "/hosts/room");
        Assert.Equal(2, delivered);
        Assert.Equal("everyone", await ReceiveTextAsync(first));
        Assert.Equal("everyone", await ReceiveTextAsync(second));
    }

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

    protected static async Task<string> ReceiveTextAsync(WebSocket client)
    {
        var buffer = new byte[256 * 1024];
        var total = 0;
        while (true)
        {
            var result = await client.ReceiveAsync(buffer.AsMemory(total), Timeout());
            Assert.Equal(WebSocketMessageType.Text, result.MessageType);
            total += result.Count;
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(buffer, 0, total);
            }
        }
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
    protected override async Task<IWebSocketTestHost> StartHostAsync() => await StandaloneTestHost.StartAsync();
}

/// <summary>The behaviour on ASP.NET Core (Kestrel, HTTP/1.1).</summary>
public sealed class KestrelHostBehaviourTests : HostBehaviourTests
{
    protected override async Task<IWebSocketTestHost> StartHostAsync() => await KestrelTestHost.StartAsync();
}
