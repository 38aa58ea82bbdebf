using Microsoft.CodeAnalysis;
using static AttrWs.Generators.Tests.Diagnostics.AnalyzerHarness;

namespace AttrWs.Generators.Tests.Diagnostics;

/// <summary>ATTRWS006 (unsupported method shape), ATTRWS010 (not accessible) and ATTRWS012 (async void).</summary>
public sealed class MethodShapeDiagnosticsTests
{
    [Theory]
    [InlineData("public static Task [|Run|]<T>(WebSocketSession session) => Task.CompletedTask;", "generic")]
    [InlineData("public static int [|Run|](WebSocketSession session) => 0;", "Task")]
    [InlineData("public static Task<int> [|Run|](WebSocketSession session) => Task.FromResult(0);", "Task")]
    public async Task Reports_unsupported_method_shapes_on_the_method_name(string method, string fix)
    {
        var source = InEndpointsClass($$"""
                [WebSocketEndpoint("/run")]
                {{method}}
            """);

        await VerifyAsync(source, "ATTRWS006", DiagnosticSeverity.Error, fix);
    }

    [Theory]
    [InlineData("ref int [|count|]")]
    [InlineData("out int [|count|]")]
    [InlineData("in int [|count|]")]
    public async Task Reports_by_reference_parameters_on_the_parameter(string parameter)
    {
        var body = parameter.StartsWith("out", StringComparison.Ordinal) ? "{ count = 0; return Task.CompletedTask; }" : "=> Task.CompletedTask;";
        // {count} is a route value, so the by-reference passing is the only problem.
        var source = InEndpointsClass($$"""
                [WebSocketEndpoint("/run/{count}")]
                public static Task Run(WebSocketSession session, {{parameter}}) {{body}}
            """);

        await VerifyAsync(source, "ATTRWS006", DiagnosticSeverity.Error, "ref");
    }

    [Theory]
    [InlineData("ref int [|count|]")]
    [InlineData("out string [|name|]")]
    [InlineData("in System.DateTime [|when|]")]
    [InlineData("ref WebSocketSession [|other|]")]
    [InlineData("ref int [|id|]")]
    public async Task Reports_a_by_reference_parameter_once_even_when_it_could_not_be_bound(string parameter)
    {
        // One mistake, one diagnostic: ATTRWS006 only, no ATTRWS007 for the same parameter, and {id} counts as used (no ATTRWS008).
        var name = parameter[(parameter.IndexOf("[|", StringComparison.Ordinal) + 2)..parameter.IndexOf("|]", StringComparison.Ordinal)];
        var body = parameter.StartsWith("out", StringComparison.Ordinal) ? "{ " + name + " = default!; return Task.CompletedTask; }" : "=> Task.CompletedTask;";
        var source = InEndpointsClass($$"""
                [WebSocketEndpoint("/run/{id}")]
                public static Task Run(WebSocketSession session, {{(name == "id" ? string.Empty : "string id, ")}}{{parameter}}) {{body}}
            """);

        await VerifyAsync(source, "ATTRWS006", DiagnosticSeverity.Error, "'" + name + "'", "by reference");
    }

    [Fact]
    public async Task Reports_an_endpoint_in_a_generic_type()
    {
        var source = """
            using System.Threading.Tasks;
            using AttrWs;
            namespace App;
            public static class Endpoints<T>
            {
                [WebSocketEndpoint("/run")]
                public static Task [|Run|](WebSocketSession session) => Task.CompletedTask;
            }
            """;

        await VerifyAsync(source, "ATTRWS006", DiagnosticSeverity.Error, "generic");
    }

    [Fact]
    public async Task Reports_an_instance_method_of_a_struct_as_an_endpoint_class_that_cannot_be_instantiated()
    {
        var source = """
            using System.Threading.Tasks;
            using AttrWs;
            namespace App;
            public struct [|Endpoints|]
            {
                [WebSocketEndpoint("/run")]
                public Task Run(WebSocketSession session) => Task.CompletedTask;
            }
            """;

        // Instance methods are endpoints of classes now (ATTRWS015 covers the types that cannot be one).
        await VerifyAsync(source, "ATTRWS015", DiagnosticSeverity.Error, "App.Endpoints", "struct");
    }

    [Theory]
    [InlineData("public static Task Run(WebSocketSession session) => Task.CompletedTask;")]
    [InlineData("public static ValueTask Run(WebSocketSession session) => ValueTask.CompletedTask;")]
    [InlineData("public static void Run(WebSocketSession session) { }")]
    [InlineData("internal static async Task Run(WebSocketSession session, CancellationToken aborted) => await Task.Delay(1, aborted);")]
    public async Task Accepts_supported_method_shapes(string method)
    {
        var source = InEndpointsClass($$"""
                [WebSocketEndpoint("/run")]
                {{method}}
            """);

        await VerifyCleanAsync(source);
    }

    [Theory]
    [InlineData("private")]
    [InlineData("protected")]
    [InlineData("private protected")]
    public async Task Reports_a_method_generated_code_cannot_call(string modifier)
    {
        var source = $$"""
            using System.Threading.Tasks;
            using AttrWs;
            namespace App;
            public class Endpoints
            {
                [WebSocketEndpoint("/run")]
                {{modifier}} static Task [|Run|](WebSocketSession session) => Task.CompletedTask;
            }
            """;

        await VerifyAsync(source, "ATTRWS010", DiagnosticSeverity.Error, "internal");
    }

    [Fact]
    public async Task Reports_a_public_method_inside_a_private_nested_type()
    {
        var source = """
            using System.Threading.Tasks;
            using AttrWs;
            namespace App;
            public static class Outer
            {
                private static class Hidden
                {
                    [WebSocketEndpoint("/run")]
                    public static Task [|Run|](WebSocketSession session) => Task.CompletedTask;
                }
            }
            """;

        await VerifyAsync(source, "ATTRWS010", DiagnosticSeverity.Error, "internal");
    }

    [Fact]
    public async Task Warns_on_async_void()
    {
        var source = InEndpointsClass("""
                [WebSocketEndpoint("/run")]
                public static async void [|Run|](WebSocketSession session) => await Task.Yield();
            """);

        await VerifyAsync(source, "ATTRWS012", DiagnosticSeverity.Warning, "Task");
    }
}
