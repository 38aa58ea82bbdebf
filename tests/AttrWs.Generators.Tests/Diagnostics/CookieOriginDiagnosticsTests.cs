using System.Collections.Immutable;
using AttrWs.Generators.Analyzers;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using static AttrWs.Generators.Tests.Diagnostics.AnalyzerHarness;

namespace AttrWs.Generators.Tests.Diagnostics;

/// <summary>
/// ATTRWS014: <c>[Authorize]</c> naming a scheme whose credentials browsers attach on their own (Cookie, Basic, Digest,
/// Negotiate, NTLM, Certificate...; method or class level; literal or constant) on an endpoint with no
/// <c>AllowedOrigins</c>; reported at the attribute.
/// </summary>
public sealed class CookieOriginDiagnosticsTests
{
    private static readonly ImmutableArray<MetadataReference> References =
    [
        .. Net100.References.All,
        MetadataReference.CreateFromFile(typeof(WebSocketEndpointAttribute).Assembly.Location),
    ];

    private static string Snippet(string classAttributes, string methodAttributes, string endpointArguments = "") => $$"""
        using System.Threading.Tasks;
        using AttrWs;
        using AttrWs.Security;

        namespace App;

        public static class MySchemes
        {
            public const string Session = "Cookie";
            public const string Windows = "Negotiate";
            public const string Api = "ApiKey";
        }

        {{classAttributes}}
        public static class Endpoints
        {
            {{methodAttributes}}
            [WebSocketEndpoint("/secure"{{endpointArguments}})]
            public static Task Run(WebSocketSession session) => Task.CompletedTask;
        }
        """;

    [Theory]
    [InlineData("", "[[|Authorize(Schemes = \"Cookie\")|]]")]
    [InlineData("", "[[|Authorize(Schemes = \"Bearer, cookie\")|]]")]
    [InlineData("", "[[|Authorize(\"members\", Schemes = \" Cookie \")|]]")]
    [InlineData("[[|Authorize(Schemes = \"Cookie\")|]]", "")]
    [InlineData("[[|Authorize(Schemes = \"Cookie\")|]]", "[Authorize(Roles = \"admin\")]")]
    public async Task Warns_on_cookie_scheme_without_allowed_origins_at_the_attribute(string classAttributes, string methodAttributes)
    {
        await VerifyAsync(Snippet(classAttributes, methodAttributes), DiagnosticSeverity.Warning, "Endpoints.Run", "AllowedOrigins", "cross-site", "options.Security.Origins.Allow");
    }

    [Theory]
    [InlineData("[[|Authorize(Schemes = \"Basic\")|]]", "'Basic'")]
    [InlineData("[[|Authorize(Schemes = \"Bearer,digest\")|]]", "'digest'")]
    [InlineData("[[|Authorize(Schemes = \"Negotiate\")|]]", "'Negotiate'")]
    [InlineData("[[|Authorize(Schemes = \"NTLM\")|]]", "'NTLM'")]
    [InlineData("[[|Authorize(Schemes = \"Certificate\")|]]", "'Certificate'")]
    [InlineData("[[|Authorize(Schemes = \"Cookies\")|]]", "'Cookies'")]
    [InlineData("[[|Authorize(Schemes = MySchemes.Session)|]]", "'Cookie'")]
    [InlineData("[[|Authorize(Schemes = MySchemes.Api + \",\" + MySchemes.Windows)|]]", "'Negotiate'")]
    [InlineData("[[|Authorize(Schemes = BasicAuthenticator.DefaultScheme)|]]", "'Basic'")]
    [InlineData("[[|Authorize(Schemes = CookieAuthenticator.DefaultScheme)|]]", "'Cookie'")]
    public async Task Warns_on_every_ambient_scheme_including_constants_naming_the_scheme(string methodAttributes, string scheme)
    {
        await VerifyAsync(Snippet("", methodAttributes), DiagnosticSeverity.Warning, scheme, "AllowedOrigins", "Origins.Allow");
    }

    [Fact]
    public async Task Warns_at_each_cookie_attribute_when_class_and_method_both_name_it()
    {
        await VerifyAsync(Snippet("[[|Authorize(Schemes = \"Cookie\")|]]", "[[|Authorize(Schemes = \"Cookie\", Roles = \"a\")|]]"), DiagnosticSeverity.Warning);
    }

    [Fact]
    public async Task Names_the_endpoint_by_its_map_name()
    {
        await VerifyAsync(Snippet("", "[[|Authorize(Schemes = \"Cookie\")|]]", ", Name = \"lobby\""), DiagnosticSeverity.Warning, "'lobby'");
    }

    [Theory]
    [InlineData("", "[Authorize(Schemes = \"Cookie\")]", ", AllowedOrigins = \"https://app.example.com\"")]
    [InlineData("[Authorize(Schemes = \"Cookie\")]", "", ", AllowedOrigins = \"https://*.example.com, https://app.example.org\"")]
    [InlineData("", "[Authorize(Schemes = \"Bearer\")]", "")]
    [InlineData("", "[Authorize]", "")]
    [InlineData("", "[Authorize(Schemes = \"CookieJar\")]", "")]
    [InlineData("", "[Authorize(Schemes = MySchemes.Api)]", "")]
    [InlineData("", "[Authorize(Schemes = \"Basic\")]", ", AllowedOrigins = \"https://app.example.com\"")]
    [InlineData("[Authorize(Schemes = \"Cookie\")]", "[AllowAnonymous]", "")]
    public async Task Is_silent_with_allowed_origins_without_the_cookie_scheme_or_with_allow_anonymous(string classAttributes, string methodAttributes, string endpointArguments)
    {
        var diagnostics = await AnalyzeAsync(Snippet(classAttributes, methodAttributes, endpointArguments));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Blank_allowed_origins_do_not_count_as_a_policy()
    {
        await VerifyAsync(Snippet("", "[[|Authorize(Schemes = \"Cookie\")|]]", ", AllowedOrigins = \" , \""), DiagnosticSeverity.Warning);
    }

    private static async Task VerifyAsync(string markup, DiagnosticSeverity severity, params string[] keywords)
    {
        var (source, spans) = ParseMarkup(markup);
        var diagnostics = await AnalyzeAsync(source);
        Assert.Equal(spans.Count, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal("ATTRWS014", d.Id));
        Assert.All(diagnostics, d => Assert.Equal(severity, d.Severity));
        Assert.Equal(spans.OrderBy(s => s.Start), diagnostics.Select(d => d.Location.SourceSpan).OrderBy(s => s.Start));
        foreach (var diagnostic in diagnostics)
        {
            var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            Assert.All(keywords, k => Assert.Contains(k, message, StringComparison.OrdinalIgnoreCase));
        }
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source)
    {
        var compilation = CSharpCompilation.Create(
            "App",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "/src/File0.cs")],
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var diagnostics = await compilation
            .WithAnalyzers([new CookieOriginAnalyzer()], new AnalyzerOptions([]))
            .GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics;
    }
}
