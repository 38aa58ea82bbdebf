using Microsoft.CodeAnalysis;
using static AttrWs.Generators.Tests.Diagnostics.AnalyzerHarness;

namespace AttrWs.Generators.Tests.Diagnostics;

/// <summary>ATTRWS007 (parameter cannot be bound) and ATTRWS008 (route parameter without a method parameter).</summary>
public sealed class ParameterBindingDiagnosticsTests
{
    [Theory]
    [InlineData("int [|count|]")]
    [InlineData("string [|name|]")]
    [InlineData("System.Guid [|id|]")]
    [InlineData("object [|state|]")]
    public async Task Reports_a_parameter_that_is_no_route_value_nor_bindable_type(string parameterMarkup)
    {
        var source = InEndpointsClass($$"""
                [WebSocketEndpoint("/chat/{room}")]
                public static Task Run(WebSocketSession session, string room, {{parameterMarkup}}) => Task.CompletedTask;
            """);

        await VerifyAsync(source, "ATTRWS007", DiagnosticSeverity.Error, "route");
    }

    [Fact]
    public async Task Accepts_every_bindable_parameter_kind()
    {
        var source = InEndpointsClass("""
                [WebSocketEndpoint("/chat/{room}/{id:int}")]
                public static Task Run(
                    WebSocketSession session,
                    string room,
                    int ID,
                    CancellationToken aborted,
                    WebSocketOpenRequestContext request,
                    System.IServiceProvider services) => Task.CompletedTask;
            """);

        await VerifyCleanAsync(source);
    }

    [Theory]
    [InlineData("\"/chat/[|{room}|]\"", "room")]
    [InlineData("\"/chat/{room}/[|{id:int}|]\"", "id")]
    [InlineData("\"/files/[|{*path}|]\"", "path")]
    public async Task Warns_on_a_route_parameter_without_a_method_parameter(string templateMarkup, string name)
    {
        var bound = name == "id" ? ", string room" : string.Empty;
        var source = InEndpointsClass($$"""
                [WebSocketEndpoint({{templateMarkup}})]
                public static Task Run(WebSocketSession session{{bound}}) => Task.CompletedTask;
            """);

        await VerifyAsync(source, "ATTRWS008", DiagnosticSeverity.Warning, name, "RouteValues");
    }
}
