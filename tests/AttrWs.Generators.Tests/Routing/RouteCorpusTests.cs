namespace AttrWs.Generators.Tests.Routing;

/// <summary>The generated matcher and the runtime table against the same corpus.</summary>
public sealed class RouteCorpusTests(RoutingFixture fixture) : IClassFixture<RoutingFixture>
{
    [Fact]
    public void Corpus_is_large_enough_to_cover_the_grammar()
    {
        Assert.True(RouteCorpus.All.Count(c => !c.TypedOnly) >= 200);
        Assert.Contains(RouteCorpus.All, c => c.Endpoints is null);
        Assert.Contains(RouteCorpus.All, c => c.Values.Any(v => v.Value is null));
    }

    [Fact]
    public void Generated_matcher_matches_the_corpus()
    {
        var failures = RouteCorpus.All.Select(c => RoutingFixture.Check(fixture.Generated, c)).OfType<string>().ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Runtime_table_matches_the_corpus()
    {
        var failures = RouteCorpus.All.Where(c => !c.TypedOnly).Select(c => RoutingFixture.Check(fixture.Runtime, c)).OfType<string>().ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Runtime_table_and_generated_matcher_agree_on_every_corpus_path()
    {
        foreach (var c in RouteCorpus.All.Where(c => !c.TypedOnly))
        {
            var generated = fixture.Generated.TryMatch(c.Path, out var g);
            var runtime = fixture.Runtime.TryMatch(c.Path, out var r);
            Assert.Equal(generated, runtime);
            if (generated)
            {
                Assert.Equal(g.Route.Template, r.Route.Template);
                Assert.Equal(g.Values.ToArray(), r.Values.ToArray());
            }
        }
    }

    [Fact]
    public void Endpoints_sharing_a_template_form_one_route_in_declaration_order()
    {
        Assert.True(fixture.Generated.TryMatch("/proto", out var match));
        Assert.Equal(["E.ProtoV2", "E.ProtoV1"], match.Route.Endpoints.Select(e => e.Name));
        Assert.Equal(["v2"], match.Route.Endpoints[0].SubProtocols);
        Assert.Equal(["v1", "v1.legacy"], match.Route.Endpoints[1].SubProtocols);
        Assert.Same(match.Route, fixture.Generated.TryMatch("/PROTO/", out var again) ? again.Route : null);
    }
}
