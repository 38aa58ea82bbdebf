using AttrWs.Generators.Emitting;
using System.Collections.Immutable;
using AttrWs.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AttrWs.Generators.Tests.Emitting;

/// <summary>
/// The endpoint map carries no path of the build machine: paths are relative to the project directory, or mapped by the
/// compiler's <c>PathMap</c>.
/// </summary>
public sealed class SourcePathsTests
{
    private const string Endpoints = """
        using AttrWs;

        namespace App;

        public static class Chat
        {
            [WebSocketEndpoint("/chat")] public static void Room() { }
        }
        """;

    private const string Other = """
        using AttrWs;

        namespace App;

        public static class Files
        {
            [WebSocketEndpoint("/files")] public static void Serve() { }
        }
        """;

    [Fact]
    public void A_file_under_the_project_directory_is_written_relative_to_it()
    {
        var sources = Generate(
            [("/home/builder/repo/App/Endpoints/Chat.cs", Endpoints), ("/home/builder/repo/App/Files.cs", Other)],
            projectDir: "/home/builder/repo/App/");

        Assert.Contains("\"Endpoints/Chat.cs\"", sources, StringComparison.Ordinal);
        Assert.Contains("\"Files.cs\"", sources, StringComparison.Ordinal);
        Assert.DoesNotContain("/home/builder", sources, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_outside_the_project_directory_climbs_up_from_it_and_a_Windows_path_gets_forward_slashes()
    {
        var sources = Generate(
            [("/home/builder/repo/Shared/Chat.cs", Endpoints), (@"C:\build\App\Api\Files.cs", Other)],
            projectDir: "/home/builder/repo/App");
        Assert.Contains("\"../Shared/Chat.cs\"", sources, StringComparison.Ordinal);
        // Another root shares nothing with the project directory: the name alone.
        Assert.Contains("\"Files.cs\"", sources, StringComparison.Ordinal);

        var windows = Generate([(@"C:\build\App\Api\Files.cs", Other)], projectDir: @"C:\build\App\");
        Assert.Contains("\"Api/Files.cs\"", windows, StringComparison.Ordinal);
    }

    [Fact]
    public void A_PathMap_entry_wins_over_the_project_directory()
    {
        var sources = Generate(
            [("/home/builder/repo/App/Endpoints/Chat.cs", Endpoints), ("/elsewhere/Files.cs", Other)],
            projectDir: "/home/builder/repo/App/",
            pathMap: [new("/home/builder/repo/", "/_/")]);

        Assert.Contains("\"/_/App/Endpoints/Chat.cs\"", sources, StringComparison.Ordinal);
        Assert.Contains("\"Files.cs\"", sources, StringComparison.Ordinal); // not mapped: relative to the project, another root
        Assert.DoesNotContain("/home/builder", sources, StringComparison.Ordinal);
    }

    [Fact]
    public void A_PathMap_alone_is_honoured_and_the_endpoint_map_reads_the_mapped_path()
    {
        var compilation = Compilation([("/home/builder/repo/App/Chat.cs", Endpoints)], [new("/home/builder/repo", "/_")]);
        GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);

        using var app = new GeneratorRun(output, new Dictionary<string, string>()).Load();
        Assert.Equal("/_/App/Chat.cs", Assert.Single(app.EndpointMap).SourceFile);
        Assert.Equal(7, app.EndpointMap[0].SourceLine);
    }

    [Fact]
    public void Without_a_project_directory_or_PathMap_the_path_is_kept_as_the_compiler_saw_it()
    {
        var sources = Generate([("/src/Chat.cs", Endpoints)], projectDir: null);
        Assert.Contains("\"/src/Chat.cs\"", sources, StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_the_project_directory_regenerates_the_locations_and_keeps_the_routing_table()
    {
        var compilation = Compilation([("/a/App/Chat.cs", Endpoints)], []);
        var first = GeneratorHarness.CreateDriver(trackSteps: true, Properties("/a/App/")).RunGenerators(compilation);
        var moved = GeneratorHarness.CreateDriver(trackSteps: true, Properties("/a/")).RunGenerators(compilation);

        var before = first.GetRunResult().Results[0].GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        var after = moved.GetRunResult().Results[0].GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        Assert.Equal(before[EndpointsEmitter.HintName], after[EndpointsEmitter.HintName]);
        Assert.Contains("\"Chat.cs\"", before[EndpointsEmitter.SourceLocationsHintName], StringComparison.Ordinal);
        Assert.Contains("\"App/Chat.cs\"", after[EndpointsEmitter.SourceLocationsHintName], StringComparison.Ordinal);

        // Same inputs again: the path step and everything after it are reused.
        var again = first.RunGenerators(compilation.Clone()).GetRunResult().Results[0];
        Assert.All(again.TrackedSteps[TrackingNames.SourcePaths].SelectMany(s => s.Outputs), o =>
            Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
        Assert.All(again.TrackedSteps[TrackingNames.EndpointSourceLocations].SelectMany(s => s.Outputs), o =>
            Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
    }

    private static Dictionary<string, string> Properties(string projectDir) => new() { ["build_property.ProjectDir"] = projectDir };

    private static CSharpCompilation Compilation((string Path, string Text)[] files, KeyValuePair<string, string>[] pathMap) =>
        GeneratorHarness.CreateCompilation()
            .AddSyntaxTrees(files.Select(f => CSharpSyntaxTree.ParseText(f.Text, GeneratorHarness.ParseOptions, path: f.Path)))
            .WithOptions(GeneratorHarness.CreateCompilation().Options.WithSourceReferenceResolver(
                new SourceFileResolver(ImmutableArray<string>.Empty, baseDirectory: null, pathMap.ToImmutableArray())));

    private static string Generate((string Path, string Text)[] files, string? projectDir, KeyValuePair<string, string>[]? pathMap = null)
    {
        var driver = GeneratorHarness.CreateDriver(buildProperties: projectDir is null ? null : Properties(projectDir))
            .RunGeneratorsAndUpdateCompilation(Compilation(files, pathMap ?? []), out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        return driver.GetRunResult().Results[0].GeneratedSources
            .Single(s => s.HintName == EndpointsEmitter.SourceLocationsHintName).SourceText.ToString();
    }
}
