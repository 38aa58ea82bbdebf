using AttrWs.Routing;

namespace AttrWs.Generators.Tests.Routing;

/// <summary>
/// DESIGN §5: matching allocates nothing when no route values are captured, and (issue 15) a match of a string path
/// allocates nothing when it captures values either: they are recorded as ranges and decoded when first read.
/// </summary>
public sealed class ZeroAllocationTests(RoutingFixture fixture) : IClassFixture<RoutingFixture>
{
    // Literal routes, literal routes reached after failed parameter branches, and misses (404) of every kind.
    private static readonly string[] PathsWithoutValues =
    [
        "/", "/echo", "/ECHO/", "/chat/lobby", "/files/special", "/docs", "/proto?v=1", "/case/sensitive",
        "/echo2", "/chat", "/ranks/9", "/multi/0", "/guids/nope", "/users/bob", "/nothing/here/at/all/really/deep/path",
        "/items/%41", "",
    ];

    // Parameters, constrained ones (checked on the span), percent-encoded values, absent optionals and catch-alls.
    private static readonly string[] PathsWithValues =
    [
        "/chat/general", "/chat/42", "/chat/caf%C3%A9", "/users/alice/posts/7", "/items/%34%32", "/opt2/a", "/opt2/a/b",
        "/deep/1/2/3/4", "/deep", "/deep/1/2", "/files/a/b/c.txt?x=1", "/echo/dashboard",
    ];

    [Fact]
    public void Generated_matcher_allocates_nothing_without_route_values() =>
        Assert.Equal(0, MeasureAllocations(fixture.Generated, PathsWithoutValues, expectedMatches: 8, expectValues: false));

    [Fact]
    public void Runtime_table_allocates_nothing_without_route_values() =>
        Assert.Equal(0, MeasureAllocations(fixture.Runtime, PathsWithoutValues, expectedMatches: 8, expectValues: false));

    [Fact]
    public void Generated_matcher_allocates_nothing_when_it_captures_values_of_a_string_path() =>
        Assert.Equal(0, MeasureAllocations(fixture.Generated, PathsWithValues, PathsWithValues.Length, expectValues: true));

    [Fact]
    public void Runtime_table_allocates_nothing_when_it_captures_values_of_a_string_path() =>
        Assert.Equal(0, MeasureAllocations(fixture.Runtime, PathsWithValues, PathsWithValues.Length, expectValues: true));

    [Fact]
    public void Reading_a_value_allocates_once_and_later_reads_return_the_same_string()
    {
        // The measurement itself must be able to see allocations, or the zeros above prove nothing.
        var table = fixture.Generated;
        Assert.True(table.TryMatch("/chat/general", out var warm));
        _ = warm.Values["room"];

        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.True(table.TryMatch("/chat/general", out var match));
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);

        var values = match.Values;
        var first = values["room"];
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before > 0);
        Assert.Equal("general", first);

        var afterFirstRead = GC.GetAllocatedBytesForCurrentThread();
        Assert.Same(first, values["room"]);
        Assert.Same(first, values.GetValue(0));
        Assert.True(values.TryGetValue("ROOM", out var again));
        Assert.Same(first, again);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - afterFirstRead);
    }

    [Fact]
    public void A_span_path_with_values_is_copied_at_match_time()
    {
        var table = fixture.Generated;
        var buffer = "/chat/caf%C3%A9".ToCharArray();
        Assert.True(table.TryMatch(buffer.AsSpan(), out var match));
        var values = match.Values;
        Array.Fill(buffer, 'x'); // the caller reuses its buffer: the values must not change with it
        Assert.Equal("café", values["room"]);
        Assert.Same(values, match.Values); // created once, at match time
    }

    private static long MeasureAllocations(IWebSocketRouteTable table, string[] paths, int expectedMatches, bool expectValues)
    {
        foreach (var path in paths)
        {
            table.TryMatch(path, out _); // warm up: static initialization, JIT
        }

        var matched = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 200; i++)
        {
            foreach (var path in paths)
            {
                if (table.TryMatch(path, out var match) && match.Route is not null)
                {
                    matched++;
                }
            }
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(200 * expectedMatches, matched);

        // After the measurement: the matches it made carry the right kind of values.
        foreach (var path in paths)
        {
            if (table.TryMatch(path, out var match))
            {
                Assert.Equal(expectValues, match.Values.SlotCount > 0);
            }
        }

        return allocated;
    }
}
