using System.Reflection;
using AttrWs.Generators.Tests.Infrastructure;

namespace AttrWs.Generators.Tests.Emitting;

/// <summary>The generated invokers bind every parameter kind and await every return shape.</summary>
public sealed class InvokerTests : IDisposable
{
    private const string Source = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using AttrWs;

        namespace App;

        public interface IGreeter { string Greet(string name); }
        public sealed class Greeter : IGreeter { public string Greet(string name) => "hello " + name; }
        public sealed class Clock { public string Now => "noon"; }
        public readonly record struct Color(string Name)
        {
            public static bool TryParse(string value, out Color color) { color = new Color(value.ToUpperInvariant()); return value.Length > 0; }
        }

        public static class I
        {
            public static string? Log;

            [WebSocketEndpoint("/all/{id:int}/{name}/{when?}")]
            public static async Task All(WebSocketSession session, int id, string name, long? when, CancellationToken ct, WebSocketOpenRequestContext ctx, IGreeter greeter, Clock clock)
            {
                await Task.Yield();
                Log = $"{session.ConnectionId}|{id}|{name}|{(when is null ? "null" : when.ToString())}|{ct.CanBeCanceled}|{ctx.ConnectionId}|{greeter.Greet(name)}|{clock.Now}";
            }

            [WebSocketEndpoint("/typed/{g}/{b}/{c}/{big}")]
            public static ValueTask Typed(Guid g, bool b, Color c, long big, WebSocketSession session)
            {
                Log = $"{g:N}|{b}|{c.Name}|{big}|{session.RouteValues["g"]}";
                return ValueTask.CompletedTask;
            }

            [WebSocketEndpoint("/void/{*rest}")]
            public static void Void(string rest, CancellationToken token) => Log = $"void|{rest}|{token.IsCancellationRequested}";

            [WebSocketEndpoint("/keyword/{class}")]
            public static void @event(string @class) => Log = "keyword|" + @class;

            [WebSocketEndpoint("/needs-service")]
            public static Task NeedsService(IGreeter greeter) => Task.CompletedTask;

            [WebSocketEndpoint("/throws")]
            public static async ValueTask Throws() { await Task.Yield(); throw new InvalidTimeZoneException("from the endpoint"); }
        }
        """;

    private readonly LoadedApp _app = GeneratorHarness.Run(Source).Load();

    public void Dispose() => _app.Dispose();

    private string? Log => (string?)_app.GetType("App.I").GetField("Log", BindingFlags.Public | BindingFlags.Static)!.GetValue(null);

    private object NewService(string typeName) => Activator.CreateInstance(_app.GetType(typeName))!;

    [Fact]
    public async Task Binds_session_route_values_token_open_request_and_services()
    {
        using var cts = new CancellationTokenSource();
        var session = TestSessions.Create(_app.RouteTable, "/all/7/caf%C3%A9/9000000000?x=1", new TestSessions.Services(NewService("App.Greeter"), NewService("App.Clock")), cts.Token);
        await session.Endpoint.Handler(session);
        Assert.Equal("conn-42|7|café|9000000000|True|conn-42|hello café|noon", Log);
    }

    [Fact]
    public async Task Absent_optional_route_value_binds_null()
    {
        var session = TestSessions.Create(_app.RouteTable, "/all/-3/bob", new TestSessions.Services(NewService("App.Greeter"), NewService("App.Clock")), CancellationToken.None);
        await session.Endpoint.Handler(session);
        Assert.Equal("conn-42|-3|bob|null|False|conn-42|hello bob|noon", Log);
    }

    [Fact]
    public async Task Parses_guid_bool_custom_TryParse_and_long_and_awaits_ValueTask()
    {
        var session = TestSessions.Create(_app.RouteTable, "/typed/6f9619ff-8b86-d011-b42d-00c04fc964ff/TRUE/red/-9223372036854775808", null, CancellationToken.None);
        await session.Endpoint.Handler(session);
        Assert.Equal("6f9619ff8b86d011b42d00c04fc964ff|True|RED|-9223372036854775808|6f9619ff-8b86-d011-b42d-00c04fc964ff", Log);
    }

    [Fact]
    public async Task Typed_values_with_escapes_are_decoded_before_parsing()
    {
        // int, long, guid and bool values are parsed from the path without their strings: escapes still count.
        var session = TestSessions.Create(_app.RouteTable, "/typed/6f9619ff-8b86-d011-b42d-00c04fc964f%66/tru%65/red/%2D5", null, CancellationToken.None);
        await session.Endpoint.Handler(session);
        Assert.Equal("6f9619ff8b86d011b42d00c04fc964ff|True|RED|-5|6f9619ff-8b86-d011-b42d-00c04fc964ff", Log);

        session = TestSessions.Create(_app.RouteTable, "/all/%2B7/x/%39", new TestSessions.Services(NewService("App.Greeter"), NewService("App.Clock")), CancellationToken.None);
        await session.Endpoint.Handler(session);
        Assert.StartsWith("conn-42|7|x|9|", Log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Void_endpoint_runs_synchronously_with_catch_all_and_token()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        var session = TestSessions.Create(_app.RouteTable, "/void/a/b%2Fc", null, cts.Token);
        var pending = session.Endpoint.Handler(session);
        Assert.True(pending.IsCompletedSuccessfully);
        Assert.Equal("void|a/b/c|True", Log);
    }

    [Fact]
    public async Task Calls_methods_and_binds_parameters_named_like_keywords()
    {
        var session = TestSessions.Create(_app.RouteTable, "/keyword/x", null, CancellationToken.None);
        await session.Endpoint.Handler(session);
        Assert.Equal("keyword|x", Log);
        Assert.Equal("class", Assert.Single(session.Endpoint.Parameters).Name);
    }

    [Fact]
    public async Task Missing_service_throws_naming_the_endpoint_and_the_type()
    {
        var withoutProvider = TestSessions.Create(_app.RouteTable, "/needs-service", null, CancellationToken.None);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () => await withoutProvider.Endpoint.Handler(withoutProvider));
        Assert.Contains("'I.NeedsService'", error.Message, StringComparison.Ordinal);
        Assert.Contains("App.IGreeter", error.Message, StringComparison.Ordinal);

        var withOtherServices = TestSessions.Create(_app.RouteTable, "/needs-service", new TestSessions.Services(NewService("App.Clock")), CancellationToken.None);
        error = await Assert.ThrowsAsync<InvalidOperationException>(async () => await withOtherServices.Endpoint.Handler(withOtherServices));
        Assert.Contains("does not have", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exceptions_of_the_endpoint_reach_the_caller()
    {
        var session = TestSessions.Create(_app.RouteTable, "/throws", null, CancellationToken.None);
        await Assert.ThrowsAsync<InvalidTimeZoneException>(async () => await session.Endpoint.Handler(session));
    }
}
