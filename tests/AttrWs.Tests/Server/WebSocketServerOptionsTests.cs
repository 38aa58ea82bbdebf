using AttrWs.Handshake;

namespace AttrWs.Tests.Server;

public class WebSocketServerOptionsTests
{
    private static string Invalid(Action<WebSocketServerOptions> configure)
    {
        var options = new WebSocketServerOptions();
        configure(options);
        return Assert.Throws<InvalidOperationException>(options.Validate).Message;
    }

    [Fact]
    public void Defaults_are_the_documented_safe_limits()
    {
        var options = new WebSocketServerOptions();

        Assert.Equal(16 * 1024, options.Limits.MaxRequestHeadBytes);
        Assert.Equal(100, options.Limits.MaxRequestHeaders);
        Assert.Equal(1024 * 1024, options.Limits.MaxMessageSize);
        Assert.False(options.Handshake.EnableDeflate);
        Assert.Equal(15, options.Handshake.DeflateServerMaxWindowBits);
        Assert.True(options.Handshake.DeflateAllowContextTakeover);
        Assert.Empty(options.Security.AllowedHosts);
        Assert.Null(options.Handshake.OnOpenRequest);
        Assert.Empty(options.Security.Authentication.Authenticators);
        options.Validate();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(255)]
    [InlineData(2 * 1024 * 1024)]
    public void Rejects_an_out_of_range_head_limit_naming_the_option_by_its_path(int value)
    {
        var message = Invalid(o => o.Limits.MaxRequestHeadBytes = value);
        Assert.StartsWith("WebSocketServerOptions.Limits.MaxRequestHeadBytes is ", message, StringComparison.Ordinal);
        Assert.Contains("between 256 and 1048576", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_001)]
    public void Rejects_an_out_of_range_header_count_naming_the_option_by_its_path(int value)
    {
        var message = Invalid(o => o.Limits.MaxRequestHeaders = value);
        Assert.Contains("Limits.MaxRequestHeaders is", message, StringComparison.Ordinal);
        Assert.Contains("between 1 and 10000", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(16)]
    public void Rejects_deflate_window_bits_outside_8_to_15(int value)
    {
        var message = Invalid(o => o.Handshake.DeflateServerMaxWindowBits = value);
        Assert.Contains("Handshake.DeflateServerMaxWindowBits is", message, StringComparison.Ordinal);
        Assert.Contains("between 8 and 15", message, StringComparison.Ordinal);
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
        var message = Invalid(o =>
        {
            o.Security.AllowedHosts.Add("good.example");
            o.Security.AllowedHosts.Add(entry);
        });

        Assert.Contains("Security.AllowedHosts[1]", message, StringComparison.Ordinal);
        Assert.Contains("'example.com:8443'", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Starting_a_server_reads_the_options_and_changes_none_of_them()
    {
        var options = new WebSocketServerOptions().Listen(System.Net.IPAddress.Loopback, 0);
        options.Security.Authentication.Add(new AttrWs.Security.BearerAuthenticator(_ => null) { QueryParameter = "token", SubProtocolPrefix = "tok." });
        var queryKeys = options.Security.Redaction.SensitiveQueryKeys.ToArray();
        var prefixes = options.Security.Redaction.CredentialSubProtocolPrefixes.ToArray();
        await using var server = new WebSocketServer(options);
        server.Map("/chat", static _ => ValueTask.CompletedTask);

        await server.StartAsync();

        Assert.Same(options, server.Options);
        Assert.Equal(queryKeys, options.Security.Redaction.SensitiveQueryKeys);
        Assert.Equal(prefixes, options.Security.Redaction.CredentialSubProtocolPrefixes);
        Assert.Empty(options.Security.AllowedHosts);
        Assert.Null(options.Handshake.OnOpenRequest);
    }
}
