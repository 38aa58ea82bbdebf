using System.Net.WebSockets;
using System.Text;
using AttrWs.IntegrationTests.Diagnostics;
using AttrWs.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace AttrWs.IntegrationTests.Security;

/// <summary>No credential appears in any log line, at Trace level, for accepted and rejected handshakes alike.</summary>
public sealed class SecretLoggingTests
{
    private const string QueryToken = "qtok-5c1f0e9a77";
    private const string BadToken = "bad-token-9d2e41";
    private const string BadPassword = "wrong-pw-31c7";
    private const string BadCookie = "forged-cookie-88aa";

    [Fact]
    public async Task Tokens_passwords_and_cookies_never_reach_the_logs()
    {
        var logs = new CapturingLoggerFactory();
        await using (var server = await SecureServer.StartAsync(options =>
        {
            options.LoggerFactory = logs;
            options.Security.Authentication.Add(new AttrWs.Security.BearerAuthenticator(t => t == QueryToken ? SecureServer.Principal("q", "Bearer") : null) { Scheme = "QueryBearer", SubProtocolPrefix = null });
        }))
        {
            var basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(SecureServer.User + ":" + SecureServer.Password));
            var badBasic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(SecureServer.User + ":" + BadPassword));
            var port = server.Port;

            // Accepted: Basic header, bearer header, subprotocol token, query token, cookie.
            Assert.Equal("alice", await ConnectAsync(server, "/basic", o => o.SetRequestHeader("Authorization", basic)));
            Assert.Equal("bearer-alice", await ConnectAsync(server, "/bearer", o =>
            {
                o.SetRequestHeader("Authorization", "Bearer " + SecureServer.Token);
                o.AddSubProtocol("chat.v1");
            }));
            Assert.Equal("bearer-alice", await ConnectAsync(server, "/bearer", o =>
            {
                o.AddSubProtocol("bearer." + SecureServer.Token);
                o.AddSubProtocol("chat.v1");
            }));
            Assert.Equal("bearer-alice", await ConnectAsync(server, "/any?room=1&access_token=" + SecureServer.Token));
            Assert.Equal("cookie-alice", await ConnectAsync(server, "/cookie", o => o.SetRequestHeader("Cookie", "sid=" + SecureServer.SessionCookie)));

            // Rejected: the same places, with wrong secrets, and on 404 and 400 paths too.
            foreach (var request in new[]
            {
                RawHttp.Request("/basic", RawHttp.UpgradeHeaders + "Authorization: " + badBasic + "\r\n"),
                RawHttp.Request("/bearer?access_token=" + BadToken, RawHttp.UpgradeHeaders + "Sec-WebSocket-Protocol: bearer." + BadToken + ", chat.v1\r\n"),
                RawHttp.Request("/cookie", RawHttp.UpgradeHeaders + "Cookie: sid=" + BadCookie + "\r\nOrigin: http://evil.example\r\n"),
                RawHttp.Request("/missing?access_token=" + SecureServer.Token, RawHttp.UpgradeHeaders + "Authorization: Bearer " + SecureServer.Token + "\r\n"),
                RawHttp.Request("/bearer?access_token=" + SecureServer.Token, "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"),
            })
            {
                var response = await RawHttp.SendAsync(port, request);
                Assert.StartsWith("HTTP/1.1 4", response, StringComparison.Ordinal);
            }
        }

        var lines = logs.Entries.Select(e => e.Message + " " + string.Join(" ", e.State.Select(kv => kv.Value?.ToString()))).ToList();
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Trace && e.Message.Contains("access_token=***", StringComparison.Ordinal));
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Trace && e.Message.Contains("bearer.***", StringComparison.Ordinal));
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Trace && e.Message.Contains("Cookie: sid=***", StringComparison.Ordinal));
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Trace && e.Message.Contains("Authorization: Basic ***", StringComparison.Ordinal));
        var basicEncoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(SecureServer.User + ":" + SecureServer.Password));
        foreach (var secret in new[] { SecureServer.Token, SecureServer.Password, SecureServer.SessionCookie, QueryToken, BadToken, BadPassword, BadCookie, basicEncoded })
        {
            Assert.DoesNotContain(lines, line => line.Contains(secret, StringComparison.Ordinal));
        }
    }

    private static async Task<string> ConnectAsync(TestServer server, string path, Action<ClientWebSocketOptions>? configure = null)
    {
        using var client = await server.ConnectAsync(path, configure);
        using var timeout = new CancellationTokenSource(ClientExtensions.Timeout);
        var buffer = new byte[256];
        var result = await client.ReceiveAsync(buffer, timeout.Token);
        await client.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        return Encoding.UTF8.GetString(buffer, 0, result.Count);
    }
}
