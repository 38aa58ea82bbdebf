using AttrWs.Generators.Tests.Infrastructure;
using AttrWs.Routing;

namespace AttrWs.Generators.Tests.Routing;

/// <summary>
/// A trie node with many literals is matched through a dictionary (flat in the route count) instead of a comparison
/// chain; it must route exactly like the chain and like <see cref="RuntimeRouteTable"/>.
/// </summary>
public sealed class LiteralLookupTests
{
    private const string Source = """
        using AttrWs;
        namespace App;
        public static class Many
        {
            [WebSocketEndpoint("/svc/alpha")] public static void A() { }
            [WebSocketEndpoint("/svc/beta")] public static void B() { }
            [WebSocketEndpoint("/svc/gamma/{id:int}")] public static void C(string id) { }
            [WebSocketEndpoint("/svc/delta/x")] public static void D() { }
            [WebSocketEndpoint("/svc/delta/{name}")] public static void D2(string name) { }
            [WebSocketEndpoint("/svc/epsilon")] public static void E() { }
            [WebSocketEndpoint("/svc/zeta")] public static void Z() { }
            [WebSocketEndpoint("/svc/eta")] public static void H() { }
            [WebSocketEndpoint("/svc/theta")] public static void T() { }
            [WebSocketEndpoint("/svc/iota")] public static void I() { }
            [WebSocketEndpoint("/svc/Kappa")] public static void K() { }
            [WebSocketEndpoint("/svc/mu")] public static void Mu() { }
            [WebSocketEndpoint("/svc/nu")] public static void Nu() { }
            [WebSocketEndpoint("/svc/xi")] public static void Xi() { }
            [WebSocketEndpoint("/svc/{other}")] public static void Other(string other) { }
            [WebSocketEndpoint("/svc/{*rest}")] public static void Rest(string rest) { }
        }
        """;

    private static readonly string[] Paths =
    [
        "/svc/alpha", "/SVC/ALPHA", "/svc/Beta/", "/svc/gamma/7", "/svc/gamma/x", "/svc/delta/x", "/svc/delta/X",
        "/svc/delta/y", "/svc/epsilon", "/svc/zeta?q=1", "/svc/eta", "/svc/theta", "/svc/iota", "/svc/kappa",
        "/svc/KAPPA", "/svc/mu", "/svc/NU", "/svc/xi/", "/svc/lambda", "/svc/alphax", "/svc/alph", "/svc/%61lpha", "/svc/alpha/more", "/svc", "/other",
    ];

    [Fact]
    public void Generated_matcher_uses_a_lookup_for_a_node_with_many_literals()
    {
        var run = GeneratorHarness.Run(Source);
        Assert.Contains("CreateLiteralLookup", run.GeneratedSource, StringComparison.Ordinal);
    }

    [Fact]
    public void Lookup_node_routes_like_the_runtime_table()
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
                Assert.Equal(r.Values.SlotCount, g.Values.SlotCount);
            }
        }

        Assert.True(app.RouteTable.TryMatch("/svc/KAPPA", out var kappa));
        Assert.Equal("/svc/Kappa", kappa.Route.Template);
        Assert.True(app.RouteTable.TryMatch("/svc/lambda", out var other));
        Assert.Equal("/svc/{other}", other.Route.Template);
    }

    [Fact]
    public void Lookup_node_allocates_nothing_without_route_values()
    {
        var run = GeneratorHarness.Run(Source);
        using var app = run.Load();
        var table = app.RouteTable;
        Assert.True(table.TryMatch("/svc/KAPPA", out _)); // warm-up: static initialization, JIT
        var before = GC.GetAllocatedBytesForCurrentThread();
        var matched = 0;
        for (var i = 0; i < 100; i++)
        {
            matched += table.TryMatch("/svc/theta", out _) ? 1 : 0;
            matched += table.TryMatch("/SVC/XI/", out _) ? 1 : 0;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(200, matched);
    }
}
