using AttrWs.Generators.Emitting;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.Loader;
using AttrWs.Routing;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AttrWs.Generators.Tests.Infrastructure;

/// <summary>
/// Compiles snippets against the .NET 10 reference assemblies plus the AttrWs runtime, runs <see cref="EndpointGenerator"/>
/// with a <see cref="CSharpGeneratorDriver"/>, and can load the result into a collectible load context.
/// </summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly ImmutableArray<MetadataReference> References =
    [
        .. Net100.References.All,
        MetadataReference.CreateFromFile(typeof(WebSocketEndpointAttribute).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.IServiceScopeFactory).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.ServiceProvider).Assembly.Location),
    ];

    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "SnippetApp",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"/src/File{i}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <param name="trackSteps">Record the incremental steps.</param>
    /// <param name="buildProperties">Global analyzer-config values as MSBuild passes them (<c>build_property.ProjectDir</c>...).</param>
    public static GeneratorDriver CreateDriver(bool trackSteps = false, IReadOnlyDictionary<string, string>? buildProperties = null) =>
        CSharpGeneratorDriver.Create(
            [new EndpointGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            optionsProvider: buildProperties is null ? null : new GlobalOptionsProvider(buildProperties),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator and asserts the output compiles with neither errors nor warnings.</summary>
    public static GeneratorRun Run(params string[] sources)
    {
        var compilation = CreateCompilation(sources);
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        Assert.True(problems.Length == 0, "The generated code does not compile cleanly:\n" + string.Join("\n", problems.Select(d => d.ToString())));
        var files = driver.GetRunResult().Results.Single().GeneratedSources
            .ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
        Assert.Equal(
            new[] { EndpointsEmitter.HintName, EndpointsEmitter.SourceLocationsHintName }.Order(StringComparer.Ordinal),
            files.Keys.Order(StringComparer.Ordinal));
        return new GeneratorRun(output, files);
    }
}

/// <summary>Global analyzer-config options only (what a build's <c>.globalconfig</c> carries).</summary>
internal sealed class GlobalOptionsProvider(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(values);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.None;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options None = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}

/// <param name="GeneratedFiles">The generated text by hint name.</param>
internal sealed record GeneratorRun(Compilation Compilation, IReadOnlyDictionary<string, string> GeneratedFiles)
{
    /// <summary>The routing-table file (routing table, invokers, endpoint map).</summary>
    public string GeneratedSource => GeneratedFiles[EndpointsEmitter.HintName];

    /// <summary>The endpoint map's source files and lines.</summary>
    public string GeneratedSourceLocations => GeneratedFiles[EndpointsEmitter.SourceLocationsHintName];

    /// <summary>Every generated file, routing table first.</summary>
    public string AllGeneratedSource => GeneratedSource + GeneratedSourceLocations;

    /// <summary>Emits the compilation and loads it into a collectible context; AttrWs itself resolves to the test's copy.</summary>
    public LoadedApp Load()
    {
        using var stream = new MemoryStream();
        var result = Compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext("snippet-" + Guid.NewGuid(), isCollectible: true);
        return new LoadedApp(context, context.LoadFromStream(stream));
    }
}

internal sealed class LoadedApp(AssemblyLoadContext context, Assembly assembly) : IDisposable
{
    public Assembly Assembly { get; } = assembly;

    private Type Endpoints => Assembly.GetType("AttrWs.Generated.GeneratedWebSocketEndpoints", throwOnError: true)!;

    public IWebSocketRouteTable RouteTable =>
        (IWebSocketRouteTable)Endpoints.GetProperty("RouteTable", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    public IReadOnlyList<WebSocketEndpoint> EndpointMap =>
        (IReadOnlyList<WebSocketEndpoint>)Endpoints.GetProperty("Endpoints", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    public Type GetType(string name) => Assembly.GetType(name, throwOnError: true)!;

    public void Dispose() => context.Unload();
}
