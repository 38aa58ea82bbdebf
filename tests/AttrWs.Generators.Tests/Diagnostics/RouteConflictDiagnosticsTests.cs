using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using static AttrWs.Generators.Tests.Diagnostics.AnalyzerHarness;

namespace AttrWs.Generators.Tests.Diagnostics;

/// <summary>
/// ATTRWS003 (duplicate routes) and ATTRWS013 (ambiguous routes): whole-compilation checks, reported on every
/// endpoint involved at its template argument, naming the other endpoint.
/// </summary>
public sealed class RouteConflictDiagnosticsTests
{
    /// <summary>Two endpoints, each binding a string parameter per route parameter so that ATTRWS008 stays quiet.</summary>
    private static string TwoEndpoints(string first, string second) => InEndpointsClass($$"""
            [WebSocketEndpoint({{first}})]
            public static Task First(WebSocketSession session{{RouteParameters(first)}}) => Task.CompletedTask;

            [WebSocketEndpoint({{second}})]
            public static Task Second(WebSocketSession session{{RouteParameters(second)}}) => Task.CompletedTask;
        """);

    private static string RouteParameters(string attributeArguments) => string.Concat(
        Regex.Matches(attributeArguments, @"\{\*?([A-Za-z_]\w*)").Select(m => ", string? " + m.Groups[1].Value));

    [Theory]
    [InlineData("[|\"/chat\"|]", "[|\"/chat\"|]")]
    [InlineData("[|\"/Chat\"|]", "[|\"/chat/\"|]")]
    [InlineData("[|\"/rooms/{a}\"|]", "[|\"/rooms/{b}\"|]")]
    [InlineData("[|\"/rooms/{a:int:min(1)}\"|]", "[|\"/rooms/{b:min(1):INT}\"|]")]
    [InlineData("[|\"/files/{*a}\"|]", "[|\"/FILES/{*b}\"|]")]
    [InlineData("[|\"/chat\"|], SubProtocols = \"v1,v2\"", "[|\"/chat\"|], SubProtocols = \"v2,v3\"")]
    [InlineData("[|\"/chat\"|], SubProtocols = \"v1\"", "[|\"/chat\"|]")]
    public async Task Reports_duplicate_routes_on_both_endpoints(string first, string second)
    {
        var diagnostics = await VerifyAsync(TwoEndpoints(first, second), "ATTRWS003", DiagnosticSeverity.Error, "SubProtocols");

        // Each names the other endpoint, so the user can find it.
        Assert.Contains("App.Endpoints.Second", diagnostics[0].GetMessage(), StringComparison.Ordinal);
        Assert.Contains("App.Endpoints.First", diagnostics[1].GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_duplicate_routes_across_files_and_types()
    {
        var (first, firstSpans) = ParseMarkup("""
            using System.Threading.Tasks;
            using AttrWs;
            namespace App.Chat;
            public static class ChatEndpoints
            {
                [WebSocketEndpoint([|"/chat/{room}"|])]
                public static Task Join(WebSocketSession session, string room) => Task.CompletedTask;
            }
            """);
        var (second, secondSpans) = ParseMarkup("""
            using System.Threading.Tasks;
            using AttrWs;
            namespace App.Legacy;
            internal static class LegacyEndpoints
            {
                [WebSocketEndpoint([|"/chat/{name}"|])]
                internal static Task Enter(WebSocketSession session, string name) => Task.CompletedTask;
            }
            """);

        var diagnostics = await AnalyzeAsync(first, second);

        Assert.Equal(2, diagnostics.Length);
        var inFirst = Assert.Single(diagnostics, d => d.Location.SourceTree!.FilePath.EndsWith("File0.cs", StringComparison.Ordinal));
        var inSecond = Assert.Single(diagnostics, d => d.Location.SourceTree!.FilePath.EndsWith("File1.cs", StringComparison.Ordinal));
        Assert.Equal("ATTRWS003", inFirst.Id);
        Assert.Equal("ATTRWS003", inSecond.Id);
        Assert.Equal(firstSpans[0], inFirst.Location.SourceSpan);
        Assert.Equal(secondSpans[0], inSecond.Location.SourceSpan);
        Assert.Contains("App.Legacy.LegacyEndpoints.Enter", inFirst.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("App.Chat.ChatEndpoints.Join", inSecond.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_every_pair_among_three_duplicates()
    {
        var source = InEndpointsClass("""
                [WebSocketEndpoint([|"/x"|])]
                public static Task A(WebSocketSession session) => Task.CompletedTask;

                [WebSocketEndpoint([|"/x"|])]
                public static Task B(WebSocketSession session) => Task.CompletedTask;

                [WebSocketEndpoint([|"/x"|])]
                public static Task C(WebSocketSession session) => Task.CompletedTask;
            """);
        var (clean, spans) = ParseMarkup(source);

        var diagnostics = await AnalyzeAsync(clean);

        // Three pairs, each reported on both of its endpoints.
        Assert.Equal(6, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal("ATTRWS003", d.Id));
        foreach (var span in spans)
        {
            Assert.Equal(2, diagnostics.Count(d => d.Location.SourceSpan == span));
        }
    }

    [Theory]
    [InlineData("[|\"/chat\"|], SubProtocols = \"v1\", AllowMissingSubProtocol = true", "[|\"/chat\"|], SubProtocols = \"v2\", AllowMissingSubProtocol = true")]
    [InlineData("[|\"/rooms/{a}\"|], SubProtocols = \"json\", AllowMissingSubProtocol = true", "[|\"/Rooms/{b}/\"|], SubProtocols = \"msgpack,cbor\", AllowMissingSubProtocol = true")]
    [InlineData("[|\"/chat\"|], SubProtocols = \"v1\", AllowMissingSubProtocol = true", "[|\"/chat\"|]")]
    public async Task Reports_disjoint_endpoints_that_both_accept_a_client_offering_no_subprotocol(string first, string second)
    {
        // A client that offers none of the subprotocols (or none at all) is served by both: the first declared would win silently.
        var diagnostics = await VerifyAsync(TwoEndpoints(first, second), "ATTRWS003", DiagnosticSeverity.Error, "AllowMissingSubProtocol");

        Assert.Contains("App.Endpoints.Second", diagnostics[0].GetMessage(), StringComparison.Ordinal);
        Assert.Contains("App.Endpoints.First", diagnostics[1].GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"/chat\", SubProtocols = \"v1\", AllowMissingSubProtocol = true", "\"/chat\", SubProtocols = \"v2\"")]
    [InlineData("\"/chat\", SubProtocols = \"v1\", AllowMissingSubProtocol = false", "\"/chat\", SubProtocols = \"v2\", AllowMissingSubProtocol = true")]
    [InlineData("\"/chat\", SubProtocols = \"v1\", AllowMissingSubProtocol = true", "\"/chats\", SubProtocols = \"v2\", AllowMissingSubProtocol = true")]
    public async Task Accepts_allow_missing_subprotocol_on_one_endpoint_of_a_template(string first, string second)
    {
        await VerifyCleanAsync(TwoEndpoints(first, second));
    }

    [Theory]
    [InlineData("\"/chat\", SubProtocols = \"v1\"", "\"/chat\", SubProtocols = \"v2\"")]
    [InlineData("\"/chat\", SubProtocols = \"v1,v2\"", "\"/chat\", SubProtocols = \"V1,v3\"")]
    [InlineData("\"/chat/{a}\", SubProtocols = \"json\"", "\"/chat/{b}\", SubProtocols = \"msgpack\"")]
    [InlineData("\"/chat\"", "\"/chats\"")]
    [InlineData("\"/rooms/{a:int}\"", "\"/rooms/{b}\"")]
    [InlineData("\"/rooms/{a}\"", "\"/rooms/{b}/x\"")]
    public async Task Accepts_distinct_routes_and_disjoint_subprotocols(string first, string second)
    {
        await VerifyCleanAsync(TwoEndpoints(first, second));
    }

    [Theory]
    [InlineData("[|\"/a/{x:int}\"|]", "[|\"/a/{y:min(1)}\"|]")]
    [InlineData("[|\"/a/{x:long}\"|]", "[|\"/a/{y:range(-3,3)}\"|]")]
    [InlineData("[|\"/a/{x:length(3)}\"|]", "[|\"/a/{y:int}\"|]")]
    [InlineData("[|\"/a/{x:alpha}\"|]", "[|\"/a/{y:bool}\"|]")]
    [InlineData("[|\"/a/{x:alpha}\"|]", "[|\"/a/{y:guid}\"|]")]
    [InlineData("[|\"/a/{x?}\"|]", "[|\"/a/{y}\"|]")]
    [InlineData("[|\"/a/{x:int?}\"|]", "[|\"/a/{y:alpha?}\"|]")]
    [InlineData("[|\"/a/{x}/b/{z:int}\"|]", "[|\"/A/{y}/B/{w:max(10)}\"|]")]
    public async Task Reports_ambiguous_routes_on_both_endpoints(string first, string second)
    {
        var diagnostics = await VerifyAsync(TwoEndpoints(first, second), "ATTRWS013", DiagnosticSeverity.Error, "equal precedence", "add a literal or a constraint");

        Assert.Contains("App.Endpoints.Second", diagnostics[0].GetMessage(), StringComparison.Ordinal);
        Assert.Contains("App.Endpoints.First", diagnostics[1].GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"/a/{x:int}\"", "\"/a/{y:min(1)}\"", "/a/1")]
    [InlineData("\"/a/{x?}\"", "\"/a/{y}\"", "/a/x")]
    [InlineData("\"/a/{x:int?}\"", "\"/a/{y:alpha?}\"", "/a")]
    [InlineData("\"/a/{x:alpha}\"", "\"/a/{y:bool}\"", "/a/true")]
    [InlineData("\"/a/{x:length(3)}/b/{z:max(-10)}\"", "\"/A/{y:int}/B/{w:min(-99)}\"", "/a/-10/b/-99")]
    public async Task Names_a_path_both_ambiguous_routes_match(string first, string second, string path)
    {
        var (source, _) = ParseMarkup(TwoEndpoints(first, second));

        var diagnostics = await AnalyzeAsync(source);

        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Contains($"(e.g. \"{path}\")", d.GetMessage(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reports_ambiguous_routes_even_with_disjoint_subprotocols()
    {
        // Routing picks the route before subprotocol negotiation picks the endpoint, so subprotocols cannot help.
        var source = TwoEndpoints("[|\"/a/{x:int}\"|], SubProtocols = \"v1\"", "[|\"/a/{y:min(0)}\"|], SubProtocols = \"v2\"");

        await VerifyAsync(source, "ATTRWS013", DiagnosticSeverity.Error, "equal precedence", "add a literal or a constraint");
    }

    [Theory]
    [InlineData("\"/a/{x:int}\"", "\"/a/{y:alpha}\"")]
    [InlineData("\"/a/{x:int}\"", "\"/a/{y:guid}\"")]
    [InlineData("\"/a/{x:bool}\"", "\"/a/{y:int}\"")]
    [InlineData("\"/a/{x:min(10)}\"", "\"/a/{y:max(9)}\"")]
    [InlineData("\"/a/{x:range(1,9)}\"", "\"/a/{y:length(2)}\"")]
    [InlineData("\"/a/{x:int}\"", "\"/a/{y}\"")]
    [InlineData("\"/a\"", "\"/a/{y?}\"")]
    [InlineData("\"/a/{x}/b\"", "\"/a/b/{y}\"")]
    [InlineData("\"/a/{x}\"", "\"/a/{*y}\"")]
    [InlineData("\"/a/{x:bool}\"", "\"/a/{y:length(6,10)}\"")]
    public async Task Accepts_routes_that_never_compete_for_a_path(string first, string second)
    {
        await VerifyCleanAsync(TwoEndpoints(first, second));
    }
}
