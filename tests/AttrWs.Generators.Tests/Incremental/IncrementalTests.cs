using AttrWs.Generators.Emitting;
using AttrWs.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AttrWs.Generators.Tests.Incremental;

/// <summary>
/// The pipeline caches: unrelated edits and method-body edits reuse every step; an edit that shifts lines regenerates the
/// source locations only; template edits regenerate the routing table.
/// </summary>
public sealed class IncrementalTests
{
    private static readonly string[] OurSteps =
    [
        TrackingNames.ParsedEndpoints,
        TrackingNames.ValidEndpoints,
        TrackingNames.CollectedEndpoints,
        TrackingNames.OrderedEndpoints,
        TrackingNames.RouteTableEndpoints,
        TrackingNames.SourcePaths,
        TrackingNames.EndpointSourceLocations,
        TrackingNames.AspNetCoreHost,
    ];

    private const string RoutingTable = EndpointsEmitter.HintName;
    private const string SourceLocations = EndpointsEmitter.SourceLocationsHintName;

    private const string Endpoints = """
        using System.Threading.Tasks;
        using AttrWs;

        namespace App;

        public static class Chat
        {
            [WebSocketEndpoint("/chat/{room}", SubProtocols = "chat.v1")]
            public static ValueTask Room(WebSocketSession session, string room)
            {
                return session.SendTextAsync(room, session.Aborted);
            }

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

    private const string ClassEndpoints = """
        using System;
        using System.Threading.Tasks;
        using AttrWs;
        using Microsoft.Extensions.DependencyInjection;

        namespace App;

        public interface IClock { string Now { get; } }

        [WebSocketRoute("/rooms", AllowedOrigins = "https://app.example.com")]
        public sealed class Rooms(IClock clock, [FromKeyedServices("primary")] IClock primary) : IDisposable
        {
            [WebSocketEndpoint("{room}")]
            public async Task Join(WebSocketSession session, string room, IClock again)
            {
                await session.SendTextAsync(room + clock.Now, session.Aborted);
            }

            public void Dispose() { }
        }
        """;

    [Fact]
    public void Editing_a_class_endpoint_method_body_reuses_every_step()
    {
        var compilation = GeneratorHarness.CreateCompilation(Endpoints, Other, ClassEndpoints);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);
        var first = Sources(driver);
        Assert.Contains("new global::App.Rooms(", first[RoutingTable], StringComparison.Ordinal);

        var edited = ClassEndpoints.Replace("await session.SendTextAsync(room + clock.Now, session.Aborted);", "await session.SendTextAsync(clock.Now + room + primary.Now + again.Now, session.Aborted);", StringComparison.Ordinal);
        Assert.NotEqual(ClassEndpoints, edited);
        driver = driver.RunGenerators(Replace(compilation, "/src/File2.cs", edited));

        AssertStepsReusedAndOutputKept(driver, first);
        var parsed = driver.GetRunResult().Results[0].TrackedSteps[TrackingNames.ParsedEndpoints];
        Assert.Contains(parsed, step => step.Outputs.Any(o => o.Reason == IncrementalStepRunReason.Unchanged)); // re-parsed, equal model
    }

    [Fact]
    public void Changing_a_class_endpoint_constructor_regenerates_the_routing_table()
    {
        var compilation = GeneratorHarness.CreateCompilation(Endpoints, Other, ClassEndpoints);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);

        driver = driver.RunGenerators(Replace(compilation, "/src/File2.cs", ClassEndpoints.Replace("[FromKeyedServices(\"primary\")] IClock primary", "[FromKeyedServices(\"backup\")] IClock primary", StringComparison.Ordinal)));

        var result = driver.GetRunResult().Results[0];
        Assert.All(OutputReasons(result, TrackingNames.RouteTableEndpoints), reason => Assert.Equal(IncrementalStepRunReason.Modified, reason));
        Assert.Contains("\"backup\"", Source(driver), StringComparison.Ordinal);
    }

    [Fact]
    public void Second_run_on_the_same_input_is_cached()
    {
        var compilation = GeneratorHarness.CreateCompilation(Endpoints, Other);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);
        var first = Sources(driver);

        driver = driver.RunGenerators(compilation.Clone());

        AssertStepsReusedAndOutputKept(driver, first);
    }

    [Fact]
    public void Adding_an_unrelated_file_reuses_every_step()
    {
        var compilation = GeneratorHarness.CreateCompilation(Endpoints, Other);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);
        var first = Sources(driver);

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("namespace App; public static class Unrelated { public static int Answer => 42; }", GeneratorHarness.ParseOptions, path: "/src/Unrelated.cs")));

        AssertStepsReusedAndOutputKept(driver, first);
    }

    [Fact]
    public void Editing_an_endpoint_method_body_reuses_every_step()
    {
        var compilation = GeneratorHarness.CreateCompilation(Endpoints, Other);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);
        var first = Sources(driver);

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
        var first = Sources(driver);

        driver = driver.RunGenerators(Replace(compilation, "/src/File0.cs", Endpoints.Replace("/chat/{room}", "/rooms/{room}", StringComparison.Ordinal)));

        var result = driver.GetRunResult().Results[0];
        Assert.Contains(result.TrackedSteps[TrackingNames.ParsedEndpoints], step => step.Outputs.Any(o => o.Reason == IncrementalStepRunReason.Modified));
        Assert.All(OutputReasons(result, TrackingNames.RouteTableEndpoints), reason => Assert.Equal(IncrementalStepRunReason.Modified, reason));
        // Nothing moved: the source locations stay cached.
        Assert.All(OutputReasons(result, TrackingNames.EndpointSourceLocations), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.Equal(first[SourceLocations], Sources(driver)[SourceLocations]);
        var second = Source(driver);
        Assert.NotEqual(first[RoutingTable], second);
        Assert.Contains("\"/rooms/{room}\"", second, StringComparison.Ordinal);
        Assert.DoesNotContain("\"/chat/{room}\"", second, StringComparison.Ordinal);
    }

    [Fact]
    public void Inserting_lines_into_the_first_endpoint_body_keeps_the_routing_table_and_regenerates_source_locations()
    {
        var compilation = GeneratorHarness.CreateCompilation(Endpoints, Other);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);
        var first = Sources(driver);

        // Two lines more in Room (the first endpoint of the file): Echo, below it, moves down by two.
        var edited = Endpoints.Replace(
            "return session.SendTextAsync(room, session.Aborted);\n",
            "var greeting = \"joined \" + room;\n        _ = greeting.Length;\n        return session.SendTextAsync(greeting, session.Aborted);\n",
            StringComparison.Ordinal);
        Assert.Equal(LineOf(Endpoints, "[WebSocketEndpoint(\"/echo\")]") + 2, LineOf(edited, "[WebSocketEndpoint(\"/echo\")]"));
        driver = driver.RunGenerators(Replace(compilation, "/src/File0.cs", edited));

        var result = driver.GetRunResult().Results[0];
        Assert.Contains(result.TrackedSteps[TrackingNames.ParsedEndpoints], step => step.Outputs.Any(o => o.Reason == IncrementalStepRunReason.Modified)); // Echo moved
        Assert.All(result.TrackedSteps[TrackingNames.OrderedEndpoints].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        AssertReused(result, TrackingNames.RouteTableEndpoints);
        Assert.All(OutputReasons(result, TrackingNames.RouteTableEndpoints), reason =>
            Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "routing-table output: " + reason));
        Assert.All(result.TrackedSteps[TrackingNames.EndpointSourceLocations].SelectMany(s => s.Outputs), o =>
            Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        Assert.All(OutputReasons(result, TrackingNames.EndpointSourceLocations), reason => Assert.Equal(IncrementalStepRunReason.Modified, reason));

        var second = Sources(driver);
        Assert.Equal(first[RoutingTable], second[RoutingTable]);
        Assert.NotEqual(first[SourceLocations], second[SourceLocations]);

        // The endpoint map built from the edited file reports Echo's new line; Room's has not moved.
        using var before = GeneratorHarness.Run(Endpoints, Other).Load();
        using var after = GeneratorHarness.Run(edited, Other).Load();
        var echoBefore = before.EndpointMap.Single(e => e.Name == "Chat.Echo");
        var echoAfter = after.EndpointMap.Single(e => e.Name == "Chat.Echo");
        Assert.Equal(LineOf(Endpoints, "[WebSocketEndpoint(\"/echo\")]"), echoBefore.SourceLine);
        Assert.Equal(LineOf(edited, "[WebSocketEndpoint(\"/echo\")]"), echoAfter.SourceLine);
        Assert.Equal("/src/File0.cs", echoAfter.SourceFile);
        Assert.Equal(
            before.EndpointMap.Single(e => e.Name == "Chat.Room").SourceLine,
            after.EndpointMap.Single(e => e.Name == "Chat.Room").SourceLine);
        Assert.Equal(before.EndpointMap.Select(e => e.Name), after.EndpointMap.Select(e => e.Name));
    }

    [Fact]
    public void Step_outputs_hold_no_symbols_syntax_compilations_or_locations()
    {
        var compilation = GeneratorHarness.CreateCompilation(Endpoints, Other, ClassEndpoints, """
            using AttrWs;
            namespace App;
            [WebSocketRoute("/broken/{*rest}")]
            public abstract class BrokenClass
            {
                [WebSocketEndpoint("more")] public void Bad() { }
            }
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

    private static void AssertStepsReusedAndOutputKept(GeneratorDriver driver, Dictionary<string, string> previousSources)
    {
        var result = driver.GetRunResult().Results[0];
        foreach (var name in OurSteps)
        {
            Assert.True(result.TrackedSteps.ContainsKey(name), name + " was not tracked");
            Assert.All(result.TrackedSteps[name].SelectMany(s => s.Outputs), o =>
                Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {o.Reason}"));
        }

        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.Equal(3, outputs.Count); // routing table, source locations, the ASP.NET Core hook (emits nothing without AttrWs.AspNetCore)
        Assert.All(outputs, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "output: " + o.Reason));
        Assert.Equal(previousSources, Sources(driver));
    }

    private static void AssertReused(GeneratorRunResult result, string step) =>
        Assert.All(result.TrackedSteps[step].SelectMany(s => s.Outputs), o =>
            Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {o.Reason}"));

    /// <summary>The run reasons of the source output fed by the tracked step <paramref name="input"/>.</summary>
    private static List<IncrementalStepRunReason> OutputReasons(GeneratorRunResult result, string input)
    {
        var steps = result.TrackedOutputSteps.SelectMany(s => s.Value).Where(s => s.Inputs.Any(i => i.Source.Name == input)).ToList();
        Assert.Single(steps);
        var reasons = steps.SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.NotEmpty(reasons);
        return reasons;
    }

    /// <summary>The generated files by hint name.</summary>
    private static Dictionary<string, string> Sources(GeneratorDriver driver) =>
        driver.GetRunResult().Results[0].GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    private static string Source(GeneratorDriver driver) => Sources(driver)[RoutingTable];

    /// <summary>1-based line of the first occurrence of <paramref name="text"/>.</summary>
    private static int LineOf(string source, string text)
    {
        var at = source.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, text);
        return source.AsSpan(0, at).Count('\n') + 1;
    }

    private static Compilation Replace(Compilation compilation, string path, string text)
    {
        var old = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions, path: path));
    }
}
