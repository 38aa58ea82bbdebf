using AttrWs.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AttrWs.Generators.Tests.Incremental;

/// <summary>The pipeline caches: unrelated edits and method-body edits reuse every step; template edits regenerate.</summary>
public sealed class IncrementalTests
{
    private static readonly string[] OurSteps = [TrackingNames.ParsedEndpoints, TrackingNames.ValidEndpoints, TrackingNames.CollectedEndpoints];

    private const string Endpoints = """
        using System.Threading.Tasks;
        using AttrWs;

        namespace App;

        public static class Chat
        {
            [WebSocketEndpoint("/chat/{room}", SubProtocols = "chat.v1")]
            public static Task Room(WebSocketSession session, string room) => Task.CompletedTask;

            [WebSocketEndpoint("/echo")]
            public static Task Echo(WebSocketSession session)
            {
                return Task.CompletedTask;
            }
        }
        """;

    private const string Other = """
        using AttrWs;

        namespace App;

        public static class Files
        {
            [WebSocketEndpoint("/files/{*path}")]
            public static void Serve(string path) { }
        }
        """;

    [Fact]
    public void Second_run_on_the_same_input_is_cached()
    {
        var compilation = GeneratorHarness.CreateCompilation(Endpoints, Other);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);
        var first = Source(driver);

        driver = driver.RunGenerators(compilation.Clone());

        AssertStepsReusedAndOutputKept(driver, first);
    }

    [Fact]
    public void Adding_an_unrelated_file_reuses_every_step()
    {
        var compilation = GeneratorHarness.CreateCompilation(Endpoints, Other);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);
        var first = Source(driver);

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("namespace App; public static class Unrelated { public static int Answer => 42; }", GeneratorHarness.ParseOptions, path: "/src/Unrelated.cs")));

        AssertStepsReusedAndOutputKept(driver, first);
    }

    [Fact]
    public void Editing_an_endpoint_method_body_reuses_every_step()
    {
        var compilation = GeneratorHarness.CreateCompilation(Endpoints, Other);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);
        var first = Source(driver);

        var edited = Endpoints.Replace("return Task.CompletedTask;\n", "var unused = session.ConnectionId.Length;\n        return Task.Delay(unused);\n", StringComparison.Ordinal);
        Assert.NotEqual(Endpoints, edited);
        driver = driver.RunGenerators(Replace(compilation, "/src/File0.cs", edited));

        AssertStepsReusedAndOutputKept(driver, first);
        var parsed = driver.GetRunResult().Results[0].TrackedSteps[TrackingNames.ParsedEndpoints];
        Assert.Contains(parsed, step => step.Outputs.Any(o => o.Reason == IncrementalStepRunReason.Unchanged)); // re-parsed, equal model
    }

    [Fact]
    public void Changing_a_template_regenerates()
    {
        var compilation = GeneratorHarness.CreateCompilation(Endpoints, Other);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);
        var first = Source(driver);

        driver = driver.RunGenerators(Replace(compilation, "/src/File0.cs", Endpoints.Replace("/chat/{room}", "/rooms/{room}", StringComparison.Ordinal)));

        var result = driver.GetRunResult().Results[0];
        Assert.Contains(result.TrackedSteps[TrackingNames.ParsedEndpoints], step => step.Outputs.Any(o => o.Reason == IncrementalStepRunReason.Modified));
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        var second = Source(driver);
        Assert.NotEqual(first, second);
        Assert.Contains("\"/rooms/{room}\"", second, StringComparison.Ordinal);
        Assert.DoesNotContain("\"/chat/{room}\"", second, StringComparison.Ordinal);
    }

    [Fact]
    public void Step_outputs_hold_no_symbols_syntax_compilations_or_locations()
    {
        var compilation = GeneratorHarness.CreateCompilation(Endpoints, Other, """
            using AttrWs;
            namespace App;
            [Authorize("p")]
            public static class Broken
            {
                [WebSocketEndpoint("/bad/{")] public static void Bad() { }
                [WebSocketEndpoint("/warn/{unused}", SubProtocols = "a,a")] public static async void Warn() { await System.Threading.Tasks.Task.Yield(); }
            }
            """);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);
        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class X { }", GeneratorHarness.ParseOptions, path: "/src/X.cs")));

        var result = driver.GetRunResult().Results[0];
        var checkedOutputs = 0;
        foreach (var name in OurSteps)
        {
            foreach (var step in result.TrackedSteps[name])
            {
                foreach (var (value, _) in step.Outputs)
                {
                    checkedOutputs++;
                    Assert.Empty(ObjectGraph.FindForbidden(value, name));
                }
            }
        }

        Assert.True(checkedOutputs >= 5);
    }

    [Fact]
    public void Object_graph_walk_finds_a_symbol_in_a_nested_value()
    {
        var compilation = GeneratorHarness.CreateCompilation("class C { }");
        var symbol = compilation.GetTypeByMetadataName("C")!;
        var found = ObjectGraph.FindForbidden(new { Items = new[] { new KeyValuePair<string, object>("k", symbol) } }, "root");
        Assert.Single(found);
        Assert.Contains("root.", found[0], StringComparison.Ordinal);
    }

    private static void AssertStepsReusedAndOutputKept(GeneratorDriver driver, string previousSource)
    {
        var result = driver.GetRunResult().Results[0];
        foreach (var name in OurSteps)
        {
            Assert.True(result.TrackedSteps.ContainsKey(name), name + " was not tracked");
            Assert.All(result.TrackedSteps[name].SelectMany(s => s.Outputs), o =>
                Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {o.Reason}"));
        }

        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "output: " + o.Reason));
        Assert.Equal(previousSource, Source(driver));
    }

    private static string Source(GeneratorDriver driver) => driver.GetRunResult().GeneratedTrees.Single().ToString();

    private static Compilation Replace(Compilation compilation, string path, string text)
    {
        var old = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions, path: path));
    }
}
