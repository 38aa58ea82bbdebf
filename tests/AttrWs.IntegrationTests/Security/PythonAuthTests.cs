using AttrWs.IntegrationTests.Infrastructure;

namespace AttrWs.IntegrationTests.Security;

/// <summary>[Authorize] against an independent client: Debian's python3-websockets.</summary>
public sealed class PythonAuthTests
{
    private static readonly string Script = Path.Combine(AppContext.BaseDirectory, "Python", "auth_client.py");
    private static readonly string OriginScript = Path.Combine(AppContext.BaseDirectory, "Python", "origin_client.py");

    [Fact]
    public async Task Python_client_sees_401_with_the_challenge_then_connects_with_basic_and_with_a_subprotocol_token()
    {
        await using var server = await SecureServer.StartAsync();
        var (exitCode, output) = await SampleProcess.RunAsync(
            "/usr/bin/python3", TimeSpan.FromSeconds(60), Script, $"ws://127.0.0.1:{server.Port}", SecureServer.User, SecureServer.Password, SecureServer.Token);

        Assert.True(exitCode == 0, output);
        Assert.Contains("status: 401\n", output, StringComparison.Ordinal);
        Assert.Contains("www-authenticate: Basic realm=\"attrws-tests\", charset=\"UTF-8\"\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain("www-authenticate: Bearer", output, StringComparison.Ordinal); // /basic accepts the Basic scheme only
        Assert.Contains("basic user: alice\n", output, StringComparison.Ordinal);
        Assert.Contains("subprotocol: chat.v1\n", output, StringComparison.Ordinal);
        Assert.Contains("response protocol header: chat.v1\n", output, StringComparison.Ordinal);
        Assert.Contains("bearer user: bearer-alice\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain(SecureServer.Token, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Python_client_from_another_site_is_refused_with_Basic_and_is_anonymous_on_an_open_endpoint_with_a_cookie()
    {
        // Basic is ambient (browsers replay it cross-site like cookies): /basic is same-origin only. /open requires
        // nothing: any site may open it, but a cookie sent from another site does not identify the caller.
        await using var server = await SecureServer.StartAsync();
        var (exitCode, output) = await SampleProcess.RunAsync(
            "/usr/bin/python3", TimeSpan.FromSeconds(60), OriginScript, $"ws://127.0.0.1:{server.Port}", SecureServer.User, SecureServer.Password, SecureServer.SessionCookie);

        Assert.True(exitCode == 0, output);
        Assert.Contains("cross-site basic status: 403\n", output, StringComparison.Ordinal);
        Assert.Contains("same-origin basic user: alice\n", output, StringComparison.Ordinal);
        Assert.Contains("cross-site open user: anonymous\n", output, StringComparison.Ordinal);
        Assert.Contains("same-origin open user: cookie-alice\n", output, StringComparison.Ordinal);
    }
}
