using System.Collections.Immutable;
using AttrWs.Generators.Analyzers;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AttrWs.Generators.Tests.Diagnostics;

/// <summary>
/// Compiles C# snippets against the .NET 10 reference assemblies plus the AttrWs runtime and runs
/// <see cref="EndpointAnalyzer"/> over them. Expected locations are written in the snippet as <c>[|...|]</c>.
/// </summary>
internal static class AnalyzerHarness
{
    private const string OpenMarker = "[|";
    private const string CloseMarker = "|]";

    private static readonly ImmutableArray<MetadataReference> References =
    [
        .. Net100.References.All,
        MetadataReference.CreateFromFile(typeof(WebSocketEndpointAttribute).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.IServiceScopeFactory).Assembly.Location),
    ];

    /// <summary>Wraps endpoint members in a namespace and a public static class named <c>Endpoints</c>.</summary>
    public static string InEndpointsClass(string members) => $$"""
        using System.Threading;
        using System.Threading.Tasks;
        using AttrWs;

        namespace App;

        public static class Endpoints
        {
        {{members}}
        }
        """;

    /// <summary>Runs the analyzer; the snippet itself must compile without errors so that only the analyzer speaks.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(params string[] sources)
    {
        var trees = sources.Select((source, i) => CSharpSyntaxTree.ParseText(
            source,
            new CSharpParseOptions(LanguageVersion.Latest),
            path: $"/src/File{i}.cs")).ToArray();
        var compilation = CSharpCompilation.Create(
            "App",
            trees,
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));

        var compilerErrors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(compilerErrors.Length == 0, "The snippet does not compile: " + string.Join("; ", compilerErrors.Select(d => d.ToString())));

        var withAnalyzers = compilation.WithAnalyzers(
            [new EndpointAnalyzer()],
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions([]),
                onAnalyzerException: null,
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();

        // An analyzer that throws surfaces as AD0001; make that a test failure rather than silence.
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return [.. diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Asserts that the snippet raises exactly one diagnostic <paramref name="id"/> per <c>[|...|]</c> span, at that
    /// span, with the severity, and a message containing every keyword (case-insensitive); and nothing else.
    /// </summary>
    public static async Task<ImmutableArray<Diagnostic>> VerifyAsync(
        string markup, string id, DiagnosticSeverity severity, params string[] messageKeywords)
    {
        var (source, spans) = ParseMarkup(markup);
        var diagnostics = await AnalyzeAsync(source);

        Assert.True(
            diagnostics.Length == spans.Count,
            $"Expected {spans.Count} × {id}, got: {Describe(diagnostics, source)}");
        for (var i = 0; i < spans.Count; i++)
        {
            var diagnostic = diagnostics[i];
            Assert.Equal(id, diagnostic.Id);
            Assert.Equal(severity, diagnostic.Severity);
            Assert.True(
                diagnostic.Location.SourceSpan == spans[i],
                $"{id} at '{Text(source, diagnostic.Location.SourceSpan)}' {diagnostic.Location.GetLineSpan().Span}, expected '{Text(source, spans[i])}'");
            var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var keyword in messageKeywords)
            {
                Assert.True(
                    message.Contains(keyword, StringComparison.OrdinalIgnoreCase),
                    $"{id} message lacks '{keyword}': {message}");
            }
        }

        return diagnostics;
    }

    /// <summary>Asserts the sources raise no diagnostic at all.</summary>
    public static async Task VerifyCleanAsync(params string[] sources)
    {
        var diagnostics = await AnalyzeAsync(sources);
        Assert.True(diagnostics.IsEmpty, "Expected no diagnostics, got: " + Describe(diagnostics, string.Join("\n", sources)));
    }

    /// <summary>Removes the <c>[|...|]</c> markers and returns the spans they enclosed, in order.</summary>
    public static (string Source, List<TextSpan> Spans) ParseMarkup(string markup)
    {
        var builder = new System.Text.StringBuilder(markup.Length);
        var spans = new List<TextSpan>();
        var open = -1;
        for (var i = 0; i < markup.Length; i++)
        {
            if (string.CompareOrdinal(markup, i, OpenMarker, 0, 2) == 0)
            {
                Assert.True(open < 0, "Nested [| markers are not supported.");
                open = builder.Length;
                i++;
            }
            else if (string.CompareOrdinal(markup, i, CloseMarker, 0, 2) == 0 && open >= 0)
            {
                spans.Add(TextSpan.FromBounds(open, builder.Length));
                open = -1;
                i++;
            }
            else
            {
                builder.Append(markup[i]);
            }
        }

        Assert.True(open < 0, "Unclosed [| marker.");
        return (builder.ToString(), spans);
    }

    private static string Text(string source, TextSpan span) =>
        span.End <= source.Length ? source.Substring(span.Start, span.Length) : "<out of range>";

    private static string Describe(ImmutableArray<Diagnostic> diagnostics, string source) =>
        diagnostics.IsEmpty
            ? "none"
            : string.Join("; ", diagnostics.Select(d => $"{d.Id} {d.Severity} at '{Text(source, d.Location.SourceSpan)}': {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"));
}
