using AttrWs.Routing;

namespace AttrWs.Tests.Routing;

/// <summary>
/// Route values recorded as ranges of the path (issue 15): decoded on first read, the same string on every later read,
/// and the public members behave as for values given decoded.
/// </summary>
public sealed class RouteValuesTests
{
    private static readonly WebSocketEndpointHandler Handler = _ => default;

    private static RuntimeRouteTable Table(params string[] templates)
    {
        var table = new RuntimeRouteTable();
        foreach (var template in templates)
        {
            table.Add(new WebSocketEndpoint(template, Handler));
        }

        return table;
    }

    [Fact]
    public void Values_are_decoded_on_first_read_and_the_same_string_is_returned_afterwards()
    {
        var table = Table("/users/{user}/posts/{post:int}");
        Assert.True(table.TryMatch("/users/caf%C3%A9/posts/%34%32?x=1", out var match));
        var values = match.Values;

        var user = values["user"];
        Assert.Equal("café", user);
        Assert.Same(user, values["USER"]);
        Assert.Same(user, values.GetValue(0));
        Assert.True(values.TryGetValue("user", out var again));
        Assert.Same(user, again);

        var post = values.GetValue(1);
        Assert.Equal("42", post);
        Assert.Same(post, values["post"]);
        Assert.Equal(2, values.SlotCount);

        var enumerated = values.ToArray();
        Assert.Equal([new("user", "café"), new("post", "42")], enumerated);
        Assert.Same(user, enumerated[0].Value);
        Assert.Same(post, enumerated[1].Value);
    }

    [Fact]
    public void A_value_without_escapes_is_the_segment_as_written()
    {
        var table = Table("/chat/{room}");
        Assert.True(table.TryMatch("/chat/Lobby+1%", out var match)); // '%' without two hex digits stays as written
        Assert.Equal("Lobby+1%", match.Values["room"]);
    }

    [Fact]
    public void Absent_optional_and_empty_catch_all_values_read_as_absent_and_empty()
    {
        var table = Table("/opt/{x}/{y?}", "/files/{*path}");
        Assert.True(table.TryMatch("/opt/a", out var optional));
        Assert.Equal("a", optional.Values["x"]);
        Assert.Null(optional.Values["y"]);
        Assert.Null(optional.Values.GetValue(1));
        Assert.False(optional.Values.TryGetValue("y", out _));
        Assert.Equal(2, optional.Values.SlotCount);
        Assert.Equal([new("x", "a")], optional.Values.ToArray());

        Assert.True(table.TryMatch("/files/", out var empty));
        Assert.Equal(string.Empty, empty.Values["path"]);
        Assert.True(table.TryMatch("/files/a/b%2Fc/d.txt", out var rest));
        Assert.Equal("a/b/c/d.txt", rest.Values["path"]);
    }

    [Fact]
    public void The_root_path_gives_an_empty_catch_all()
    {
        var table = Table("/{*rest}");
        Assert.True(table.TryMatch("/", out var match));
        Assert.Equal(string.Empty, match.Values["rest"]);
        Assert.Equal(1, match.Values.SlotCount);
    }

    [Fact]
    public void Unknown_names_and_indexes_out_of_range_are_reported()
    {
        var table = Table("/chat/{room}");
        Assert.True(table.TryMatch("/chat/a", out var match));
        Assert.Null(match.Values["nope"]);
        Assert.Throws<ArgumentOutOfRangeException>(() => match.Values.GetValue(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => match.Values.GetValue(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RouteValues(["a"], ["b"]).GetValue(1));
    }

    [Fact]
    public void Concurrent_first_reads_all_return_the_same_string()
    {
        var table = Table("/chat/{room}");
        for (var round = 0; round < 50; round++)
        {
            Assert.True(table.TryMatch("/chat/r%C3%A9" + round, out var match));
            var values = match.Values;
            var seen = new string?[8];
            Parallel.For(0, seen.Length, i => seen[i] = values["room"]);
            Assert.Equal("ré" + round, seen[0]);
            Assert.All(seen, s => Assert.Same(seen[0], s));
        }
    }

    [Fact]
    public void A_span_path_is_copied_so_the_values_outlive_the_callers_buffer()
    {
        var table = Table("/chat/{room}/{*rest}");
        var buffer = "/chat/a%20b/c/d?q".ToCharArray();
        Assert.True(table.TryMatch(buffer.AsSpan(), out var match));
        Array.Fill(buffer, '%');
        Assert.Equal("a b", match.Values["room"]);
        Assert.Equal("c/d", match.Values["rest"]);
        Assert.Same(match.Values, match.Values);
    }

    [Fact]
    public void A_template_with_more_values_than_a_match_records_as_ranges_still_matches()
    {
        var table = Table("/v/{a}/{b}/{c}/{d}/{e}/{f?}");
        Assert.True(table.TryMatch("/v/1/2/3/4/%35", out var match));
        Assert.Equal(["1", "2", "3", "4", "5"], match.Values.Select(v => v.Value));
        Assert.Null(match.Values["f"]);
        Assert.Same(match.Values["e"], match.Values["e"]);
    }

    [Fact]
    public void A_string_path_match_with_values_allocates_nothing_until_a_value_is_read()
    {
        var table = Table("/api/r1/items/{id:int}", "/api/r2/users/{user}/posts/{post:int}", "/files/{*path}", "/o/{x?}");
        string[] paths = ["/api/r1/items/42", "/api/r2/users/alice/posts/7", "/files/a/b", "/o", "/o/x", "/api/r1/items/%34"];
        foreach (var path in paths)
        {
            Assert.True(table.TryMatch(path, out _)); // warm up
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            foreach (var path in paths)
            {
                table.TryMatch(path, out _);
            }
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Values_given_decoded_keep_working_as_before()
    {
        var values = new RouteValues(["a", "b"], ["x", null]);
        Assert.Equal("x", values["A"]);
        Assert.Null(values["b"]);
        Assert.Equal(2, values.SlotCount);
        Assert.Equal([new("a", "x")], values.ToArray());
        var match = new RouteMatch(new WebSocketRoute("/t", [new WebSocketEndpoint("/t", Handler)]), values);
        Assert.Same(values, match.Values);
        Assert.Same(RouteValues.Empty, (match with { Values = RouteValues.Empty }).Values);
    }
}
