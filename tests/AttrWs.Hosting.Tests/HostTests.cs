using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace AttrWs.Hosting.Tests;

/// <summary>AttrWs in a real Generic Host over real sockets: configuration sources, start-up errors, shutdown, health, scopes.</summary>
public sealed class HostTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private readonly DirectoryInfo _contentRoot = Directory.CreateTempSubdirectory("attrws-host-");

    public void Dispose() => _contentRoot.Delete(recursive: true);

    private IHost Build(string[]? args = null, Action<HostApplicationBuilder>? configure = null, Action<WebSocketServerOptions>? code = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args ?? ["--AttrWs:Port", "0"],
            ContentRootPath = _contentRoot.FullName,
            EnvironmentName = "Production",
        });
        builder.Services.AddScoped<PerConnection>();
        builder.Services.AddWebSocketServer(server => server.MapGeneratedEndpoints(), code);
        builder.Services.AddHealthChecks().AddWebSocketServerCheck();
        configure?.Invoke(builder);
        return builder.Build();
    }

    private static Uri Url(IHost host, string path)
    {
        var endPoint = host.Services.GetRequiredService<WebSocketServer>().ListeningEndPoints[0];
        return new Uri($"ws://127.0.0.1:{endPoint.Port}{path}");
    }

    private static async Task<ClientWebSocket> ConnectAsync(IHost host, string path = "/echo")
    {
        var client = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(Wait);
        await client.ConnectAsync(Url(host, path), timeout.Token);
        return client;
    }

    private static async Task<(WebSocketReceiveResult Result, string Text)> ReceiveAsync(ClientWebSocket client)
    {
        var buffer = new byte[64 * 1024];
        using var timeout = new CancellationTokenSource(Wait);
        var count = 0;
        WebSocketReceiveResult result;
        do
        {
            result = await client.ReceiveAsync(buffer.AsMemory(count), timeout.Token) is var r
                ? new WebSocketReceiveResult(r.Count, r.MessageType, r.EndOfMessage, client.CloseStatus, client.CloseStatusDescription)
                : throw new InvalidOperationException();
            count += result.Count;
        }
        while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

        return (result, Encoding.UTF8.GetString(buffer, 0, count));
    }

    private static Task SendAsync(ClientWebSocket client, string text)
        => client.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public async Task Appsettings_json_sets_the_max_message_size_and_a_bigger_message_closes_with_1009()
    {
        await File.WriteAllTextAsync(
            Path.Combine(_contentRoot.FullName, "appsettings.json"),
            """{ "AttrWs": { "Address": "127.0.0.1", "Port": 0, "Limits": { "MaxMessageSize": 100 } } }""");
        using var host = Build(args: []);
        await host.StartAsync();
        try
        {
            Assert.Equal(100, host.Services.GetRequiredService<WebSocketServer>().Options.Limits.MaxMessageSize);
            using var client = await ConnectAsync(host);
            await SendAsync(client, new string('a', 100));
            Assert.Equal(new string('a', 100), (await ReceiveAsync(client)).Text);
            await SendAsync(client, new string('b', 101));
            var (result, _) = await ReceiveAsync(client);
            Assert.Equal(WebSocketMessageType.Close, result.MessageType);
            Assert.Equal(WebSocketCloseStatus.MessageTooBig, client.CloseStatus);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task Environment_variables_set_max_connections_and_the_next_connection_gets_503()
    {
        var prefix = $"ATTRWS_TEST_{Guid.NewGuid():N}_";
        Environment.SetEnvironmentVariable(prefix + "AttrWs__Limits__MaxConnections", "1");
        try
        {
            using var host = Build(configure: b => b.Configuration.AddEnvironmentVariables(prefix));
            await host.StartAsync();
            try
            {
                using var first = await ConnectAsync(host);
                using var second = new ClientWebSocket();
                second.Options.CollectHttpResponseDetails = true;
                using var timeout = new CancellationTokenSource(Wait);
                await Assert.ThrowsAsync<WebSocketException>(() => second.ConnectAsync(Url(host, "/echo"), timeout.Token));
                Assert.Equal(HttpStatusCode.ServiceUnavailable, second.HttpStatusCode);
            }
            finally
            {
                await host.StopAsync();
            }
        }
        finally
        {
            Environment.SetEnvironmentVariable(prefix + "AttrWs__Limits__MaxConnections", null);
        }
    }

    [Fact]
    public async Task Command_line_sets_the_port_and_overrides_code_options()
    {
        var port = FreePort();
        using var host = Build(
            args: ["--AttrWs:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--AttrWs:Limits:MaxMessageSize", "5000"],
            code: options =>
            {
                options.Limits.MaxMessageSize = 10; // configuration comes later and wins
                options.Limits.SendQueueLimit = 7;  // not in configuration: code's value stays
            });
        await host.StartAsync();
        try
        {
            var server = host.Services.GetRequiredService<WebSocketServer>();
            Assert.Equal(port, server.ListeningEndPoints[0].Port);
            Assert.Equal(5000, server.Options.Limits.MaxMessageSize);
            Assert.Equal(7, server.Options.Limits.SendQueueLimit);
            using var client = await ConnectAsync(host);
            await SendAsync(client, new string('c', 4000));
            Assert.Equal(4000, (await ReceiveAsync(client)).Text.Length);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task A_Listen_list_in_configuration_replaces_the_listen_addresses_of_code()
    {
        using var host = Build(
            args: ["--AttrWs:Listen:0:Address", "127.0.0.1", "--AttrWs:Listen:0:Port", "0", "--AttrWs:Listen:1:Address", "localhost", "--AttrWs:Listen:1:Port", "0"],
            code: options => options.Listen(IPAddress.Loopback, 1));
        await host.StartAsync();
        try
        {
            var listening = host.Services.GetRequiredService<WebSocketServer>().ListeningEndPoints;
            Assert.Equal(2, listening.Count);
            Assert.All(listening, e => Assert.NotEqual(1, e.Port));
            foreach (var endPoint in listening)
            {
                using var client = new ClientWebSocket();
                using var timeout = new CancellationTokenSource(Wait);
                await client.ConnectAsync(new Uri($"ws://127.0.0.1:{endPoint.Port}/echo"), timeout.Token);
                await SendAsync(client, "both");
                Assert.Equal("both", (await ReceiveAsync(client)).Text);
            }
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Theory]
    [InlineData("--AttrWs:Limits:MaxMessageSize", "abc", "AttrWs:Limits:MaxMessageSize")]
    [InlineData("--AttrWs:Limits:MaxConnections", "0", "Limits.MaxConnections")]
    [InlineData("--AttrWs:Port", "70000", "AttrWs:Port")]
    [InlineData("--AttrWs:Address", "not-an-ip", "AttrWs:Address")]
    [InlineData("--AttrWs:Limits:MaxMesageSize", "10", "MaxMesageSize")]
    public async Task A_bad_value_fails_the_host_start_naming_the_key(string key, string value, string named)
    {
        using var host = Build(args: ["--AttrWs:Port", "0", key, value]);
        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_StopAsync_sends_1001_to_every_client_and_the_health_check_follows()
    {
        using var host = Build();
        var health = host.Services.GetRequiredService<HealthCheckService>();
        Assert.Equal(HealthStatus.Unhealthy, (await health.CheckHealthAsync()).Status);
        await host.StartAsync();
        using var first = await ConnectAsync(host);
        using var second = await ConnectAsync(host);
        await SendAsync(first, "x");
        await ReceiveAsync(first);
        await SendAsync(second, "y");
        await ReceiveAsync(second);

        var healthy = await health.CheckHealthAsync();
        Assert.Equal(HealthStatus.Healthy, healthy.Status);
        var entry = healthy.Entries["attrws"];
        Assert.Equal(2, entry.Data["connections"]);
        Assert.Equal(10_000, entry.Data["maxConnections"]);

        var closes = new[] { ReceiveAsync(first), ReceiveAsync(second) };
        await host.StopAsync();
        foreach (var close in closes)
        {
            Assert.Equal(WebSocketMessageType.Close, (await close).Result.MessageType);
        }

        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, first.CloseStatus);
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, second.CloseStatus);
        Assert.Equal(HealthStatus.Unhealthy, (await health.CheckHealthAsync()).Status);
    }

    [Fact]
    public async Task A_scoped_service_from_the_host_container_is_one_per_connection()
    {
        using var host = Build();
        await host.StartAsync();
        try
        {
            using var first = await ConnectAsync(host, "/scoped");
            using var second = await ConnectAsync(host, "/scoped");
            var a = (await ReceiveAsync(first)).Text.Split(' ');
            var b = (await ReceiveAsync(second)).Text.Split(' ');
            Assert.Equal(a[0], a[1]); // constructor and method get the same instance within a connection
            Assert.Equal(b[0], b[1]);
            Assert.NotEqual(a[0], b[0]); // and a different one across connections
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
