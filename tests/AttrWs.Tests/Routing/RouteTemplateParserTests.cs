using AttrWs.Routing.Template;

namespace AttrWs.Tests.Routing;

/// <summary>The shared template grammar (DESIGN §5), as the generator compiles it.</summary>
public sealed class RouteTemplateParserTests
{
    [Fact]
    public void Root_template_has_no_segments()
    {
        var template = Parse("/");
        Assert.Empty(template.Segments);
    }

    [Fact]
    public void Parses_literals_parameters_constraints_optional_and_catch_all()
    {
        var template = Parse("/api/{id:int:min(1)}/{*rest}");
        Assert.Collection(
            template.Segments,
            s => Assert.Equal((RouteSegmentKind.Literal, "api", 1, 3), (s.Kind, s.Text, s.Offset, s.Length)),
            s =>
            {
                Assert.Equal((RouteSegmentKind.Parameter, "id", false, 5, 15), (s.Kind, s.Text, s.IsOptional, s.Offset, s.Length));
                Assert.Equal(["int", "min(1)"], s.Constraints.Select(c => c.Canonical));
                Assert.Equal(RouteRanks.ConstrainedParameter, s.Rank);
            },
            s => Assert.Equal((RouteSegmentKind.CatchAll, "rest", RouteRanks.CatchAll), (s.Kind, s.Text, s.Rank)));

        var optional = Parse("/pages/{n:int?}").Segments[1];
        Assert.True(optional.IsOptional);
        Assert.Equal(["int"], optional.Constraints.Select(c => c.Canonical));
        Assert.Equal(RouteRanks.Parameter, Parse("/{x}").Segments[0].Rank);
        Assert.Equal(RouteRanks.Literal, Parse("/x").Segments[0].Rank);
    }

    [Theory]
    [InlineData("int", "int")]
    [InlineData("LONG", "long")]
    [InlineData("guid", "guid")]
    [InlineData("bool", "bool")]
    [InlineData("alpha", "alpha")]
    [InlineData("length(3)", "length(3,3)")]
    [InlineData("length(0,20)", "length(0,20)")]
    [InlineData("min(-5)", "min(-5)")]
    [InlineData("max(9223372036854775807)", "max(9223372036854775807)")]
    [InlineData("range(1,10)", "range(1,10)")]
    [InlineData("range(3,3)", "range(3,3)")]
    public void Accepts_every_constraint_of_the_grammar(string constraint, string canonical) =>
        Assert.Equal(canonical, Assert.Single(Parse("/{v:" + constraint + "}").Segments[0].Constraints).Canonical);

    [Fact]
    public void A_trailing_slash_is_ignored()
    {
        var template = Parse("/chat/");
        Assert.Equal("chat", Assert.Single(template.Segments).Text);
    }

    [Fact]
    public void Literals_accept_url_path_characters()
    {
        Assert.Equal("a-b.c_d~e!$&'()*+,;=:@", Parse("/a-b.c_d~e!$&'()*+,;=:@").Segments[0].Text);
    }

    [Theory]
    [InlineData("", 0, 0)]
    [InlineData("chat", 0, 1)]
    [InlineData("//", 0, 2)]
    [InlineData("/a//b", 2, 2)]
    [InlineData("/a//", 2, 2)]
    [InlineData("/{id", 1, 3)]
    [InlineData("/{id/x}", 1, 3)]
    [InlineData("/id}", 3, 1)]
    [InlineData("/{a{b}}", 3, 1)]
    [InlineData("/file.{ext}", 1, 10)]
    [InlineData("/{}", 1, 2)]
    [InlineData("/{1id}", 2, 1)]
    [InlineData("/{i-d}", 3, 1)]
    [InlineData("/{id=5}", 4, 2)]
    [InlineData("/{a?}/b", 1, 4)]
    [InlineData("/{*a}/b", 1, 4)]
    [InlineData("/{*a?}", 1, 5)]
    [InlineData("/{a}/{A}", 5, 3)]
    [InlineData("/a b", 2, 1)]
    [InlineData("/a%20b", 2, 1)]
    [InlineData("/a?b", 2, 1)]
    [InlineData("/caf\u00e9", 4, 1)]
    public void Reports_syntax_errors_at_the_offending_characters(string text, int offset, int length)
    {
        var error = ParseError(text);
        Assert.Equal(RouteTemplateError.SyntaxId, error.Id);
        Assert.Equal((offset, length), (error.Offset, error.Length));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Theory]
    [InlineData("/{id:integer}", 5, 7)]
    [InlineData("/{id:}", 4, 1)]
    [InlineData("/{id:int(1)}", 5, 6)]
    [InlineData("/{id:min}", 5, 3)]
    [InlineData("/{id:min(a)}", 5, 6)]
    [InlineData("/{id:min(1,2)}", 5, 8)]
    [InlineData("/{id:range(5,1)}", 5, 10)]
    [InlineData("/{id:range(1)}", 5, 8)]
    [InlineData("/{id:length(-1)}", 5, 10)]
    [InlineData("/{id:length(4,2)}", 5, 11)]
    [InlineData("/{id:length(1,2,3)}", 5, 13)]
    [InlineData("/{id:max(1}", 5, 5)]
    [InlineData("/{*rest:int}", 1, 11)]
    public void Reports_constraint_errors_at_the_constraint(string text, int offset, int length)
    {
        var error = ParseError(text);
        Assert.Equal(RouteTemplateError.ConstraintId, error.Id);
        Assert.Equal((offset, length), (error.Offset, error.Length));
    }

    [Fact]
    public void Error_messages_say_how_to_fix_the_template()
    {
        Assert.Contains("start with '/'", ParseError("chat").Message, StringComparison.Ordinal);
        Assert.Contains("use one of", ParseError("/{id:integer}").Message, StringComparison.Ordinal);
        Assert.Contains("last segment", ParseError("/{a?}/b").Message, StringComparison.Ordinal);
        Assert.Contains("rename", ParseError("/{a}/{a}").Message, StringComparison.Ordinal);
    }

    private static RouteTemplate Parse(string text)
    {
        var template = RouteTemplateParser.Parse(text, out var error);
        Assert.Null(error);
        return Assert.IsType<RouteTemplate>(template);
    }

    private static RouteTemplateError ParseError(string text)
    {
        Assert.Null(RouteTemplateParser.Parse(text, out var error));
        return Assert.IsType<RouteTemplateError>(error);
    }
}
