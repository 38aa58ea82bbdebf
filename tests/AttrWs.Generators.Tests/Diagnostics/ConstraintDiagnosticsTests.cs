using Microsoft.CodeAnalysis;
using static AttrWs.Generators.Tests.Diagnostics.AnalyzerHarness;

namespace AttrWs.Generators.Tests.Diagnostics;

/// <summary>ATTRWS002 (unknown constraint or bad argument) and ATTRWS009 (parameter type vs constraint).</summary>
public sealed class ConstraintDiagnosticsTests
{
    [Theory]
    [InlineData("\"/a/{id:[|integer|]}\"", "use one of")]
    [InlineData("\"/a/{id:int:[|positive|]}\"", "use one of")]
    [InlineData("\"/a/{id:[|min(x)|]}\"", "decimal number")]
    [InlineData("\"/a/{id:[|min|]}\"", "min(n)")]
    [InlineData("\"/a/{id:[|range(10,1)|]}\"", "swap")]
    [InlineData("\"/a/{id:[|range(1)|]}\"", "range(min,max)")]
    [InlineData("\"/a/{id:[|int(3)|]}\"", "takes no arguments")]
    [InlineData("\"/a/{id:[|length(5,2)|]}\"", "min <= max")]
    [InlineData("\"/a/{id:[|length(3|]}\"", "')'")]
    [InlineData("\"/files/[|{*path:int}|]\"", "remove")]
    public async Task Reports_unknown_constraint_or_bad_argument(string templateMarkup, string fix)
    {
        var source = InEndpointsClass($$"""
                [WebSocketEndpoint({{templateMarkup}})]
                public static Task Run(WebSocketSession session) => Task.CompletedTask;
            """);

        await VerifyAsync(source, "ATTRWS002", DiagnosticSeverity.Error, fix);
    }

    [Theory]
    [InlineData("/a/{id:int}", "int id")]
    [InlineData("/a/{id:INT}", "int id")]
    [InlineData("/a/{id:long}", "long id")]
    [InlineData("/a/{id:min(1):max(9)}", "int id")]
    [InlineData("/a/{id:range(-5,5)}", "short id")]
    [InlineData("/a/{id:length(2,8)}", "string id")]
    [InlineData("/a/{id:alpha}", "string id")]
    [InlineData("/a/{id:guid}", "System.Guid id")]
    [InlineData("/a/{id:bool}", "bool id")]
    [InlineData("/a/{id:int?}", "int? id")]
    [InlineData("/a/{when}", "System.DateTimeOffset when")]
    public async Task Accepts_known_constraints_and_matching_types(string template, string parameter)
    {
        var source = InEndpointsClass($$"""
                [WebSocketEndpoint("{{template}}")]
                public static Task Run(WebSocketSession session, {{parameter}}) => Task.CompletedTask;
            """);

        await VerifyCleanAsync(source);
    }

    [Theory]
    [InlineData("/a/{id:long}", "int [|id|]", "long")]
    [InlineData("/a/{id:max(-3000000000)}", "int [|id|]", "long")]
    [InlineData("/a/{id:int}", "System.Guid [|id|]", "int")]
    [InlineData("/a/{id:guid}", "int [|id|]", "Guid")]
    [InlineData("/a/{id:int}", "bool [|id|]", "int")]
    [InlineData("/a/{id:int?}", "int [|id|]", "int?")]
    [InlineData("/a/{*id}", "int [|id|]", "string")]
    [InlineData("/a/{id}", "System.IO.Stream [|id|]", "TryParse")]
    public async Task Reports_a_route_parameter_whose_type_cannot_hold_its_values(string template, string parameterMarkup, string keyword)
    {
        var source = InEndpointsClass($$"""
                [WebSocketEndpoint("{{template}}")]
                public static Task Run(WebSocketSession session, {{parameterMarkup}}) => Task.CompletedTask;
            """);

        await VerifyAsync(source, "ATTRWS009", DiagnosticSeverity.Error, keyword);
    }
}
