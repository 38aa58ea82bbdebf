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
    [InlineData("\"chat.v1,chat v2\"", "chat v2")]
    [InlineData("\"chat/v1\"", "chat/v1")]
    [InlineData("\"chat.v1,,chat.v2\"", "\"\"")]
    [InlineData("\"chat.v1, \"", "\"\"")]
    [InlineData("\"chat.v1,chät\"", "chät")]
    public async Task Reports_a_subprotocol_that_is_empty_or_not_a_token_on_the_argument(string subProtocols, string entry)
    {
        var diagnostics = await VerifyAsync(WithSubProtocols("[|" + subProtocols + "|]"), "ATTRWS004", DiagnosticSeverity.Error, "token", "letters, digits");

        Assert.Contains("\"" + entry.Trim('"') + "\"", diagnostics[0].GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"chat.v1,chat.v1\"", "chat.v1")]
    [InlineData("\"a, b, a\"", "a")]
    public async Task Warns_on_a_subprotocol_listed_twice_on_the_argument(string subProtocols, string entry)
    {
        var diagnostics = await VerifyAsync(WithSubProtocols("[|" + subProtocols + "|]"), "ATTRWS005", DiagnosticSeverity.Warning, "remove the duplicate");

        Assert.Contains("\"" + entry + "\"", diagnostics[0].GetMessage(), StringComparison.Ordinal);
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
