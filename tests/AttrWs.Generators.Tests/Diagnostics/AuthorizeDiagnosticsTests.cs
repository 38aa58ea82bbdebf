using Microsoft.CodeAnalysis;
using static AttrWs.Generators.Tests.Diagnostics.AnalyzerHarness;

namespace AttrWs.Generators.Tests.Diagnostics;

/// <summary>ATTRWS011: <c>[Authorize]</c> with an empty policy or role, or together with <c>[AllowAnonymous]</c>.</summary>
public sealed class AuthorizeDiagnosticsTests
{
    private static string WithAttributes(string attributes) => InEndpointsClass($$"""
            {{attributes}}
            [WebSocketEndpoint("/secure")]
            public static Task Run(WebSocketSession session) => Task.CompletedTask;
        """);

    [Theory]
    [InlineData("[[|Authorize(\"\")|]]", "policy")]
    [InlineData("[[|Authorize(\" \")|]]", "policy")]
    [InlineData("[[|Authorize(Policy = \"\")|]]", "policy")]
    [InlineData("[[|Authorize(Roles = \"\")|]]", "role")]
    [InlineData("[[|Authorize(Roles = \" , \")|]]", "role")]
    public async Task Warns_on_an_empty_policy_or_role(string attributes, string keyword)
    {
        await VerifyAsync(WithAttributes(attributes), "ATTRWS011", DiagnosticSeverity.Warning, keyword);
    }

    [Fact]
    public async Task Warns_on_authorize_and_allow_anonymous_on_one_method()
    {
        await VerifyAsync(WithAttributes("[[|Authorize|]]\n    [AllowAnonymous]"), "ATTRWS011", DiagnosticSeverity.Warning, "AllowAnonymous", "remove one");
    }

    [Theory]
    [InlineData("[Authorize]")]
    [InlineData("[Authorize(\"admins\")]")]
    [InlineData("[Authorize(Roles = \"admin,ops\", Schemes = \"Bearer\")]")]
    [InlineData("[AllowAnonymous]")]
    public async Task Accepts_meaningful_authorization(string attributes)
    {
        await VerifyCleanAsync(WithAttributes(attributes));
    }
}
