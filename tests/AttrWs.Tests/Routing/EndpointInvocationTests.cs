using AttrWs.Routing;

namespace AttrWs.Tests.Routing;

/// <summary>The generated invokers' readers of typed route values: parsed from the path, no string created.</summary>
public sealed class EndpointInvocationTests
{
    private static readonly WebSocketEndpointHandler Handler = _ => default;

    private static RouteValues Match(string template, string path)
    {
        var table = new RuntimeRouteTable();
        table.Add(new WebSocketEndpoint(template, Handler));
        Assert.True(table.TryMatch(path, out var match));
        return match.Values;
    }

    [Fact]
    public void Reads_typed_values_from_the_path_and_decodes_escapes()
    {
        var values = Match("/t/{i:int}/{l:long}/{g:guid}/{b:bool}/{o?}", "/t/-%34%32/9223372036854775807/6F9619FF-8B86-D011-B42D-00C04FC964FF/fals%65");
        Assert.True(EndpointInvocation.TryGetInt32(values, 0, out var i));
        Assert.Equal(-42, i);
        Assert.True(EndpointInvocation.TryGetInt64(values, 1, out var l));
        Assert.Equal(long.MaxValue, l);
        Assert.True(EndpointInvocation.TryGetGuid(values, 2, out var g));
        Assert.Equal(Guid.Parse("6f9619ff-8b86-d011-b42d-00c04fc964ff"), g);
        Assert.True(EndpointInvocation.TryGetBoolean(values, 3, out var b));
        Assert.False(b);
        Assert.False(EndpointInvocation.TryGetInt32(values, 4, out var absent)); // absent optional
        Assert.Equal(0, absent);

        // The strings are still there for whoever reads them, decoded.
        Assert.Equal("-42", values["i"]);
        Assert.Equal("false", values["b"]);
    }

    [Fact]
    public void Reading_an_int_value_creates_no_string()
    {
        var values = Match("/items/{id:int}", "/items/12345");
        Assert.True(EndpointInvocation.TryGetInt32(values, 0, out _)); // warm up
        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.True(EndpointInvocation.TryGetInt32(values, 0, out var id));
        Assert.True(EndpointInvocation.TryGetInt32(values, 0, out var encoded));
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(12345, id);
        Assert.Equal(12345, encoded);
    }

    [Fact]
    public void Values_given_decoded_are_parsed_as_they_are_not_decoded_twice()
    {
        // A decoded value that contains an escape-like sequence must not be decoded again.
        var values = new RouteValues(["n", "m"], ["%31", "5"]);
        Assert.Throws<FormatException>(() => EndpointInvocation.TryGetInt32(values, 0, out _));
        Assert.True(EndpointInvocation.TryGetInt32(values, 1, out var five));
        Assert.Equal(5, five);
    }
}
