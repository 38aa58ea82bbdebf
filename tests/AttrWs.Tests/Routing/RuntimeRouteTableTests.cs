using AttrWs.Routing;

namespace AttrWs.Tests.Routing;

/// <summary>Registration rules of <see cref="RuntimeRouteTable"/> (its matching runs the shared corpus).</summary>
public sealed class RuntimeRouteTableTests
{
    private static readonly WebSocketEndpointHandler Handler = _ => default;

    [Fact]
    public void Rejects_an_invalid_template_with_the_grammar_error()
    {
        var table = new RuntimeRouteTable();
        var error = Assert.Throws<ArgumentException>(() => table.Add(new WebSocketEndpoint("/{id:integer}", Handler)));
        Assert.Contains("ATTRWS002", error.Message, StringComparison.Ordinal);
        Assert.Empty(table.Endpoints);
    }

    [Fact]
    public void Rejects_a_duplicate_template_with_overlapping_subprotocols()
    {
        var table = new RuntimeRouteTable();
        table.Add(new WebSocketEndpoint("/chat", Handler) { SubProtocols = ["a", "b"] });
        Assert.Throws<ArgumentException>(() => table.Add(new WebSocketEndpoint("/CHAT/", Handler) { SubProtocols = ["b"] }));

        // Two endpoints without subprotocols on one template overlap too.
        table.Add(new WebSocketEndpoint("/x", Handler));
        Assert.Throws<ArgumentException>(() => table.Add(new WebSocketEndpoint("/x", Handler)));
        Assert.Equal(2, table.Endpoints.Count);
    }

    [Fact]
    public void Rejects_two_endpoints_that_both_accept_a_client_offering_no_subprotocol()
    {
        // As ATTRWS003 for generated tables: registration order would otherwise silently pick the one that runs.
        var table = new RuntimeRouteTable();
        table.Add(new WebSocketEndpoint("/chat", Handler) { SubProtocols = ["v1"], AllowMissingSubProtocol = true });
        var error = Assert.Throws<ArgumentException>(() => table.Add(new WebSocketEndpoint("/chat", Handler) { SubProtocols = ["v2"], AllowMissingSubProtocol = true }));
        Assert.Contains("AllowMissingSubProtocol", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => table.Add(new WebSocketEndpoint("/chat", Handler)));

        // One of them may: the client that offers nothing has exactly one endpoint.
        table.Add(new WebSocketEndpoint("/chat", Handler) { SubProtocols = ["v3"] });
        Assert.Equal(2, table.Endpoints.Count);
    }

    [Fact]
    public void Endpoints_with_disjoint_subprotocols_share_one_route_in_registration_order()
    {
        var table = new RuntimeRouteTable();
        var v2 = new WebSocketEndpoint("/chat", Handler) { SubProtocols = ["v2"], Name = "v2" };
        var v1 = new WebSocketEndpoint("/Chat/", Handler) { SubProtocols = ["v1"], Name = "v1" };
        var none = new WebSocketEndpoint("/chat", Handler) { Name = "none" };
        table.Add(v2);
        table.Add(v1);
        table.Add(none);
        Assert.True(table.TryMatch("/chat", out var match));
        Assert.Equal([v2, v1, none], match.Route.Endpoints);
        Assert.Equal([v2, v1, none], table.Endpoints);
    }

    [Fact]
    public void Templates_longer_than_the_stack_buffer_still_match()
    {
        var table = new RuntimeRouteTable();
        var template = string.Concat(Enumerable.Range(0, 40).Select(i => "/s" + i)) + "/{last}/{*rest}";
        table.Add(new WebSocketEndpoint(template, Handler));
        var path = string.Concat(Enumerable.Range(0, 40).Select(i => "/S" + i)) + "/x/y/z";
        Assert.True(table.TryMatch(path, out var match));
        Assert.Equal("x", match.Values["last"]);
        Assert.Equal("y/z", match.Values["rest"]);
    }
}
