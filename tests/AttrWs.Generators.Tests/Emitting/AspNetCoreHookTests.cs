using AttrWs.Generators.Emitting;
using AttrWs.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace AttrWs.Generators.Tests.Emitting;

/// <summary>
/// The ASP.NET Core hook (<c>app.MapWebSocketEndpoints()</c>) is emitted only when the app references AttrWs.AspNetCore, and
/// compiles against it; ASP.NET Core's <c>[Authorize]</c>/<c>[AllowAnonymous]</c> are read like AttrWs's.
/// </summary>
public sealed class AspNetCoreHookTests
{
    private const string Endpoints = """
        using System.Threading.Tasks;
        using AttrWs;

        namespace App;

        public static class Chat
        {
            [WebSocketEndpoint("/echo")]
            public static Task Echo(WebSocketSession session) => Task.CompletedTask;

            [WebSocketEndpoint("/admin")]
            [Microsoft.AspNetCore.Authorization.Authorize(Roles = "admin", AuthenticationSchemes = "Cookies")]
            public static Task Admin(WebSocketSession session) => Task.CompletedTask;

            [WebSocketEndpoint("/open")]
            [Microsoft.AspNetCore.Authorization.AllowAnonymous]
            public static Task Open(WebSocketSession session) => Task.CompletedTask;
        }
        """;

    /// <summary>The surface of Microsoft.AspNetCore.Authorization the endpoints use (its shape, not the assembly).</summary>
    private const string AuthorizationStubs = """
        namespace Microsoft.AspNetCore.Authorization
        {
            [System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Method, AllowMultiple = true)]
            public sealed class AuthorizeAttribute : System.Attribute
            {
                public AuthorizeAttribute() { }
                public AuthorizeAttribute(string policy) => Policy = policy;
                public string? Policy { get; set; }
                public string? Roles { get; set; }
                public string? AuthenticationSchemes { get; set; }
            }

            [System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Method)]
            public sealed class AllowAnonymousAttribute : System.Attribute { }
        }
        """;

    /// <summary>The surface of AttrWs.AspNetCore and endpoint routing the hook calls.</summary>
    private const string AdapterStubs = """
        namespace AttrWs.AspNetCore
        {
            public sealed class WebSocketEndpointHost { }
        }

        namespace Microsoft.AspNetCore.Routing
        {
            public interface IEndpointRouteBuilder { }
            public sealed class RouteGroupBuilder { }
        }

        namespace Microsoft.AspNetCore.Builder
        {
            public static class WebSocketEndpointRouteBuilderExtensions
            {
                public static Microsoft.AspNetCore.Routing.RouteGroupBuilder MapWebSocketEndpoints(
                    this Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints, AttrWs.Routing.IWebSocketRouteTable table) => new();
            }
        }

        namespace App
        {
            public static class Startup
            {
                public static Microsoft.AspNetCore.Routing.RouteGroupBuilder Map(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder app)
                    => Microsoft.AspNetCore.Builder.AttrWsGeneratedAspNetCoreExtensions.MapWebSocketEndpoints(app);
            }
        }
        """;

    [Fact]
    public void Without_AttrWs_AspNetCore_no_hook_is_emitted()
    {
        var files = Generate(out _, Endpoints, AuthorizationStubs);
        Assert.DoesNotContain(AspNetCoreHookEmitter.HintName, files.Keys);
    }

    [Fact]
    public void With_AttrWs_AspNetCore_the_hook_is_emitted_and_hands_over_the_generated_table()
    {
        var files = Generate(out var output, Endpoints, AuthorizationStubs, AdapterStubs);
        var hook = files[AspNetCoreHookEmitter.HintName];
        Assert.Contains("MapWebSocketEndpoints(endpoints, global::AttrWs.Generated.GeneratedWebSocketEndpoints.RouteTable)", hook, StringComparison.Ordinal);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        Assert.True(problems.Length == 0, string.Join("\n", problems.Select(d => d.ToString())));
    }

    [Fact]
    public void ASP_NET_Core_authorization_attributes_become_the_endpoints_requirements()
    {
        var files = Generate(out _, Endpoints, AuthorizationStubs);
        var table = files[EndpointsEmitter.HintName];
        Assert.Contains("\"admin\"", table, StringComparison.Ordinal);
        Assert.Contains("\"Cookies\"", table, StringComparison.Ordinal);
        Assert.Contains("allowAnonymous: true", table, StringComparison.Ordinal);
    }

    /// <summary>An endpoint file as ASP.NET Core apps write them: both namespaces imported, then <c>[Authorize]</c>.</summary>
    private static string BothNamespaces(string alias) => $$"""
        using System.Threading.Tasks;
        using AttrWs;
        using Microsoft.AspNetCore.Authorization;
        {{alias}}

        namespace App;

        public static class Admin
        {
            [WebSocketEndpoint("/admin")]
            [Authorize(Roles = "admin")]
            public static Task Run(WebSocketSession session) => Task.CompletedTask;
        }
        """;

    [Fact]
    public void Importing_both_namespaces_makes_a_bare_Authorize_ambiguous()
    {
        Generate(out var output, BothNamespaces(string.Empty), AuthorizationStubs);
        Assert.Contains(output.GetDiagnostics(), d => d.Id == "CS0104" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("'Authorize'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("using AuthorizeAttribute = Microsoft.AspNetCore.Authorization.AuthorizeAttribute;")]
    [InlineData("using AuthorizeAttribute = AttrWs.AuthorizeAttribute;")]
    public void A_using_alias_resolves_it_and_either_attribute_generates_the_same_requirements(string alias)
    {
        var files = Generate(out var output, BothNamespaces(alias), AuthorizationStubs);
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, string.Join("\n", errors.Select(d => d.ToString())));

        // Both hosts read the generated map: it is the same whichever attribute the alias names.
        var reference = Generate(out _, BothNamespaces("using AuthorizeAttribute = AttrWs.AuthorizeAttribute;"), AuthorizationStubs);
        Assert.Contains("\"admin\"", files[EndpointsEmitter.HintName], StringComparison.Ordinal);
        Assert.Equal(reference[EndpointsEmitter.HintName], files[EndpointsEmitter.HintName]);
    }

    private static Dictionary<string, string> Generate(out Compilation output, params string[] sources)
    {
        var compilation = GeneratorHarness.CreateCompilation(sources);
        var driver = GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out output, out var diagnostics);
        Assert.Empty(diagnostics);
        return driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
    }
}
