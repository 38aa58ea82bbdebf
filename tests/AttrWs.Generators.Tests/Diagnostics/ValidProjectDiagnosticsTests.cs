using static AttrWs.Generators.Tests.Diagnostics.AnalyzerHarness;

namespace AttrWs.Generators.Tests.Diagnostics;

/// <summary>A realistic project full of valid endpoints raises nothing: the analyzers have no false positives there.</summary>
public sealed class ValidProjectDiagnosticsTests
{
    private const string Chat = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using AttrWs;
        using AttrWs.Handshake;

        namespace Shop.Chat;

        [Authorize]
        public static class ChatEndpoints
        {
            [WebSocketEndpoint("/chat/{room}", SubProtocols = "chat.v2,chat.v1", Name = "chat")]
            public static async Task Join(WebSocketSession session, string room, CancellationToken aborted) => await Task.Delay(0, aborted);

            [WebSocketEndpoint("/chat/{room}", SubProtocols = "chat.v3")]
            public static ValueTask JoinV3(WebSocketSession session, string room) => ValueTask.CompletedTask;

            [WebSocketEndpoint("/chat/{room}/history/{page:int:min(1)?}")]
            public static Task History(WebSocketSession session, string room, int? page) => Task.CompletedTask;

            [AllowAnonymous]
            [WebSocketEndpoint("/chat/lobby")]
            public static void Lobby(WebSocketSession session) { }

            [Authorize("moderators")]
            [WebSocketEndpoint("/chat/{room}/moderate", Deflate = DeflateMode.Disabled)]
            internal static Task Moderate(WebSocketSession session, string room, WebSocketOpenRequestContext request) => Task.CompletedTask;
        }
        """;

    private const string Orders = """
        using System;
        using System.Threading.Tasks;
        using AttrWs;

        namespace Shop.Orders;

        internal static class OrderEndpoints
        {
            [WebSocketEndpoint("/orders/{id:int}")]
            public static Task ById(WebSocketSession session, int id) => Task.CompletedTask;

            [WebSocketEndpoint("/orders/{code:alpha}")]
            public static Task ByCode(WebSocketSession session, string code) => Task.CompletedTask;

            [WebSocketEndpoint("/orders/{key:guid}/live")]
            public static Task Live(WebSocketSession session, Guid key) => Task.CompletedTask;

            [WebSocketEndpoint("/orders/{id}/live")]
            public static Task LiveAny(WebSocketSession session, string id) => Task.CompletedTask;

            [WebSocketEndpoint("/orders/feed/{since:long}")]
            public static Task Feed(WebSocketSession session, long since) => Task.CompletedTask;

            [WebSocketEndpoint("/orders/recent/{count:range(1,100)}")]
            public static Task Recent(WebSocketSession session, int count) => Task.CompletedTask;

            [WebSocketEndpoint("/orders/flag/{on:bool}")]
            public static Task Flag(WebSocketSession session, bool on) => Task.CompletedTask;

            [WebSocketEndpoint("/files/{*path}")]
            public static Task Files(WebSocketSession session, string path) => Task.CompletedTask;

            [WebSocketEndpoint("/files/special/readme")]
            public static Task Readme(WebSocketSession session) => Task.CompletedTask;

            [WebSocketEndpoint("/")]
            public static Task Root(WebSocketSession session) => Task.CompletedTask;
        }
        """;

    [Fact]
    public async Task A_project_of_valid_endpoints_raises_no_diagnostics()
    {
        await VerifyCleanAsync(Chat, Orders, GeneratedMany(count: 200));
    }

    /// <summary>Many distinct endpoints, as a large application would have; also exercises the pairwise route checks.</summary>
    private static string GeneratedMany(int count)
    {
        var builder = new System.Text.StringBuilder("""
            using System.Threading.Tasks;
            using AttrWs;

            namespace Shop.Many;

            public static class ManyEndpoints
            {

            """);
        for (var i = 0; i < count; i++)
        {
            var template = (i % 4) switch
            {
                0 => $"/area{i}/items",
                1 => $"/area{i}/items/{{id:int}}",
                2 => $"/area{i}/{{name}}/detail",
                _ => $"/area{i}/{{*rest}}",
            };
            var parameter = (i % 4) switch
            {
                0 => string.Empty,
                1 => ", int id",
                2 => ", string name",
                _ => ", string rest",
            };
            builder.Append($$"""
                    [WebSocketEndpoint("{{template}}", SubProtocols = "p{{i}}")]
                    public static Task Endpoint{{i}}(WebSocketSession session{{parameter}}) => Task.CompletedTask;

                """);
        }

        return builder.Append('}').ToString();
    }
}
