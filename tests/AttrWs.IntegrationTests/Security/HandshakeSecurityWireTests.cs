using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Text;
using AttrWs.Handshake;
using AttrWs.IntegrationTests.Diagnostics;
using AttrWs.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace AttrWs.IntegrationTests.Security;

/// <summary>
/// Issue 9 over real sockets, through the standalone server and generated endpoints: the gate, policies, hook rejections,
/// origin allow-lists, the sibling-method rule, RFC 9110 statuses, bounded handshakes and secrets kept out of logs.
/// </summary>
public sealed class HandshakeSecurityWireTests
{
    private static readonly string AliceBasic = "Authorization: Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(SecureServer.User + ":" + SecureServer.Password)) + "\r\n";

    private static Task<TestServer> StartAsync(Action<WebSocketServerOptions>? configure = null) =>
        TestServer.StartAsync(
            // This namespace's generated endpoints only: the assembly's endpoint classes (Classes/) need a container.
            server => server.AddRouteTable(FilteredRouteTable.Generated("AttrWs.IntegrationTests.Security.")),
            options =>
            {
                SecureServer.Configure(options);
                options.Security.Authorization.AddPolicy("staff", (user, _) => user.Identity?.Name == "nobody-is-staff");
                configure?.Invoke(options);
            });

    private static Task<string> SendAsync(TestServer server, string path, string extraHeaders = "") =>
        RawHttp.SendAsync(server.Port, RawHttp.Request(path, RawHttp.UpgradeHeaders + extraHeaders));

    [Fact]
    public async Task A_generated_roles_endpoint_answers_401_anonymous_and_403_to_a_caller_outside_the_role()
    {
        await using var server = await StartAsync();

        var anonymous = await SendAsync(server, "/gen/admin");
        var alice = await SendAsync(server, "/gen/admin", AliceBasic);

        Assert.StartsWith("HTTP/1.1 401 Unauthorized\r\n", anonymous, StringComparison.Ordinal);
        Assert.Contains("WWW-Authenticate: Basic realm=\"attrws-tests\"", anonymous, StringComparison.Ordinal);
        Assert.StartsWith("HTTP/1.1 403 Forbidden\r\n", alice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_generated_policy_endpoint_answers_403_when_the_policy_refuses()
    {
        await using var server = await StartAsync();
        var response = await SendAsync(server, "/gen/staff", AliceBasic);
        Assert.StartsWith("HTTP/1.1 403 Forbidden\r\n", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hook_rejection_goes_out_with_the_hooks_status_headers_and_reason()
    {
        await using var server = await StartAsync(options => options.Handshake.OnOpenRequest = (context, _) =>
        {
            context.StatusCode = 401;
            context.ResponseHeaders.Add("WWW-Authenticate", "Bearer realm=\"hooked\", error=\"invalid_token\"");
            context.ResponseHeaders.Add("X-Drop", "me");
            context.ResponseHeaders.Remove("X-Drop");
            context.RejectionReason = "Token expired.";
            return ValueTask.CompletedTask;
        });

        var response = await SendAsync(server, "/gen/hooked");

        Assert.StartsWith("HTTP/1.1 401 Unauthorized\r\n", response, StringComparison.Ordinal);
        Assert.Contains("\r\nWWW-Authenticate: Bearer realm=\"hooked\", error=\"invalid_token\"\r\n", response, StringComparison.Ordinal);
        Assert.DoesNotContain("X-Drop", response, StringComparison.Ordinal);
        Assert.EndsWith("\r\n\r\nToken expired.\n", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_generated_endpoints_origin_allow_list_answers_403_to_other_origins()
    {
        await using var server = await StartAsync();

        var evil = await SendAsync(server, "/gen/partners", "Origin: https://evil.example\r\n");
        using var partner = await RawHttp.ConnectAsync(server.Port);
        await partner.SendAsync(Encoding.ASCII.GetBytes(RawHttp.Request("/gen/partners", RawHttp.UpgradeHeaders + "Origin: https://partner.example\r\n")));
        var accepted = await RawHttp.ReadHeadAsync(partner);

        Assert.StartsWith("HTTP/1.1 403 Forbidden\r\n", evil, StringComparison.Ordinal);
        Assert.StartsWith("HTTP/1.1 101 Switching Protocols\r\n", accepted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_method_that_runs_is_the_one_serving_the_subprotocol_the_hook_selected()
    {
        await using var server = await StartAsync(options => options.Handshake.OnOpenRequest = (context, _) =>
        {
            context.SubProtocol = context.Query.Contains("want=v2", StringComparison.Ordinal) ? "ver.v2" : context.SubProtocol;
            return ValueTask.CompletedTask;
        });

        using var switched = await server.ConnectAsync("/gen/ver?want=v2", o =>
        {
            o.AddSubProtocol("ver.v1");
            o.AddSubProtocol("ver.v2");
        });
        using var kept = await server.ConnectAsync("/gen/ver", o =>
        {
            o.AddSubProtocol("ver.v1");
            o.AddSubProtocol("ver.v2");
        });

        Assert.Equal("ver.v2", switched.SubProtocol);
        Assert.Equal("v2:-", await switched.ReceiveTextAsync());
        Assert.Equal("ver.v1", kept.SubProtocol);
        Assert.Equal("v1:-", await kept.ReceiveTextAsync());
    }

    [Fact]
    public async Task Switching_to_a_sibling_applies_that_siblings_gate()
    {
        await using var server = await StartAsync(options => options.Handshake.OnOpenRequest = (context, _) =>
        {
            context.SubProtocol = "ver.admin";
            return ValueTask.CompletedTask;
        });

        var anonymous = await SendAsync(server, "/gen/ver", "Sec-WebSocket-Protocol: ver.v1, ver.admin\r\n");
        var alice = await SendAsync(server, "/gen/ver", "Sec-WebSocket-Protocol: ver.v1, ver.admin\r\n" + AliceBasic);
        var unoffered = await SendAsync(server, "/gen/ver", "Sec-WebSocket-Protocol: ver.v1\r\n");

        Assert.StartsWith("HTTP/1.1 401 Unauthorized\r\n", anonymous, StringComparison.Ordinal);
        Assert.StartsWith("HTTP/1.1 403 Forbidden\r\n", alice, StringComparison.Ordinal);
        Assert.StartsWith("HTTP/1.1 500 Internal Server Error\r\n", unoffered, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(204, "HTTP/1.1 204 No Content\r\n", false)]
    [InlineData(304, "HTTP/1.1 304 Not Modified\r\n", false)]
    [InlineData(418, "HTTP/1.1 418 \r\n", true)]
    [InlineData(600, "HTTP/1.1 500 Internal Server Error\r\n", true)]
    [InlineData(999, "HTTP/1.1 500 Internal Server Error\r\n", true)]
    [InlineData(102, "HTTP/1.1 500 Internal Server Error\r\n", true)]
    public async Task Hook_statuses_follow_RFC_9110_on_the_wire(int status, string statusLine, bool hasBody)
    {
        var logs = new CapturingLoggerFactory();
        await using var server = await StartAsync(options =>
        {
            options.LoggerFactory = logs;
            options.Handshake.OnOpenRequest = (context, _) =>
            {
                context.StatusCode = status;
                return ValueTask.CompletedTask;
            };
        });

        var response = await SendAsync(server, "/gen/hooked");

        Assert.StartsWith(statusLine, response, StringComparison.Ordinal);
        Assert.DoesNotContain("Unknown", response, StringComparison.Ordinal);
        Assert.Equal(hasBody, response.Contains("Content-Length:", StringComparison.Ordinal));
        if (!hasBody)
        {
            Assert.EndsWith("\r\n\r\n", response, StringComparison.Ordinal); // nothing after the head
        }

        if (statusLine.Contains("500", StringComparison.Ordinal))
        {
            Assert.Contains(logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("status code " + status + ":", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_client_that_leaves_during_the_hook_is_never_handed_to_its_endpoint()
    {
        var logs = new CapturingLoggerFactory();
        var cancelled = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var hookDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var hookEntered = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await StartAsync(options =>
        {
            options.LoggerFactory = logs;
            options.Limits.HandshakeTimeout = TimeSpan.FromSeconds(30);
            options.Handshake.OnOpenRequest = async (context, token) =>
            {
                hookEntered.TrySetResult(context.ConnectionId);
                try
                {
                    // Bounded: the token fires when the client leaves; a slow hook that ignored it would still finish.
                    await Task.Delay(TimeSpan.FromSeconds(10), token);
                }
                catch (OperationCanceledException)
                {
                    cancelled.TrySetResult(context.ConnectionId);
                }

                hookDone.TrySetResult();
            };
        });

        var socket = await RawHttp.ConnectAsync(server.Port);
        await socket.SendAsync(Encoding.ASCII.GetBytes(RawHttp.Request("/gen/slow", RawHttp.UpgradeHeaders)));
        var connectionId = await hookEntered.Task.WaitAsync(ClientExtensions.Timeout);
        socket.Shutdown(SocketShutdown.Both);
        socket.Dispose();

        Assert.Equal(connectionId, await cancelled.Task.WaitAsync(ClientExtensions.Timeout));
        await hookDone.Task.WaitAsync(ClientExtensions.Timeout);
        await Eventually.TrueAsync(() => logs.Entries.Any(e => e.EventId.Id == 19 && e.Level == LogLevel.Debug), "the departure is logged at Debug");
        Assert.DoesNotContain(connectionId, GeneratedEndpoints.SlowSessions);
        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task The_handshake_timeout_bounds_the_hook_and_drops_the_connection()
    {
        var rejections = new ConcurrentQueue<HandshakeRejection>();
        var tokenFired = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await StartAsync(options =>
        {
            options.Limits.HandshakeTimeout = TimeSpan.FromSeconds(1);
            options.Handshake.OnRejected = rejections.Enqueue;
            options.Handshake.OnOpenRequest = async (context, token) =>
            {
                using var registration = token.Register(() => tokenFired.TrySetResult(context.ConnectionId));
                await Task.Delay(Timeout.InfiniteTimeSpan, token);
            };
        });

        var response = await SendAsync(server, "/gen/slow");

        var connectionId = await tokenFired.Task.WaitAsync(ClientExtensions.Timeout);
        Assert.Equal(string.Empty, response); // dropped without a response
        Assert.Contains(rejections, r => r.Reason == HandshakeRejectReason.HandshakeTimeout && r.ConnectionId == connectionId);
        Assert.DoesNotContain(connectionId, GeneratedEndpoints.SlowSessions);
    }

    [Fact]
    public async Task The_rejection_notification_and_trace_logs_carry_no_secret()
    {
        const string Token = "tok-9b0c-secret-5e11";
        var logs = new CapturingLoggerFactory();
        var rejections = new ConcurrentQueue<HandshakeRejection>();
        await using var server = await StartAsync(options =>
        {
            options.LoggerFactory = logs;
            options.Handshake.OnRejected = rejections.Enqueue;
            options.Handshake.OnOpenRequest = (context, _) =>
            {
                // Selecting the credential "subprotocol" is refused (500), and the refusal must not quote it.
                context.SubProtocol = "bearer." + Token;
                return ValueTask.CompletedTask;
            };
        });

        var response = await SendAsync(server, "/gen/hooked?access_token=" + Token, "Sec-WebSocket-Protocol: bearer." + Token + "\r\nCookie: sid=" + Token + "\r\nAuthorization: Bearer " + Token + "\r\n");

        Assert.StartsWith("HTTP/1.1 500 Internal Server Error\r\n", response, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, response, StringComparison.Ordinal);
        var rejection = Assert.Single(rejections);
        Assert.Contains("bearer.***", rejection.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, rejection.Detail, StringComparison.Ordinal);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Trace);
        Assert.Contains(logs.Entries, e => e.Message.Contains("bearer.***", StringComparison.Ordinal));
        Assert.All(logs.Entries, e =>
        {
            Assert.DoesNotContain(Token, e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(Token, e.Exception?.ToString() ?? string.Empty, StringComparison.Ordinal);
        });
    }
}
