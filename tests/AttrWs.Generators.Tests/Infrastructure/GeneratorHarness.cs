using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using AttrWs.Routing;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

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
    ];

    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "SnippetApp",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"/src/File{i}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver(bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            [new EndpointGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator and asserts the output compiles with neither errors nor warnings.</summary>
    public static GeneratorRun Run(params string[] sources)
    {
        var compilation = CreateCompilation(sources);
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        Assert.True(problems.Length == 0, "The generated code does not compile cleanly:\n" + string.Join("\n", problems.Select(d => d.ToString())));
        var generated = driver.GetRunResult().GeneratedTrees.Single();
        return new GeneratorRun(output, generated.ToString());
    }
}

internal sealed record GeneratorRun(Compilation Compilation, string GeneratedSource)
{
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
