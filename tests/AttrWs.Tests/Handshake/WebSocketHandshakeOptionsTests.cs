using AttrWs.Handshake;

namespace AttrWs.Tests.Handshake;

public class WebSocketHandshakeOptionsTests
{
    [Fact]
    public void Defaults_are_the_documented_safe_limits()
    {
        var options = new WebSocketHandshakeOptions();

        Assert.Equal(16 * 1024, options.MaxRequestHeadBytes);
        Assert.Equal(100, options.MaxRequestHeaders);
        Assert.False(options.EnableDeflate);
        Assert.Equal(15, options.DeflateServerMaxWindowBits);
        Assert.True(options.DeflateAllowContextTakeover);
        Assert.Empty(options.AllowedHosts);
        Assert.Null(options.OnOpenRequest);
        Assert.Null(options.Authorizer);
        options.Validate();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(255)]
    [InlineData(2 * 1024 * 1024)]
    public void Rejects_an_out_of_range_head_limit_naming_the_option(int value)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new WebSocketHandshakeOptions { MaxRequestHeadBytes = value }.Validate());
        Assert.Equal("MaxRequestHeadBytes", error.ParamName);
        Assert.Contains("MaxRequestHeadBytes must be between 256 and 1048576", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_001)]
    public void Rejects_an_out_of_range_header_count_naming_the_option(int value)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new WebSocketHandshakeOptions { MaxRequestHeaders = value }.Validate());
        Assert.Contains("MaxRequestHeaders must be between 1 and 10000", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(16)]
    public void Rejects_deflate_window_bits_outside_8_to_15(int value)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new WebSocketHandshakeOptions { DeflateServerMaxWindowBits = value }.Validate());
        Assert.Contains("DeflateServerMaxWindowBits must be between 8 and 15", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("https://example.com")]
    [InlineData("example.com/chat")]
    [InlineData("*.example.com")]
    [InlineData("example.com:")]
    [InlineData("example.com:80a")]
    public void Rejects_an_allowed_host_that_is_not_host_and_port(string entry)
    {
        var options = new WebSocketHandshakeOptions();
        options.AllowedHosts.Add("good.example");
        options.AllowedHosts.Add(entry);

        var error = Assert.Throws<InvalidOperationException>(options.Validate);

        Assert.Contains("AllowedHosts[1]", error.Message, StringComparison.Ordinal);
        Assert.Contains("'example.com:8443'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_processor_validates_its_options()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new HandshakeProcessor(new WebSocketHandshakeOptions { MaxRequestHeaders = 0 }, []));
    }
}
