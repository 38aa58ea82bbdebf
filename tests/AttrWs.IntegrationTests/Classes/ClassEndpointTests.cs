using System.Net.WebSockets;
using AttrWs.IntegrationTests.Diagnostics;
using AttrWs.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AttrWs.IntegrationTests.Classes;

/// <summary>
/// Endpoint classes over real sockets with a real Microsoft.Extensions.DependencyInjection container: one scope per
/// connection, disposed (instance first, then the scope) however the connection ends; singletons shared; keyed
/// services; constructor and method injection; missing services at start-up and at the connection.
/// </summary>
public sealed class ClassEndpointTests
{
    private static ServiceProvider Container(Action<IServiceCollection>? extra = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<Probe>();
        services.AddScoped<ScopedCounter>();
        services.AddKeyedSingleton<IGreeter>("loud", new Greeter("HELLO"));
        services.AddKeyedSingleton<IGreeter>("quiet", new Greeter("hi"));
        extra?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    private static Task<TestServer> StartAsync(IServiceProvider? services, Action<WebSocketServerOptions>? configure = null) =>
        TestServer.StartAsync(
            server => server.AddRouteTable(FilteredRouteTable.Generated("AttrWs.IntegrationTests.Classes.RoomEndpoints")),
            options =>
            {
                options.Services = services;
                configure?.Invoke(options);
            });

    private static string[] Parts(string greeting) => greeting.Split('|');

    [Fact]
    public async Task A_scoped_service_is_one_instance_per_connection_and_constructor_method_keyed_and_singleton_services_resolve()
    {
        await using var container = Container();
        await using var server = await StartAsync(container);
        using var first = await server.ConnectAsync("/classes/rooms/lobby");
        using var second = await server.ConnectAsync("/classes/rooms/attic");

        var a = Parts(await first.ReceiveTextAsync());
        var b = Parts(await second.ReceiveTextAsync());

        Assert.Equal(a[0], a[1]);               // constructor and method get the same scoped instance
        Assert.Equal(b[0], b[1]);
        Assert.NotEqual(a[0], b[0]);            // another connection, another scope
        Assert.Equal("True", a[2]);             // the singleton is the same in constructor and method
        Assert.Equal("HELLO lobby", a[3]);      // the "loud" keyed service, not the "quiet" one
        Assert.Equal("HELLO attic", b[3]);
        await first.SendTextAsync("ping");
        Assert.Equal("ping", await first.ReceiveTextAsync());
        Assert.Empty(container.GetRequiredService<Probe>().Events);
    }

    [Fact]
    public async Task A_normal_close_disposes_the_instance_then_the_scope()
    {
        await using var container = Container();
        await using var server = await StartAsync(container);
        using var client = await server.ConnectAsync("/classes/rooms/lobby");
        var id = Parts(await client.ReceiveTextAsync())[0];

        using var timeout = new CancellationTokenSource(ClientExtensions.Timeout);
        await client.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token);

        await AssertDisposedInOrderAsync(container, id);
    }

    [Fact]
    public async Task A_client_abort_disposes_the_instance_then_the_scope()
    {
        await using var container = Container();
        await using var server = await StartAsync(container);
        var client = await server.ConnectAsync("/classes/rooms/lobby");
        var id = Parts(await client.ReceiveTextAsync())[0];

        client.Abort();
        client.Dispose();

        await AssertDisposedInOrderAsync(container, id);
    }

    [Fact]
    public async Task A_server_stop_sends_1001_and_disposes_the_instance_then_the_scope()
    {
        await using var container = Container();
        var server = await StartAsync(container);
        using var client = await server.ConnectAsync("/classes/rooms/lobby");
        var id = Parts(await client.ReceiveTextAsync())[0];

        await server.DisposeAsync();

        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, await client.ReceiveCloseAsync());
        await AssertDisposedInOrderAsync(container, id);
    }

    [Fact]
    public async Task An_endpoint_that_throws_closes_with_1011_and_disposes_the_instance_then_the_scope()
    {
        await using var container = Container();
        await using var server = await StartAsync(container);
        using var client = await server.ConnectAsync("/classes/rooms/lobby");
        var id = Parts(await client.ReceiveTextAsync())[0];

        await client.SendTextAsync("throw");

        Assert.Equal(WebSocketCloseStatus.InternalServerError, await client.ReceiveCloseAsync());
        await AssertDisposedInOrderAsync(container, id);
    }

    [Fact]
    public async Task A_missing_service_fails_start_up_with_a_message_naming_the_endpoint_the_class_and_the_type()
    {
        await using var container = Container();
        var server = new WebSocketServer(new WebSocketServerOptions { Services = container }.Listen(System.Net.IPAddress.Loopback, 0));
        server.AddRouteTable(FilteredRouteTable.Generated("AttrWs.IntegrationTests.Classes.MissingServiceEndpoints"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => server.StartAsync());

        Assert.Equal(
            "The endpoint 'MissingServiceEndpoints.Run' (class 'AttrWs.IntegrationTests.Classes.MissingServiceEndpoints') needs a service of type 'AttrWs.IntegrationTests.Classes.INotRegistered', which the server's service provider does not have; register it.",
            error.Message);
        Assert.Empty(server.ListeningEndPoints);
        await server.DisposeAsync();
    }

    [Fact]
    public async Task Without_a_service_provider_a_class_that_needs_services_fails_start_up()
    {
        var server = new WebSocketServer(new WebSocketServerOptions().Listen(System.Net.IPAddress.Loopback, 0));
        server.AddRouteTable(FilteredRouteTable.Generated("AttrWs.IntegrationTests.Classes.RoomEndpoints"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => server.StartAsync());

        Assert.Contains("The endpoint 'RoomEndpoints.Join' (class 'AttrWs.IntegrationTests.Classes.RoomEndpoints') needs a service of type 'AttrWs.IntegrationTests.Classes.ScopedCounter', but the server has no service provider", error.Message, StringComparison.Ordinal);
        Assert.Contains("with key \"loud\"", error.Message, StringComparison.Ordinal);
        await server.DisposeAsync();
    }

    [Fact]
    public async Task A_service_missing_at_the_connection_closes_it_with_1011_and_logs_the_documented_message()
    {
        // A container that cannot tell at start-up (no IServiceProviderIsService): the first connection finds out.
        await using var container = Container();
        var logs = new CapturingLoggerFactory();
        await using var server = await TestServer.StartAsync(
            s => s.AddRouteTable(FilteredRouteTable.Generated("AttrWs.IntegrationTests.Classes.MissingServiceEndpoints")),
            o =>
            {
                o.Services = new OpaqueProvider(container);
                o.LoggerFactory = logs;
            });
        using var client = await server.ConnectAsync("/missing");

        Assert.Equal(WebSocketCloseStatus.InternalServerError, await client.ReceiveCloseAsync());
        await Eventually.TrueAsync(() => logs.Entries.Any(e => e.EventId.Id == 10), "endpoint failure logged");
        var entry = Assert.Single(logs.Entries, e => e.EventId.Id == 10);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Equal(
            "The endpoint 'MissingServiceEndpoints.Run' (class 'AttrWs.IntegrationTests.Classes.MissingServiceEndpoints') needs a service of type 'AttrWs.IntegrationTests.Classes.INotRegistered', which the server's service provider does not have; register it.",
            entry.Exception?.Message);
    }

    [Fact]
    public void The_endpoint_map_shows_the_combined_template_the_class_and_its_services()
    {
        var join = Assert.Single(AttrWs.Generated.GeneratedWebSocketEndpoints.Endpoints, e => e.Name == "RoomEndpoints.Join");

        Assert.Equal("/classes/rooms/{room}", join.Template);
        Assert.Equal("AttrWs.IntegrationTests.Classes.RoomEndpoints", join.DeclaringType);
        Assert.Equal(
            ["scoped:ScopedCounter", "probe:Probe", "greeter:IGreeter=loud", "again:ScopedCounter", "sameProbe:Probe"],
            join.Services.Select(s => s.ParameterName + ":" + s.ServiceType.Name + (s.IsKeyed ? "=" + s.ServiceKey : string.Empty)));
    }

    private static async Task AssertDisposedInOrderAsync(ServiceProvider container, string id)
    {
        var probe = container.GetRequiredService<Probe>();
        await Eventually.TrueAsync(() => probe.Events.Count >= 2, "instance and scope disposed");
        Assert.Equal(["instance " + id + " disposed", "scoped " + id + " disposed"], probe.Events);
    }

    /// <summary>Forwards GetService but hides IServiceProviderIsService and scopes, like a container that cannot tell.</summary>
    private sealed class OpaqueProvider(IServiceProvider inner) : IServiceProvider
    {
        public object? GetService(Type serviceType) =>
            serviceType == typeof(IServiceProviderIsService) || serviceType == typeof(IServiceScopeFactory) ? null : inner.GetService(serviceType);
    }
}
