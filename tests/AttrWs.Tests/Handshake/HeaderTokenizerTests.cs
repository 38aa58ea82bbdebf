using AttrWs.Handshake;

namespace AttrWs.Tests.Handshake;

public class HeaderTokenizerTests
{
    private static List<string> Elements(string value)
    {
        var result = new List<string>();
        ReadOnlySpan<char> rest = value;
        while (HeaderTokenizer.TryReadElement(ref rest, out var element))
        {
            result.Add(element.ToString());
        }

        return result;
    }

    [Fact]
    public void Splits_a_list_skipping_empty_elements_and_whitespace()
    {
        Assert.Equal(["a", "b c", "d"], Elements(" ,a ,\tb c,, d ,"));
    }

    [Fact]
    public void Keeps_commas_inside_quoted_strings()
    {
        Assert.Equal(["x; p=\"1,2\"", "y"], Elements("x; p=\"1,2\", y"));
    }

    [Fact]
    public void Finds_a_token_case_insensitively_across_repeated_fields()
    {
        var headers = new HttpHeaderCollection();
        headers.Add("Connection", "keep-alive");
        headers.Add("connection", "Upgrade");

        Assert.True(HeaderTokenizer.ContainsToken(headers, "Connection", "upgrade"));
        Assert.False(HeaderTokenizer.ContainsToken(headers, "Connection", "close"));
    }

    [Fact]
    public void Does_not_match_a_token_inside_a_longer_element()
    {
        var headers = new HttpHeaderCollection();
        headers.Add("Connection", "upgrade-insecure");
        Assert.False(HeaderTokenizer.ContainsToken(headers, "Connection", "upgrade"));
    }

    [Fact]
    public void Reads_parameters_with_token_quoted_and_missing_values()
    {
        Assert.True(HeaderTokenizer.TryReadToken("ext ; a=1; b=\"two\" ;c", out var token, out var parameters));
        Assert.Equal("ext", token.ToString());

        var read = new List<(string, string, bool)>();
        while (HeaderTokenizer.TryReadParameter(ref parameters, out var name, out var value, out var hasValue) == ParameterRead.Parameter)
        {
            read.Add((name.ToString(), value.ToString(), hasValue));
        }

        Assert.Equal([("a", "1", true), ("b", "two", true), ("c", "", false)], read);
    }

    [Theory]
    [InlineData("a=")]
    [InlineData("a b=1")]
    [InlineData("=1")]
    [InlineData("a=\"x")]
    [InlineData("a=x y")]
    public void Reports_a_malformed_parameter(string parameters)
    {
        ReadOnlySpan<char> rest = parameters;
        Assert.Equal(ParameterRead.Malformed, HeaderTokenizer.TryReadParameter(ref rest, out _, out _, out _));
    }
}
