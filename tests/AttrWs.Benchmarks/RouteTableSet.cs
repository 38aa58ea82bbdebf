using AttrWs.Benchmarks.Routes10;
using AttrWs.Benchmarks.Routes100;
using AttrWs.Benchmarks.Routes1000;
using AttrWs.Routing;

namespace AttrWs.Benchmarks;

/// <summary>
/// One of the benchmark route tables (10, 100 or 1,000 templates from <c>RouteTables/generate.py</c>) and the paths
/// the routing benchmarks look up in it. The paths hit the LAST route of their shape, the worst case for any matcher
/// that tries routes in order.
/// </summary>
internal sealed class RouteTableSet
{
    private RouteTableSet(IWebSocketRouteTable generated, string[] templates)
    {
        Generated = generated;
        Templates = templates;
        var lastLiteral = LastIndex(templates, "/status");
        var lastItems = LastIndex(templates, "/items/{id:int}");
        var lastPosts = LastIndex(templates, "/posts/{post:int}");
        LiteralPath = $"/api/r{lastLiteral}/status";
        OneValuePath = $"/api/r{lastItems}/items/42";
        TwoValuePath = $"/api/r{lastPosts}/users/alice/posts/7";
        MissPath = "/api/nope/status";
    }

    public IWebSocketRouteTable Generated { get; }

    public string[] Templates { get; }

    /// <summary>A literal-only route: no values captured.</summary>
    public string LiteralPath { get; }

    /// <summary>An <c>{id:int}</c> route: one value captured.</summary>
    public string OneValuePath { get; }

    /// <summary>A <c>{user}/posts/{post:int}</c> route: two values captured.</summary>
    public string TwoValuePath { get; }

    /// <summary>No route matches (a 404).</summary>
    public string MissPath { get; }

    public static RouteTableSet For(int routes) => routes switch
    {
        10 => new RouteTableSet(Routes10Table.Generated, Routes10Table.Templates),
        100 => new RouteTableSet(Routes100Table.Generated, Routes100Table.Templates),
        1000 => new RouteTableSet(Routes1000Table.Generated, Routes1000Table.Templates),
        _ => throw new ArgumentOutOfRangeException(nameof(routes), routes, "The benchmark tables have 10, 100 or 1000 routes."),
    };

    private static int LastIndex(string[] templates, string suffix)
    {
        for (var i = templates.Length - 1; i >= 0; i--)
        {
            if (templates[i].EndsWith(suffix, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new InvalidOperationException("No template ends with " + suffix);
    }
}
