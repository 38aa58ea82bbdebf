using AttrWs.Routing;

namespace AttrWs.Tests.Routing;

/// <summary>The span helpers both matchers share.</summary>
public sealed class RouteMatchingTests
{
    [Theory]
    [InlineData("/", "")]
    [InlineData("/a", "/a")]
    [InlineData("/a/", "/a")]
    [InlineData("/a//", "/a/")]
    [InlineData("/a?x=/b", "/a")]
    [InlineData("/a/?x", "/a")]
    [InlineData("/a#frag", "/a")]
    [InlineData("/?", "")]
    public void Normalizes_query_and_one_trailing_slash_away(string path, string expected)
    {
        Assert.True(RouteMatching.TryNormalize(path, out var normalized));
        Assert.Equal(expected, normalized.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("?/a")]
    [InlineData("*")]
    public void Rejects_paths_without_a_leading_slash(string path) =>
        Assert.False(RouteMatching.TryNormalize(path, out _));

    [Theory]
    [InlineData("", new string[0])]
    [InlineData("/a", new[] { "a" })]
    [InlineData("/a/b%2Fc/d", new[] { "a", "b%2Fc", "d" })]
    [InlineData("/a//b", new[] { "a", "", "b" })]
    [InlineData("/", new[] { "" })]
    public void Splits_segments_on_raw_slashes_only(string normalized, string[] expected)
    {
        Span<Range> ranges = stackalloc Range[8];
        var count = RouteMatching.SplitSegments(normalized, ranges);
        Assert.Equal(expected.Length, count);
        for (var i = 0; i < count; i++)
        {
            Assert.Equal(expected[i], normalized[ranges[i]]);
        }
    }

    [Fact]
    public void Splits_long_paths_like_a_search_per_segment()
    {
        // Slashes at every position relative to the eight-character blocks the split scans, runs of slashes, long segments.
        var random = new Random(15);
        var paths = new List<string> { "/a/b/c/d/e/f/g/h/i/j/k", "/abcdefg/hijklmn/", "/////////////////", "/1234567/", "/12345678/" };
        for (var n = 0; n < 2_000; n++)
        {
            var chars = new char[1 + random.Next(0, 40)];
            chars[0] = '/';
            for (var k = 1; k < chars.Length; k++)
            {
                chars[k] = random.Next(4) == 0 ? '/' : (char)('a' + random.Next(26));
            }

            paths.Add(new string(chars));
        }

        Span<Range> ranges = stackalloc Range[64];
        Span<Range> few = stackalloc Range[3];
        foreach (var path in paths)
        {
            var expected = path[1..].Split('/');
            var count = RouteMatching.SplitSegments(path, ranges);
            Assert.Equal(expected.Length, count);
            for (var i = 0; i < count; i++)
            {
                Assert.Equal(expected[i], path[ranges[i]]);
            }

            Assert.Equal(expected.Length, RouteMatching.SplitSegments(path, few));
            for (var i = 0; i < Math.Min(3, count); i++)
            {
                Assert.Equal(expected[i], path[few[i]]);
            }
        }
    }

    [Fact]
    public void Counts_segments_beyond_the_buffer()
    {
        Span<Range> ranges = stackalloc Range[2];
        Assert.Equal(5, RouteMatching.SplitSegments("/a/b/c/d/e", ranges));
        Assert.Equal("b", "/a/b/c/d/e"[ranges[1]]);
    }

    [Theory]
    [InlineData("abc", "abc")]
    [InlineData("a%20b", "a b")]
    [InlineData("a%2Fb", "a/b")]
    [InlineData("%E2%9C%93", "\u2713")]
    [InlineData("100%", "100%")]
    [InlineData("%zz", "%zz")]
    [InlineData("a+b", "a+b")]
    public void Decodes_percent_escapes_as_utf8(string raw, string expected) =>
        Assert.Equal(expected, RouteMatching.Decode(raw));

    [Fact]
    public void Constraint_checks_decode_long_segments_too()
    {
        var longDigits = string.Concat(Enumerable.Repeat("%30", 200)) + "7"; // 601 raw chars, "000…07" decoded
        Assert.True(RouteMatching.IsInt32(longDigits));
        Assert.True(RouteMatching.HasLength(longDigits, 201, 201));
        Assert.False(RouteMatching.IsAlpha(longDigits));
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("42", true)]
    [InlineData("999999999", true)]
    [InlineData("2147483647", true)]
    [InlineData("2147483648", false)]
    [InlineData("-2147483648", true)]
    [InlineData("-2147483649", false)]
    [InlineData("0000000000042", true)]
    [InlineData("+7", true)]
    [InlineData("-7", true)]
    [InlineData("%34%32", true)]
    [InlineData("4%32", true)]
    [InlineData("", false)]
    [InlineData("-", false)]
    [InlineData("4a", false)]
    [InlineData("12345678a", false)]
    [InlineData(" 42", false)]
    [InlineData("42 ", false)]
    [InlineData("4.2", false)]
    [InlineData("\u0664\u0662", false)] // Arabic-Indic digits: not ASCII, not an int
    [InlineData("\uFF14\uFF12", false)] // fullwidth digits
    public void Int_constraint_accepts_exactly_what_int_parse_accepts(string raw, bool expected) =>
        Assert.Equal(expected, RouteMatching.IsInt32(raw));

    [Fact]
    public void Catch_all_rest_is_empty_past_the_last_segment()
    {
        Span<Range> ranges = stackalloc Range[4];
        var count = RouteMatching.SplitSegments("/files/a%2Fb/c", ranges);
        Assert.Equal("a/b/c", RouteMatching.DecodeRest("/files/a%2Fb/c", ranges, 1, count));
        Assert.Equal(string.Empty, RouteMatching.DecodeRest("/files/a%2Fb/c", ranges, 3, count));
    }
}
