using AttrWs.Handshake;
using AttrWs.Security;

namespace AttrWs.Tests.Security;

/// <summary>Secrets never reach a log line: query tokens, subprotocol tokens, Authorization and Cookie values.</summary>
public sealed class SecretRedactorTests
{
    private readonly SecretRedactor _redactor = new();

    [Theory]
    [InlineData("/chat", "/chat")]
    [InlineData("/chat?room=1", "/chat?room=***")]
    [InlineData("/chat?flag", "/chat?flag")]
    [InlineData("/chat?access_token=abc.def", "/chat?access_token=***")]
    [InlineData("/chat?room=1&access_token=abc&x=2", "/chat?room=***&access_token=***&x=***")]
    [InlineData("/chat?ACCESS_TOKEN=abc", "/chat?ACCESS_TOKEN=***")]
    [InlineData("/chat?access%5Ftoken=abc", "/chat?access%5Ftoken=***")]
    [InlineData("/chat?access_token=a&access_token=b", "/chat?access_token=***&access_token=***")]
    public void Masks_sensitive_query_values(string target, string expected)
    {
        Assert.Equal(expected, _redactor.RedactTarget(target));
    }

    [Fact]
    public void Logs_only_the_query_values_it_is_told_to_and_never_sensitive_ones()
    {
        _redactor.LoggedQueryKeys.Add("b");
        _redactor.LoggedQueryKeys.Add("api_key");
        _redactor.SensitiveQueryKeys.Add("api_key");
        Assert.Equal("/x?api_key=***&b=1&c=***", _redactor.RedactTarget("/x?api_key=k&b=1&c=2"));
    }

    [Theory]
    [InlineData("Sec-WebSocket-Protocol", "chat.v1, bearer.eyJhbGciOi.x-y_z", "chat.v1, bearer.***")]
    [InlineData("Authorization", "Bearer eyJhbGciOi", "Bearer ***")]
    [InlineData("authorization", "Basic YWxpY2U6czNjcmV0", "Basic ***")]
    [InlineData("Cookie", "sid=session-1; theme=dark", "sid=***; theme=***")]
    [InlineData("Proxy-Authorization", "secret", "***")]
    [InlineData("User-Agent", "curl/8", "curl/8")]
    [InlineData("Origin", "https://app.example.com", "https://app.example.com")]
    [InlineData("X-Api-Key", "k-123", "***")]
    public void Masks_credential_headers(string name, string value, string expected)
    {
        Assert.Equal(expected, _redactor.RedactHeader(name, value));
    }

    [Fact]
    public void Redacts_every_header_on_one_line()
    {
        var headers = new HttpHeaderCollection();
        headers.Add("Host", "example.com");
        headers.Add("Authorization", "Bearer tok");
        headers.Add("Sec-WebSocket-Protocol", "bearer.tok");
        Assert.Equal("Host: example.com; Authorization: Bearer ***; Sec-WebSocket-Protocol: bearer.***", _redactor.RedactHeaders(headers));
    }

    [Fact]
    public void Redacts_tokens_inside_free_text()
    {
        Assert.Equal(
            "The hook selected subprotocol 'bearer.***', which the client did not offer; url ?access_token=*** end",
            _redactor.RedactText("The hook selected subprotocol 'bearer.tok-1', which the client did not offer; url ?access_token=tok-2 end"));
    }
}
