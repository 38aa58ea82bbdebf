using System.Net.WebSockets;
using AttrWs.IntegrationTests.Infrastructure;

namespace AttrWs.IntegrationTests.Server;

public sealed class SessionTests
{
    [Fact]
    public async Task Session_exposes_route_values_request_and_open_request_context()
    {
        var seen = new TaskCompletionSource<WebSocketSession>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await TestServer.StartAsync(s => s.Map("/rooms/{room}", session =>
        {
            seen.TrySetResult(session);
            return ValueTask.CompletedTask;
        }));

        using var client = await server.ConnectAsync("/rooms/blue%20lagoon?x=1", o => o.SetRequestHeader("X-Test", "yes"));
        var session = await seen.Task.WaitAsync(ClientExtensions.Timeout);
        Assert.Equal("blue lagoon", session.RouteValues["room"]);
        Assert.Equal("/rooms/blue%20lagoon", session.Path);
        Assert.Equal("?x=1", session.Query);
        Assert.Equal("/rooms/blue%20lagoon?x=1", session.RequestTarget);
        Assert.Equal("yes", session.RequestHeaders["X-Test"]);
        Assert.Equal(session.ConnectionId, session.OpenRequest.ConnectionId);
        Assert.Equal("/rooms/{room}", session.Endpoint.Template);
        Assert.NotNull(session.RemoteEndPoint);
    }

    [Fact]
    public async Task Send_over_the_queue_limit_fails_and_closes_with_1008_send_queue_full()
    {
        var overflow = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await TestServer.StartAsync(
            s => s.Map("/q", async session =>
            {
                // Sends without awaiting, to a client that is not reading: once the socket's buffers are full a send
                // stays pending, and the next one finds the queue (limit 1) full. A send the transport takes at
                // once is not pending, so it takes a few sends to get there; the loop is bounded.
                var payload = new byte[64 * 1024];
                var sent = new List<Task>();
                try
                {
                    for (var i = 0; i < 2_000; i++)
                    {
                        sent.Add(session.SendBinaryAsync(payload).AsTask());
                    }

                    overflow.TrySetResult(null);
                }
                catch (WebSocketException ex)
                {
                    overflow.TrySetResult(ex);
                }

                await Task.WhenAll(sent).ContinueWith(_ => { }, TaskScheduler.Default);
                await session.ReceiveAsync();
            }),
            o => o.Limits.SendQueueLimit = 1);

        using var client = await server.ConnectAsync("/q");
        var error = await overflow.Task.WaitAsync(ClientExtensions.Timeout);
        Assert.NotNull(error);
        Assert.Contains("send queue is full", error.Message);
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, await client.ReceiveCloseAsync());
        Assert.Equal("send queue full", client.CloseStatusDescription);
    }

    [Fact]
    public async Task Aborted_is_cancelled_when_the_peer_disappears()
    {
        var aborted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await TestServer.StartAsync(s => s.Map("/a", async session =>
        {
            session.Aborted.Register(() => aborted.TrySetResult());
            while (await session.ReceiveAsync() is not null)
            {
            }
        }));

        var client = await server.ConnectAsync("/a");
        client.Abort();
        client.Dispose();
        await aborted.Task.WaitAsync(ClientExtensions.Timeout);
        await Eventually.TrueAsync(() => server.Server.Connections.Count == 0, "session removed");
    }

    [Fact]
    public async Task Handshake_timeout_also_bounds_the_tls_handshake()
    {
        using var key = System.Security.Cryptography.RSA.Create(2048);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=localhost", key, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        await using var server = await TestServer.StartEchoAsync(o =>
        {
            o.Certificate = certificate;
            o.Limits.HandshakeTimeout = TimeSpan.FromMilliseconds(500);
        });

        // Connects and says nothing: no ClientHello, so TLS never starts.
        using var silent = await RawHttp.ConnectAsync(server.Port);
        Assert.Equal(string.Empty, await RawHttp.ReadToEndAsync(silent));
    }
}
