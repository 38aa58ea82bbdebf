using AttrWs.Routing;

namespace AttrWs.Generators.Tests.Routing;

/// <summary>DESIGN §5: matching allocates nothing when no route values are captured.</summary>
public sealed class ZeroAllocationTests(RoutingFixture fixture) : IClassFixture<RoutingFixture>
{
    // Literal routes, literal routes reached after failed parameter branches, and misses (404) of every kind.
    private static readonly string[] PathsWithoutValues =
    [
        "/", "/echo", "/ECHO/", "/chat/lobby", "/files/special", "/docs", "/proto?v=1", "/case/sensitive",
        "/echo2", "/chat", "/ranks/9", "/multi/0", "/guids/nope", "/users/bob", "/nothing/here/at/all/really/deep/path",
        "/items/%41", "",
    ];

    [Fact]
    public void Generated_matcher_allocates_nothing_without_route_values() =>
        Assert.Equal(0, MeasureAllocations(fixture.Generated));

    [Fact]
    public void Runtime_table_allocates_nothing_without_route_values() =>
        Assert.Equal(0, MeasureAllocations(fixture.Runtime));

    [Fact]
    public void Capturing_route_values_does_allocate()
    {
        // The measurement itself must be able to see allocations, or the zero above proves nothing.
        var table = fixture.Generated;
        table.TryMatch("/chat/general", out _);
        var before = GC.GetAllocatedBytesForCurrentThread();
        table.TryMatch("/chat/general", out var match);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before > 0);
        Assert.Equal("general", match.Values["room"]);
    }

    private static long MeasureAllocations(IWebSocketRouteTable table)
    {
        foreach (var path in PathsWithoutValues)
        {
            table.TryMatch(path, out _); // warm up: static initialization, JIT
        }

        var matched = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 200; i++)
        {
            foreach (var path in PathsWithoutValues)
            {
                if (table.TryMatch(path, out var match) && match.Values.SlotCount == 0)
                {
                    matched++;
                }
            }
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(200 * 8, matched); // the eight literal paths above match, the others miss
        return allocated;
    }
}
