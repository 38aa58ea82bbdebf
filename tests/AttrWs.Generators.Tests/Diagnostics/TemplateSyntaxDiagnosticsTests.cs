using Microsoft.CodeAnalysis;
using static AttrWs.Generators.Tests.Diagnostics.AnalyzerHarness;

namespace AttrWs.Generators.Tests.Diagnostics;

/// <summary>ATTRWS001: the route template's syntax; reported inside the string literal, on the offending characters.</summary>
public sealed class TemplateSyntaxDiagnosticsTests
{
    private const string Id = "ATTRWS001";

    [Theory]
    [InlineData("\"[|c|]hat\"", "start with '/'")]
    [InlineData("\"/chat/[|{room|]\"", "'}'")]
    [InlineData("\"/chat/[|{room|]/messages\"", "'}'")]
    [InlineData("\"/chat/room[|}|]\"", "'{'")]
    [InlineData("\"/chat[|//|]room\"", "remove the extra '/'")]
    [InlineData("\"/chat/{[|1|]room}\"", "letter")]
    [InlineData("\"/chat/{ro[|-|]om}\"", "letter")]
    [InlineData("\"/a/[|{}|]\"", "name")]
    [InlineData("\"/chat/[|{room?}|]/messages\"", "last segment")]
    [InlineData("\"/files/[|{*path}|]/meta\"", "last segment")]
    [InlineData("\"/a/{id}/b/[|{ID}|]\"", "rename")]
    [InlineData("\"/files/[|file.{ext}|]\"", "split")]
    [InlineData("\"/a/[|{*rest?}|]\"", "cannot be optional")]
    [InlineData("\"/a/b[| |]c\"", "letters, digits")]
    public async Task Reports_invalid_template_syntax_on_the_offending_characters(string templateMarkup, string fix)
    {
        var source = InEndpointsClass($$"""
                [WebSocketEndpoint({{templateMarkup}})]
                public static Task Run(WebSocketSession session) => Task.CompletedTask;
            """);

        await VerifyAsync(source, Id, DiagnosticSeverity.Error, fix);
    }

    [Fact]
    public async Task Reports_an_empty_template_inside_the_empty_literal()
    {
        var source = InEndpointsClass("""
                [WebSocketEndpoint("[||]")]
                public static Task Run(WebSocketSession session) => Task.CompletedTask;
            """);

        await VerifyAsync(source, Id, DiagnosticSeverity.Error, "empty", "'/'");
    }

    [Fact]
    public async Task Reports_a_template_from_a_constant_on_the_argument_expression()
    {
        var source = InEndpointsClass("""
                private const string Chat = "chat";

                [WebSocketEndpoint([|Chat|])]
                public static Task Run(WebSocketSession session) => Task.CompletedTask;
            """);

        await VerifyAsync(source, Id, DiagnosticSeverity.Error, "start with '/'");
    }

    [Fact]
    public async Task Reports_a_template_with_escape_sequences_on_the_whole_literal()
    {
        // The literal's text and its value differ, so offsets inside the value cannot be mapped onto the source.
        var source = InEndpointsClass("""
                [WebSocketEndpoint([|"\u0063hat"|])]
                public static Task Run(WebSocketSession session) => Task.CompletedTask;
            """);

        await VerifyAsync(source, Id, DiagnosticSeverity.Error, "start with '/'");
    }

    [Fact]
    public async Task Reports_a_verbatim_literal_on_the_whole_literal()
    {
        var source = InEndpointsClass("""
                [WebSocketEndpoint([|@"/chat/{room"|])]
                public static Task Run(WebSocketSession session) => Task.CompletedTask;
            """);

        await VerifyAsync(source, Id, DiagnosticSeverity.Error, "'}'");
    }

    [Theory]
    [InlineData("/", "")]
    [InlineData("/chat", "")]
    [InlineData("/chat/", "")]
    [InlineData("/Chat/{room}", ", string room")]
    [InlineData("/chat/{room?}", ", string? room")]
    [InlineData("/files/{*path}", ", string path")]
    [InlineData("/a-b/c.d/e_f/~g/{_x1}", ", string _x1")]
    public async Task Accepts_valid_templates(string template, string routeParameters)
    {
        var source = InEndpointsClass($$"""
                [WebSocketEndpoint("{{template}}")]
                public static Task Run(WebSocketSession session{{routeParameters}}) => Task.CompletedTask;
            """);

        await VerifyCleanAsync(source);
    }
}
