using AttrWs.Generators.Tests.Infrastructure;
using AttrWs.Routing;

namespace AttrWs.Generators.Tests.Emitting;

/// <summary>The endpoint map: one <see cref="WebSocketEndpoint"/> per attribute, with every descriptive field.</summary>
public sealed class EndpointMapTests
{
    private const string First = """
        using System.Threading;
        using System.Threading.Tasks;
        using AttrWs;

        namespace App.Chat;

        public interface IRooms { }

        [Authorize("members", Roles = "admin, ops", Schemes = "Bearer")]
        public static class ChatEndpoints
        {
            [WebSocketEndpoint("/chat/{room:length(1,20)}/{page:int?}", SubProtocols = " chat.v2 ,chat.v1", AllowMissingSubProtocol = true, Deflate = DeflateMode.Disabled, Name = "chat")]
            [Authorize(Roles = "mod")]
            public static Task Chat(WebSocketSession session, string room, int? page, CancellationToken ct, WebSocketOpenRequestContext context, IRooms rooms) => Task.CompletedTask;

            [WebSocketEndpoint("/public")]
            [AllowAnonymous]
            public static void Public() { }

            public static class Nested
            {
                [WebSocketEndpoint("/nested", Deflate = DeflateMode.Enabled)]
                internal static ValueTask Inner() => default;
            }
        }
        """;

    private const string Second = """
        using AttrWs;

        namespace App;

        public static class Plain
        {
            [WebSocketEndpoint("/a")] public static void A() { }
        }
        """;

    [Fact]
    public void Describes_every_endpoint_in_declaration_order()
    {
        using var app = GeneratorHarness.Run(Second, First).Load();
        var map = app.EndpointMap;
        // File path first (File0 is Second), then position in the file.
        Assert.Equal(["Plain.A", "chat", "ChatEndpoints.Public", "ChatEndpoints.Nested.Inner"], map.Select(e => e.Name));
        Assert.Same(map, app.RouteTable.Endpoints);
    }

    [Fact]
    public void Carries_template_negotiation_settings_and_source()
    {
        using var app = GeneratorHarness.Run(First).Load();
        var chat = app.EndpointMap[0];
        Assert.Equal("chat", chat.Name);
        Assert.Equal("/chat/{room:length(1,20)}/{page:int?}", chat.Template);
        Assert.Equal(["chat.v2", "chat.v1"], chat.SubProtocols);
        Assert.True(chat.AllowMissingSubProtocol);
        Assert.Equal(DeflateMode.Disabled, chat.Deflate);
        Assert.Equal("App.Chat.ChatEndpoints", chat.DeclaringType);
        Assert.Equal("Chat", chat.MethodName);
        Assert.Equal("/src/File0.cs", chat.SourceFile);
        Assert.Equal(12, chat.SourceLine);

        var nested = app.EndpointMap[2];
        Assert.Equal("ChatEndpoints.Nested.Inner", nested.Name);
        Assert.Equal("App.Chat.ChatEndpoints.Nested", nested.DeclaringType);
        Assert.Equal(DeflateMode.Enabled, nested.Deflate);
        Assert.Empty(nested.SubProtocols);
        Assert.False(nested.AllowMissingSubProtocol);
    }

    [Fact]
    public void Combines_class_and_method_authorization()
    {
        using var app = GeneratorHarness.Run(First).Load();
        var chat = app.EndpointMap[0].Authorization;
        Assert.False(chat.AllowAnonymous);
        Assert.True(chat.RequiresAuthentication);
        Assert.Equal(2, chat.Requirements.Count);
        Assert.Equal("members", chat.Requirements[0].Policy);
        Assert.Equal(["admin", "ops"], chat.Requirements[0].Roles);
        Assert.Equal(["Bearer"], chat.Requirements[0].Schemes);
        Assert.Null(chat.Requirements[1].Policy);
        Assert.Equal(["mod"], chat.Requirements[1].Roles);
        Assert.Empty(chat.Requirements[1].Schemes);

        var open = app.EndpointMap[1].Authorization;
        Assert.True(open.AllowAnonymous);
        Assert.False(open.RequiresAuthentication);
        Assert.Single(open.Requirements);
    }

    [Fact]
    public void Describes_every_parameter_binding()
    {
        using var app = GeneratorHarness.Run(First).Load();
        var parameters = app.EndpointMap[0].Parameters;
        Assert.Equal(
            [
                new EndpointParameter("session", "AttrWs.WebSocketSession", EndpointParameterSource.Session, [], false),
                new EndpointParameter("room", "string", EndpointParameterSource.Route, ["length(1,20)"], false),
                new EndpointParameter("page", "int?", EndpointParameterSource.Route, ["int"], true),
                new EndpointParameter("ct", "System.Threading.CancellationToken", EndpointParameterSource.CancellationToken, [], false),
                new EndpointParameter("context", "AttrWs.WebSocketOpenRequestContext", EndpointParameterSource.OpenRequestContext, [], false),
                new EndpointParameter("rooms", "App.Chat.IRooms", EndpointParameterSource.Service, [], false),
            ],
            parameters.Select(p => p with { Constraints = p.Constraints.ToArray() }).ToArray(),
            new EndpointParameterComparer());
    }

    [Fact]
    public void Invalid_endpoints_are_skipped_and_the_rest_still_compiles()
    {
        using var app = GeneratorHarness.Run("""
            using AttrWs;
            namespace App;
            public static class Mixed
            {
                [WebSocketEndpoint("no-slash")] public static void BadTemplate() { }
                [WebSocketEndpoint("/x/{id:bogus}")] public static void BadConstraint(string id) { }
                [WebSocketEndpoint("/generic")] public static void Generic<T>() { }
                [WebSocketEndpoint("/unbindable")] public static void Unbindable(int notInTemplate) { }
                [WebSocketEndpoint("/private")] private static void Private() { }
                [WebSocketEndpoint("/instance")] public static int Returns() => 0;
                [WebSocketEndpoint("/ok/{unused}")] public static void Ok() { }
            }
            """).Load();
        Assert.Equal(["Mixed.Ok"], app.EndpointMap.Select(e => e.Name));
        Assert.True(app.RouteTable.TryMatch("/ok/1", out var match));
        Assert.Equal("1", match.Values["unused"]);
        Assert.False(app.RouteTable.TryMatch("/generic", out _));
    }

    [Fact]
    public void MapGeneratedEndpoints_adds_the_table_to_the_builder()
    {
        var run = GeneratorHarness.Run(Second, """
            using AttrWs;
            using AttrWs.Routing;
            namespace App;
            public static class Startup
            {
                public static IWebSocketEndpointRouteBuilder Configure(IWebSocketEndpointRouteBuilder builder) => builder.MapGeneratedEndpoints();
            }
            """);
        using var app = run.Load();
        var builder = new RecordingBuilder();
        var returned = app.GetType("App.Startup").GetMethod("Configure")!.Invoke(null, [builder]);
        Assert.Same(builder, returned);
        Assert.Same(app.RouteTable, Assert.Single(builder.Tables));
    }

    [Fact]
    public void A_project_without_endpoints_gets_an_empty_table()
    {
        using var app = GeneratorHarness.Run("namespace App; public static class Nothing { }").Load();
        Assert.Empty(app.EndpointMap);
        Assert.False(app.RouteTable.TryMatch("/", out _));
    }

    [Fact]
    public void Output_is_deterministic()
    {
        var once = GeneratorHarness.Run(First, Second).GeneratedSource;
        var again = GeneratorHarness.Run(First, Second).GeneratedSource;
        Assert.Equal(once, again);
        Assert.StartsWith("// <auto-generated/>\n#nullable enable\n", once, StringComparison.Ordinal);
    }

    [Fact]
    public void Generated_code_uses_no_reflection()
    {
        var source = GeneratorHarness.Run(First, Second).GeneratedSource;
        foreach (var banned in new[] { "System.Reflection", "GetType(", "Activator", "MakeGenericType", "Expression.", "dynamic" })
        {
            Assert.DoesNotContain(banned, source, StringComparison.Ordinal);
        }

        Assert.Contains("switch (count)", source, StringComparison.Ordinal);
    }

    private sealed class RecordingBuilder : IWebSocketEndpointRouteBuilder
    {
        public List<IWebSocketRouteTable> Tables { get; } = [];

        public IServiceProvider? Services => null;

        public void AddRouteTable(IWebSocketRouteTable table) => Tables.Add(table);
    }

    private sealed class EndpointParameterComparer : IEqualityComparer<EndpointParameter>
    {
        public bool Equals(EndpointParameter? x, EndpointParameter? y) =>
            x is not null && y is not null && x.Name == y.Name && x.TypeName == y.TypeName && x.Source == y.Source
            && x.Constraints.SequenceEqual(y.Constraints) && x.IsOptional == y.IsOptional;

        public int GetHashCode(EndpointParameter obj) => obj.Name.GetHashCode(StringComparison.Ordinal);
    }
}
