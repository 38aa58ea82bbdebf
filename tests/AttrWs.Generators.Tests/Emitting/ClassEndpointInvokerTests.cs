using System.Reflection;
using AttrWs.Generators.Tests.Infrastructure;

namespace AttrWs.Generators.Tests.Emitting;

/// <summary>
/// Generated invokers of endpoint classes, run against a real Microsoft.Extensions.DependencyInjection container:
/// constructor and method injection from one scope per connection, keyed and optional services, disposal of the
/// instance then the scope however the endpoint ends, classes without a container, and the missing-service message.
/// </summary>
public sealed class ClassEndpointInvokerTests : IDisposable
{
    private const string Source = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using AttrWs;
        using Microsoft.Extensions.DependencyInjection;

        namespace App;

        public sealed class Events { public List<string> Items { get; } = new(); }
        public sealed class Scoped(Events events) : IDisposable { public void Dispose() => events.Items.Add("scoped service disposed"); }
        public interface IClock { string Now { get; } }
        public sealed class Clock : IClock { public string Now => "noon"; }
        public interface IStore { string Name { get; } }
        public sealed class Store(string name) : IStore { public string Name => name; }
        public interface INotRegistered { }

        [WebSocketRoute("/rooms")]
        public sealed class Rooms(Events events, Scoped scoped, IClock clock, [FromKeyedServices("primary")] IStore store, INotRegistered? optional = null) : IAsyncDisposable
        {
            [WebSocketEndpoint("{room}")]
            public async Task Join(string room, WebSocketSession session, Scoped again, [FromKeyedServices("backup")] IStore backup)
            {
                await Task.Yield();
                events.Items.Add($"join|{room}|{clock.Now}|{store.Name}|{backup.Name}|same scope: {ReferenceEquals(scoped, again)}|optional: {optional is null}");
            }

            [WebSocketEndpoint("throw")]
            public void Throw() => throw new InvalidOperationException("boom");

            public ValueTask DisposeAsync()
            {
                events.Items.Add("instance disposed");
                return default;
            }
        }

        public sealed class Plain : IDisposable
        {
            public static int Runs;
            public static int Disposed;

            [WebSocketEndpoint("/plain")]
            public ValueTask Run() { Runs++; return default; }

            public void Dispose() => Disposed++;
        }

        [WebSocketRoute("statics")]
        public static class Statics
        {
            public static string? Log;

            [WebSocketEndpoint("{id}")]
            public static void Keyed(string id, [FromKeyedServices("backup")] IStore store, Events events) => Log = id + "|" + store.Name + "|" + events.Items.Count;
        }

        public static class Setup
        {
            public static IServiceProvider Build(bool withClock)
            {
                var services = new ServiceCollection();
                services.AddSingleton<Events>();
                services.AddScoped<Scoped>();
                if (withClock)
                {
                    services.AddSingleton<IClock, Clock>();
                }

                services.AddKeyedSingleton<IStore>("primary", new Store("p"));
                services.AddKeyedSingleton<IStore>("backup", new Store("b"));
                return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
            }
        }
        """;

    private readonly GeneratorRun _run = GeneratorHarness.Run(Source);
    private readonly LoadedApp _app;

    public ClassEndpointInvokerTests() => _app = _run.Load();

    public void Dispose() => _app.Dispose();

    private IServiceProvider Build(bool withClock) =>
        (IServiceProvider)_app.GetType("App.Setup").GetMethod("Build")!.Invoke(null, [withClock])!;

    private List<string> Events(IServiceProvider services) =>
        (List<string>)_app.GetType("App.Events").GetProperty("Items")!.GetValue(services.GetService(_app.GetType("App.Events")))!;

    [Fact]
    public async Task Constructor_and_method_services_come_from_one_scope_and_the_instance_is_disposed_before_the_scope()
    {
        var services = Build(withClock: true);
        var session = TestSessions.Create(_app.RouteTable, "/rooms/lobby", services, CancellationToken.None);

        await session.Endpoint.Handler(session);

        Assert.Equal(
            ["join|lobby|noon|p|b|same scope: True|optional: True", "instance disposed", "scoped service disposed"],
            Events(services));
    }

    [Fact]
    public async Task An_endpoint_that_throws_still_disposes_the_instance_then_the_scope()
    {
        var services = Build(withClock: true);
        var session = TestSessions.Create(_app.RouteTable, "/rooms/throw", services, CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => session.Endpoint.Handler(session).AsTask());

        Assert.Equal("boom", error.Message);
        Assert.Equal(["instance disposed", "scoped service disposed"], Events(services));
    }

    [Fact]
    public async Task A_missing_service_fails_the_connection_naming_the_endpoint_the_class_and_the_type_and_disposes_the_scope()
    {
        var services = Build(withClock: false);
        var session = TestSessions.Create(_app.RouteTable, "/rooms/lobby", services, CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => session.Endpoint.Handler(session).AsTask());

        Assert.Equal(
            "The endpoint 'Rooms.Join' (class 'App.Rooms') needs a service of type 'App.IClock', which the server's service provider does not have; register it.",
            error.Message);
        Assert.Equal(["scoped service disposed"], Events(services)); // resolved before the failure, released with the scope
    }

    [Fact]
    public async Task A_static_endpoint_takes_a_keyed_service_and_a_route_prefix()
    {
        var services = Build(withClock: true);
        var session = TestSessions.Create(_app.RouteTable, "/statics/7", services, CancellationToken.None);

        await session.Endpoint.Handler(session);

        Assert.Equal("7|b|0", (string?)_app.GetType("App.Statics").GetField("Log", BindingFlags.Public | BindingFlags.Static)!.GetValue(null));
        Assert.Equal("/statics/{id}", session.Endpoint.Template);
        Assert.Empty(session.Endpoint.Services); // static endpoints resolve from the root provider, unchecked at start-up as before
    }

    [Fact]
    public async Task A_parameterless_class_runs_without_a_container_and_is_disposed()
    {
        var plain = _app.GetType("App.Plain");
        var session = TestSessions.Create(_app.RouteTable, "/plain", services: null, CancellationToken.None);

        await session.Endpoint.Handler(session);

        Assert.Equal(1, (int)plain.GetField("Runs", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!);
        Assert.Equal(1, (int)plain.GetField("Disposed", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!);
    }

    [Fact]
    public void The_endpoint_map_shows_the_combined_template_the_class_and_the_required_services()
    {
        var join = _app.EndpointMap.Single(e => e.MethodName == "Join");

        Assert.Equal("/rooms/{room}", join.Template);
        Assert.Equal("App.Rooms", join.DeclaringType);
        Assert.Equal("Rooms.Join", join.Name);
        Assert.Equal(
            ["events: App.Events (ctor)", "scoped: App.Scoped (ctor)", "clock: App.IClock (ctor)", "store: App.IStore key primary (ctor)",
             "again: App.Scoped (method)", "backup: App.IStore key backup (method)"],
            join.Services.Select(s => $"{s.ParameterName}: {s.ServiceType.FullName}{(s.IsKeyed ? " key " + s.ServiceKey : string.Empty)} ({(s.IsConstructorParameter ? "ctor" : "method")})"));
        Assert.Equal("/rooms/throw", _app.EndpointMap.Single(e => e.MethodName == "Throw").Template);
        Assert.Empty(_app.EndpointMap.Single(e => e.MethodName == "Run").Services);
    }

    [Fact]
    public void The_invoker_is_plain_code_a_scope_a_constructor_call_and_try_finally_disposal()
    {
        var source = _run.GeneratedSource;
        Assert.Contains("await using var scope = global::AttrWs.Routing.EndpointActivation.CreateScope(session);", source, StringComparison.Ordinal);
        Assert.Contains("var instance = new global::App.Rooms(", source, StringComparison.Ordinal);
        Assert.Contains("await ((global::System.IAsyncDisposable)instance).DisposeAsync();", source, StringComparison.Ordinal);
        Assert.Contains("((global::System.IDisposable)instance).Dispose();", source, StringComparison.Ordinal);
        Assert.DoesNotContain("Activator", source.Replace("EndpointActivation", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("GetType(", source, StringComparison.Ordinal);
    }
}
