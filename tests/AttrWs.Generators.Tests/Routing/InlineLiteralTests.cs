using AttrWs.Generators.Tests.Infrastructure;
using AttrWs.Routing;

namespace AttrWs.Generators.Tests.Routing;

/// <summary>
/// Short literals are compared inline, character by character (a letter by <c>c | 0x20</c>), instead of through
/// <see cref="RouteMatching.LiteralEquals"/>: they must accept exactly what OrdinalIgnoreCase accepts, as
/// <see cref="RuntimeRouteTable"/> does.
/// </summary>
public sealed class InlineLiteralTests
{
    private const string Source = """
        using AttrWs;
        namespace App;
        public static class Few
        {
            [WebSocketEndpoint("/api/items/{id:int}")] public static void Items(string id) { }
            [WebSocketEndpoint("/api/Status")] public static void Status() { }
            [WebSocketEndpoint("/ap/{p}")] public static void Ap(string p) { }
            [WebSocketEndpoint("/apix")] public static void Apix() { }
            [WebSocketEndpoint("/v1.0/a-b_c~d")] public static void Version() { }
            [WebSocketEndpoint("/a@b/it's/x:y")] public static void Punctuation() { }
            [WebSocketEndpoint("/averyveryverylongliteral1")] public static void Long() { }
            [WebSocketEndpoint("/{first}/status")] public static void AnyStatus(string first) { }
        }
        """;

    private static readonly string[] Paths =
    [
        "/api/items/7", "/API/ITEMS/7", "/Api/iTeMs/7/", "/api/status", "/API/STATUS", "/api/statu", "/api/statuss",
        "/ap/x", "/AP/x", "/apix", "/APIX", "/api", "/apx", "/ap", "/api/items", "/api//7",
        // Non-ASCII look-alikes never equal an ASCII literal: U+0131 (dotless i), U+017F (long s), U+212A (Kelvin sign).
        "/ap\u0131/status", "/AP\u0130/status", "/api/\u017Ftatus", "/apix\u212A", "/\u0430pi/status",
        // Characters that differ from a literal's non-letters only in bit 0x20: '@'/'`', '.'/'\x0E', '-'/'\r', '~'/'^'.
        "/v1.0/a-b_c~d", "/V1.0/A-B_C~D", "/v1\u000E0/a-b_c~d", "/v1.0/a\rb_c~d", "/v1.0/a-b_c^d", "/v1.0/a-b\u007Fc~d",
        "/a@b/it's/x:y", "/A@B/IT'S/X:Y", "/a`b/it's/x:y", "/a@b/it\u0007s/x:y", "/a@b/it's/x\u001Ay",
        "/averyveryverylongliteral1", "/AVERYVERYVERYLONGLITERAL1", "/averyveryverylongliteral2",
        "/%61pi/status", "/api/%73tatus",
    ];

    [Fact]
    public void Generated_matcher_compares_short_literals_inline()
    {
        var run = GeneratorHarness.Run(Source);
        Assert.Contains("| 0x20) == 'a'", run.GeneratedSource, StringComparison.Ordinal);
        Assert.Contains("LiteralEquals(s0, \"averyveryverylongliteral1\")", run.GeneratedSource, StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_literals_route_like_the_runtime_table()
    {
        var run = GeneratorHarness.Run(Source);
        using var app = run.Load();
        var runtime = new RuntimeRouteTable();
        foreach (var endpoint in app.EndpointMap)
        {
            runtime.Add(new WebSocketEndpoint(endpoint.Template, endpoint.Handler) { Name = endpoint.Name });
        }

        foreach (var path in Paths)
        {
            var generated = app.RouteTable.TryMatch(path, out var g);
            var expected = runtime.TryMatch(path, out var r);
            Assert.True(generated == expected, $"{path}: generated {generated}, runtime {expected}");
            if (generated)
            {
                Assert.True(g.Route.Template == r.Route.Template, $"{path}: generated {g.Route.Template}, runtime {r.Route.Template}");
            }
        }

        Assert.True(app.RouteTable.TryMatch("/AP\u0131/status", out var dotless));
        Assert.Equal("/{first}/status", dotless.Route.Template);
        Assert.False(app.RouteTable.TryMatch("/a`b/it's/x:y", out _));
        Assert.True(app.RouteTable.TryMatch("/A@B/IT'S/X:Y", out var punctuation));
        Assert.Equal("/a@b/it's/x:y", punctuation.Route.Template);
    }
}
