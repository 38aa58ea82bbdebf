using Microsoft.CodeAnalysis;
using static AttrWs.Generators.Tests.Diagnostics.AnalyzerHarness;

namespace AttrWs.Generators.Tests.Diagnostics;

/// <summary>
/// Endpoint classes: ATTRWS015 (class cannot be instantiated), ATTRWS016 (no constructor to call), ATTRWS017 (constructor
/// parameter that can never be a service), ATTRWS018 (invalid route prefix), ATTRWS019 (prefix and template do not combine).
/// </summary>
public sealed class ClassEndpointDiagnosticsTests
{
    private const string Usings = """
        using System;
        using System.Threading.Tasks;
        using AttrWs;
        using Microsoft.Extensions.DependencyInjection;
        namespace App;
        public interface IClock { }
        """;

    [Theory]
    [InlineData("public abstract class [|Rooms|]", "abstract")]
    [InlineData("public sealed class [|Rooms|]<T>", "generic")]
    public async Task ATTRWS015_reports_an_abstract_or_generic_class_once_at_its_name(string declaration, string keyword)
    {
        var source = Usings + "\n" + declaration + """

            {
                [WebSocketEndpoint("/a")]
                public Task A(WebSocketSession session) => Task.CompletedTask;
                [WebSocketEndpoint("/b")]
                public Task B(WebSocketSession session) => Task.CompletedTask;
            }
            """;

        await VerifyAsync(source, "ATTRWS015", DiagnosticSeverity.Error, "App.Rooms", keyword);
    }

    [Fact]
    public async Task ATTRWS015_reports_a_class_nested_in_a_generic_type()
    {
        var source = Usings + """

            public sealed class Outer<T>
            {
                public sealed class [|Rooms|]
                {
                    [WebSocketEndpoint("/a")]
                    public Task A(WebSocketSession session) => Task.CompletedTask;
                }
            }
            """;

        await VerifyAsync(source, "ATTRWS015", DiagnosticSeverity.Error, "'Outer' is generic");
    }

    [Theory]
    [InlineData("public sealed class Rooms(IClock clock)")]
    [InlineData("public sealed class Rooms")]
    [InlineData("internal sealed record Rooms(IClock Clock)")]
    [InlineData("public class Rooms { public Rooms(IClock clock) { } }\npublic sealed class Derived : Rooms { public Derived(IClock clock) : base(clock) { } }\npublic sealed class Other")]
    public async Task Accepts_concrete_classes_with_one_constructor(string declaration)
    {
        var source = Usings + "\n" + declaration + """

            {
                [WebSocketEndpoint("/a")]
                public Task A(WebSocketSession session, IClock clock) => Task.CompletedTask;
            }
            """;

        await VerifyCleanAsync(source);
    }

    [Fact]
    public async Task ATTRWS016_reports_several_constructors_none_marked_at_the_class_name_once()
    {
        var source = Usings + """

            public sealed class [|Rooms|]
            {
                public Rooms() { }
                public Rooms(IClock clock) { }
                [WebSocketEndpoint("/a")]
                public Task A(WebSocketSession session) => Task.CompletedTask;
                [WebSocketEndpoint("/b")]
                public Task B(WebSocketSession session) => Task.CompletedTask;
            }
            """;

        await VerifyAsync(source, "ATTRWS016", DiagnosticSeverity.Error, "App.Rooms", "2 public or internal constructors", "[ActivatorUtilitiesConstructor]");
    }

    [Theory]
    [InlineData("private Rooms() { }", "no public or internal constructor")]
    [InlineData("[ActivatorUtilitiesConstructor] public Rooms() { } [ActivatorUtilitiesConstructor] public Rooms(IClock clock) { }", "more than one")]
    [InlineData("public required string Name { get; init; }", "required member 'Name'")]
    public async Task ATTRWS016_reports_classes_without_a_callable_constructor(string members, string keyword)
    {
        var source = Usings + $$"""

            public sealed class [|Rooms|]
            {
                {{members}}
                [WebSocketEndpoint("/a")]
                public Task A(WebSocketSession session) => Task.CompletedTask;
            }
            """;

        await VerifyAsync(source, "ATTRWS016", DiagnosticSeverity.Error, keyword);
    }

    [Fact]
    public async Task ATTRWS016_accepts_the_constructor_marked_ActivatorUtilitiesConstructor()
    {
        var source = Usings + """

            public sealed class Rooms
            {
                public Rooms() { }
                [ActivatorUtilitiesConstructor]
                public Rooms(IClock clock) { }
                [WebSocketEndpoint("/a")]
                public Task A(WebSocketSession session) => Task.CompletedTask;
            }
            """;

        await VerifyCleanAsync(source);
    }

    [Theory]
    [InlineData("ref IClock [|clock|]", "by reference")]
    [InlineData("in int [|count|]", "by reference")]
    [InlineData("Span<byte> [|buffer|]", "ref struct")]
    [InlineData("int* [|pointer|]", "pointer")]
    [InlineData("delegate*<void> [|callback|]", "function pointer")]
    public async Task ATTRWS017_reports_a_constructor_parameter_that_can_never_be_a_service_at_the_parameter(string parameter, string keyword)
    {
        var source = Usings + $$"""

            public sealed unsafe class Rooms
            {
                public Rooms({{parameter}}) { }
                [WebSocketEndpoint("/a")]
                public Task A(WebSocketSession session) => Task.CompletedTask;
            }
            """;

        await VerifyAsync(source, "ATTRWS017", DiagnosticSeverity.Error, "App.Rooms", keyword);
    }

    [Theory]
    [InlineData("int count", "IClock? clock", "string name = \"x\"")]
    public async Task ATTRWS017_accepts_ordinary_types_even_unusual_services(string a, string b, string c)
    {
        var source = Usings + $$"""

            public sealed class Rooms
            {
                public Rooms({{a}}, {{b}}, {{c}}) { }
                [WebSocketEndpoint("/a")]
                public Task A(WebSocketSession session) => Task.CompletedTask;
            }
            """;

        await VerifyCleanAsync(source);
    }

    [Theory]
    [InlineData("\"/rooms/[|{id|]\"", "Unclosed")]
    [InlineData("\"/rooms/{id:[|nope|]}\"", "nope")]
    public async Task ATTRWS018_reports_an_invalid_prefix_inside_its_literal_once(string prefix, string keyword)
    {
        var source = Usings + $$"""

            [WebSocketRoute({{prefix}})]
            public sealed class Rooms
            {
                [WebSocketEndpoint("a")]
                public Task A(WebSocketSession session) => Task.CompletedTask;
                [WebSocketEndpoint("b")]
                public Task B(WebSocketSession session) => Task.CompletedTask;
            }
            """;

        await VerifyAsync(source, "ATTRWS018", DiagnosticSeverity.Error, keyword);
    }

    [Theory]
    [InlineData("\"/rooms/{*rest}\"", "[|\"more\"|]", "catch-all")]
    [InlineData("\"/rooms/{id}\"", "[|\"{id}\"|]", "id")]
    [InlineData("\"/rooms\"", "\"[|/|]lobby\"", "leading '/'")]
    public async Task ATTRWS019_reports_a_prefix_and_template_that_do_not_combine_at_the_method_template(string prefix, string template, string keyword)
    {
        var source = Usings + $$"""

            [WebSocketRoute({{prefix}})]
            public sealed class Rooms
            {
                [WebSocketEndpoint({{template}})]
                public Task A(WebSocketSession session) => Task.CompletedTask;
            }
            """;

        var diagnostics = await AnalyzeAsync(ParseMarkup(source).Source);
        Assert.DoesNotContain(diagnostics, d => d.Id == "ATTRWS018");
        await VerifyAsync(source.Replace("{*rest}", "{*rest}", StringComparison.Ordinal), "ATTRWS019", DiagnosticSeverity.Error, keyword);
    }

    [Theory]
    [InlineData("\"/rooms\"", "\"{room}\"", "string room")]
    [InlineData("\"rooms/\"", "\"{room}\"", "string room")]
    [InlineData("\"/tenants/{tenant}\"", "\"rooms/{room:int}\"", "string tenant, int room")]
    [InlineData("\"/rooms\"", "\"\"", "WebSocketSession other")]
    public async Task Accepts_valid_prefix_and_template_combinations(string prefix, string template, string parameters)
    {
        var source = Usings + $$"""

            [WebSocketRoute({{prefix}})]
            public sealed class Rooms
            {
                [WebSocketEndpoint({{template}})]
                public Task A(WebSocketSession session, {{parameters}}) => Task.CompletedTask;
            }
            """;

        await VerifyCleanAsync(source);
    }

    [Fact]
    public async Task Reports_template_errors_of_a_prefixed_method_inside_the_method_literal()
    {
        var source = Usings + """

            [WebSocketRoute("/rooms")]
            public sealed class Rooms
            {
                [WebSocketEndpoint("{id:[|nope|]}")]
                public Task A(WebSocketSession session, string id) => Task.CompletedTask;
            }
            """;

        await VerifyAsync(source, "ATTRWS002", DiagnosticSeverity.Error, "nope");
    }

    [Fact]
    public async Task Reports_an_unused_prefix_parameter_inside_the_prefix_literal()
    {
        var source = Usings + """

            [WebSocketRoute("/t/[|{tenant}|]")]
            public sealed class Rooms
            {
                [WebSocketEndpoint("{room}")]
                public Task A(WebSocketSession session, string room) => Task.CompletedTask;
            }
            """;

        await VerifyAsync(source, "ATTRWS008", DiagnosticSeverity.Warning, "tenant");
    }
}
