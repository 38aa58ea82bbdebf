using Microsoft.CodeAnalysis;
using static AttrWs.Generators.Tests.Diagnostics.AnalyzerHarness;

namespace AttrWs.Generators.Tests.Diagnostics;

/// <summary>ATTRWS004 (subprotocol entry empty or not a token) and ATTRWS005 (subprotocol listed twice).</summary>
public sealed class SubProtocolDiagnosticsTests
{
    private static string WithSubProtocols(string subProtocolsMarkup) => InEndpointsClass($$"""
            [WebSocketEndpoint("/chat", SubProtocols = {{subProtocolsMarkup}})]
            public static Task Run(WebSocketSession session) => Task.CompletedTask;
        """);

    [Theory]
    [InlineData("\"chat.v1,[|chat v2|]\"")]
    [InlineData("\"[|chat/v1|]\"")]
    [InlineData("\"chat.v1,[||],chat.v2\"")]
    [InlineData("[|\"\"|]")]
    public async Task Reports_a_subprotocol_that_is_empty_or_not_a_token(string markup)
    {
        await VerifyAsync(WithSubProtocols(markup), "ATTRWS004", DiagnosticSeverity.Error, "token");
    }

    [Fact]
    public async Task Reports_a_subprotocol_with_a_non_ascii_character()
    {
        await VerifyAsync(WithSubProtocols("\"chat.v1,[|chät|]\""), "ATTRWS004", DiagnosticSeverity.Error, "token");
    }

    [Theory]
    [InlineData("\"chat.v1,[|chat.v1|]\"")]
    [InlineData("\"a, b, [|a|]\"")]
    public async Task Warns_on_a_subprotocol_listed_twice(string markup)
    {
        await VerifyAsync(WithSubProtocols(markup), "ATTRWS005", DiagnosticSeverity.Warning, "remove");
    }

    [Theory]
    [InlineData("\"chat.v2,chat.v1\"")]
    [InlineData("\"graphql-transport-ws\"")]
    [InlineData("\"a, b\"")]
    [InlineData("\"v1,V1\"")]
    public async Task Accepts_distinct_token_subprotocols(string subProtocols)
    {
        await VerifyCleanAsync(WithSubProtocols(subProtocols));
    }
}
