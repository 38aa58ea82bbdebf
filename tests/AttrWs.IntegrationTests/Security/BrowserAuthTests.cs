using System.Net;
using System.Text;
using System.Text.Json;
using AttrWs.Handshake;
using AttrWs.IntegrationTests.Infrastructure;

namespace AttrWs.IntegrationTests.Security;

/// <summary>
/// Headless Chromium (Debian's, driven by playwright-core): a page on the server's own origin connects with its cookie
/// and with <c>?access_token=</c>; a page from another origin (another port) is refused with 403 although the browser
/// sends the same cookie (cross-site WebSocket hijacking, stopped by the same-origin default); that page may open the
/// anonymous endpoint, where the cookie it carries does not identify it.
/// </summary>
public sealed class BrowserAuthTests
{
    private static readonly string BrowserFolder = Path.Combine(Repository.Root, "tests", "AttrWs.IntegrationTests", "browser");

    private static PlainRequestHandler Page(string? setCookie) => (request, _) =>
    {
        var html = "<!doctype html><title>AttrWs browser test</title><p>" + WebUtility.HtmlEncode(request.Path) + "</p>";
        var response = new PlainHttpResponse(200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html))
        {
            Headers = setCookie is null ? [] : [new("Set-Cookie", setCookie), new("Cache-Control", "no-store")],
        };
        return new ValueTask<PlainHttpResponse?>(response);
    };

    [Fact]
    public async Task Chromium_connects_with_cookie_and_query_token_on_its_origin_and_is_refused_from_another()
    {
        Assert.True(File.Exists(Path.Combine(BrowserFolder, "node_modules", "playwright-core", "package.json")), "Run 'npm ci' in " + BrowserFolder + " first (.ci/run does).");
        var rejections = new System.Collections.Concurrent.ConcurrentQueue<HandshakeRejection>();
        await using var server = await SecureServer.StartAsync(options =>
        {
            options.PlainRequestHandler = Page("sid=" + SecureServer.SessionCookie + "; Path=/; HttpOnly; SameSite=Lax");
            options.Handshake.OnRejected = rejections.Enqueue;
        });
        await using var other = await TestServer.StartAsync(_ => { }, options => options.PlainRequestHandler = Page(null));

        var (exitCode, output) = await SampleProcess.RunAsync(
            "node",
            TimeSpan.FromSeconds(120),
            Path.Combine(BrowserFolder, "origin_check.js"),
            $"http://127.0.0.1:{server.Port}/page",
            $"http://127.0.0.1:{other.Port}/page",
            $"ws://127.0.0.1:{server.Port}",
            SecureServer.Token);
        Assert.True(exitCode == 0, output);

        using var json = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
        var results = json.RootElement;
        Assert.Equal((true, "cookie-alice"), (results.GetProperty("cookie").GetProperty("opened").GetBoolean(), results.GetProperty("cookie").GetProperty("message").GetString()));
        Assert.Equal((true, "bearer-alice"), (results.GetProperty("query").GetProperty("opened").GetBoolean(), results.GetProperty("query").GetProperty("message").GetString()));

        var cross = results.GetProperty("crossOrigin");
        Assert.False(cross.GetProperty("opened").GetBoolean());
        Assert.True(cross.GetProperty("errorFired").GetBoolean());
        Assert.True(cross.GetProperty("closeFired").GetBoolean());
        Assert.Equal(1006, cross.GetProperty("closeCode").GetInt32());

        var crossOpen = results.GetProperty("crossOpen");
        Assert.Equal((true, "anonymous"), (crossOpen.GetProperty("opened").GetBoolean(), crossOpen.GetProperty("message").GetString()));

        var refused = Assert.Single(rejections);
        Assert.Equal((HandshakeRejectReason.OriginNotAllowed, 403, "cookie"), (refused.Reason, refused.StatusCode, refused.EndpointName));
    }
}
