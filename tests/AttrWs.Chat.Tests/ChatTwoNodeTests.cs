using System.Text.Json;
using AttrWs.Chat.Tests.Infrastructure;
using AttrWs.Redis.Tests.Infrastructure;

namespace AttrWs.Chat.Tests;

/// <summary>Two sample processes with <c>--redis</c> on a real redis-server; one page per node in the same room.</summary>
public sealed class ChatTwoNodeTests
{
    [Fact]
    public async Task One_page_per_node_chats_in_the_same_room_through_Redis()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var nodeA = await ChatProcess.StartAsync("--port", "0", "--redis", redis.Configuration, "--node", "node-a");
        await using var nodeB = await ChatProcess.StartAsync("--port", "0", "--redis", redis.Configuration, "--node", "node-b");

        var line = await Browser.RunAsync("chat_two_nodes.js", nodeA.Url.ToString(), nodeB.Url.ToString(), Browser.Screenshots);

        using var seen = JsonDocument.Parse(line);
        Assert.Equal("alice on node-a", seen.RootElement.GetProperty("aliceNode").GetString());
        Assert.Equal("bob on node-b", seen.RootElement.GetProperty("bobNode").GetString());
        Assert.True(seen.RootElement.GetProperty("exchanged").GetBoolean());
    }
}
