using System.Text.Json;
using AttrWs.ConformanceTests.Infrastructure;

namespace AttrWs.ConformanceTests.Clients;

/// <summary>
/// The same scenarios for every external client (python-websockets, Node ws, Chromium): echo, subprotocol choice,
/// permessage-deflate, a 1 MiB message, close handshakes in both directions (codes and reasons seen by both sides),
/// and rejection statuses the client can see.
/// </summary>
public abstract class RealClientTests(ClientServerFixture fixture) : IClassFixture<ClientServerFixture>
{
    /// <summary>The client's name, as it appears in its close reason ("bye from NAME").</summary>
    protected abstract string ClientName { get; }

    /// <summary>Runs one scenario of the client's script against the server's port.</summary>
    protected abstract Task<JsonElement> RunAsync(string scenario, int port);

    protected ConformanceServer Server => fixture.Server;

    [Fact]
    public async Task Connects_and_echoes_text_and_binary()
    {
        var result = await RunAsync("echo", Server.Port);
        Assert.Equal("hello from " + ClientName, result.GetProperty("text").GetString());
        Assert.Equal("0001feff", result.GetProperty("binary").GetString());
    }

    [Fact]
    public async Task Gets_the_server_preferred_subprotocol_among_those_it_offered()
    {
        var result = await RunAsync("subprotocol", Server.Port);
        Assert.Equal("v2.chat", result.GetProperty("subprotocol").GetString());
    }

    [Fact]
    public async Task Negotiates_permessage_deflate_and_round_trips_a_compressible_message()
    {
        var result = await RunAsync("deflate", Server.Port);
        Assert.StartsWith("permessage-deflate", result.GetProperty("extensions").GetString(), StringComparison.Ordinal);
        Assert.True(result.GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task Round_trips_a_1_MiB_message()
    {
        var result = await RunAsync("large", Server.Port);
        Assert.Equal(1024 * 1024, result.GetProperty("length").GetInt32());
        Assert.True(result.GetProperty("sha256_equal").GetBoolean());
    }

    [Fact]
    public async Task Client_close_code_and_reason_reach_the_server_and_the_server_echoes_the_code()
    {
        var result = await RunAsync("client-close", Server.Port);
        Assert.Equal(4000, result.GetProperty("code").GetInt32());
        var reason = "bye from " + ClientName;
        var seen = await WaitForServerCloseAsync(reason);
        Assert.Equal(4000, (int?)seen.Status);
    }

    [Fact]
    public async Task Server_close_code_and_reason_reach_the_client()
    {
        var result = await RunAsync("server-close", Server.Port);
        Assert.Equal("one", result.GetProperty("echo").GetString());
        Assert.Equal(4001, result.GetProperty("code").GetInt32());
        Assert.Equal("server-bye", result.GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("/missing", 404)]
    [InlineData("/chat", 400)] // the endpoint requires a subprotocol and the client offers none
    public async Task Sees_the_rejection_status(string path, int status)
    {
        var result = await RunAsync("reject:" + path, Server.Port);
        Assert.Equal(status, result.GetProperty("status").GetInt32());
    }

    private async Task<(string Path, System.Net.WebSockets.WebSocketCloseStatus? Status, string? Reason)> WaitForServerCloseAsync(string reason)
    {
        for (var i = 0; i < 100; i++)
        {
            foreach (var closed in Server.Closed)
            {
                if (closed.Reason == reason)
                {
                    return closed;
                }
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"the server never recorded a session closed with reason '{reason}'");
    }
}
