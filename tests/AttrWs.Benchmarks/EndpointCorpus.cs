using System.Text;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AttrWs.Benchmarks;

/// <summary>
/// A compilation with many endpoints spread over files of 100 each, as a large application would have, plus a copy
/// where one endpoint's body differs (the edit an IDE sends on a keystroke).
/// </summary>
public sealed class EndpointCorpus
{
    private const int EndpointsPerFile = 100;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public EndpointCorpus(int endpointCount)
    {
        var trees = new List<SyntaxTree>();
        for (var file = 0; file * EndpointsPerFile < endpointCount; file++)
        {
            var count = Math.Min(EndpointsPerFile, endpointCount - (file * EndpointsPerFile));
            trees.Add(Parse(File(file, count, bodyVariant: 0), file));
        }

        Compilation = CSharpCompilation.Create(
            "Corpus",
            trees,
            [
                .. Net100.References.All,
                MetadataReference.CreateFromFile(typeof(WebSocketEndpointAttribute).Assembly.Location),
            ],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var first = trees[0];
        var firstCount = Math.Min(EndpointsPerFile, endpointCount);
        EditedCompilation = Compilation.ReplaceSyntaxTree(first, Parse(File(0, firstCount, bodyVariant: 1), 0));
        SameLengthEditedCompilation = Compilation.ReplaceSyntaxTree(first, Parse(File(0, firstCount, bodyVariant: 2), 0));
        EndpointCount = endpointCount;
    }

    public int EndpointCount { get; }

    public CSharpCompilation Compilation { get; }

    /// <summary><see cref="Compilation"/> with one endpoint body changed in the first file (the text grows by one character).</summary>
    public CSharpCompilation EditedCompilation { get; }

    /// <summary>The same edit keeping the text length, so no later declaration in the file moves.</summary>
    public CSharpCompilation SameLengthEditedCompilation { get; }

    private static SyntaxTree Parse(string text, int file) =>
        CSharpSyntaxTree.ParseText(text, ParseOptions, path: $"/corpus/Endpoints{file}.cs", encoding: Encoding.UTF8);

    private static string File(int file, int count, int bodyVariant)
    {
        var builder = new StringBuilder($$"""
            using System.Threading;
            using System.Threading.Tasks;
            using AttrWs;

            namespace Corpus.Area{{file}};

            public static class Endpoints{{file}}
            {

            """);
        for (var i = 0; i < count; i++)
        {
            var n = (file * EndpointsPerFile) + i;
            var (template, parameters) = (n % 5) switch
            {
                0 => ($"/area{n}/items", string.Empty),
                1 => ($"/area{n}/items/{{id:int}}", ", int id"),
                2 => ($"/area{n}/{{name}}/detail", ", string name"),
                3 => ($"/area{n}/feed/{{since:long}}/{{page:int?}}", ", long since, int? page"),
                _ => ($"/area{n}/{{*rest}}", ", string rest"),
            };
            var message = i != 0 ? "hello" : bodyVariant switch
            {
                1 => "hello!",
                2 => "HELLO",
                _ => "hello",
            };
            builder.Append($$"""
                    [WebSocketEndpoint("{{template}}", SubProtocols = "p{{n}}.v2,p{{n}}.v1")]
                    public static async Task Endpoint{{n}}(WebSocketSession session{{parameters}}, CancellationToken aborted)
                    {
                        await session.SendTextAsync("{{message}}", aborted);
                    }

                """);
        }

        return builder.Append('}').ToString();
    }
}
