using AttrWs.Redis.Tests.Infrastructure;

namespace AttrWs.Redis.Tests;

/// <summary>Two AttrWs servers on one real redis-server, with ClientWebSocket members on both.</summary>
public sealed class ClusterTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    [Fact]
    public async Task Group_send_reaches_members_on_both_nodes_exactly_once_in_order()
    {
        var prefix = RedisFixture.NewPrefix();
        await using var a = await ClusterNode.StartAsync(redis.Server.Configuration, prefix);
        await using var b = await ClusterNode.StartAsync(redis.Server.Configuration, prefix);
        using var a1 = await a.JoinAsync("room");
        using var a2 = await a.JoinAsync("room");
        using var b1 = await b.JoinAsync("room");
        using var outsider = await b.JoinAsync("elsewhere");
        await WaitForCountAsync(a, b, "room", 3);

        const int count = 50;
        var sending = Task.WhenAll(SendNumberedAsync(a1, "A", count), SendNumberedAsync(b1, "B", count));
        var received = await Task.WhenAll(CollectAsync(a1, count), CollectAsync(a2, count), CollectAsync(b1, count));
        await sending;
        foreach (var member in received)
        {
            Assert.Equal(Enumerable.Range(0, count).Select(i => "A:" + i), member.Where(m => m.StartsWith("A:", StringComparison.Ordinal)));
            Assert.Equal(Enumerable.Range(0, count).Select(i => "B:" + i), member.Where(m => m.StartsWith("B:", StringComparison.Ordinal)));
            Assert.Equal(2 * count, member.Count);
        }

        // Nothing arrived twice or late: the next message each member sees is a fresh marker.
        await a1.SendAsync("g:marker");
        foreach (var member in new[] { a1, a2, b1 })
        {
            Assert.Equal("marker", await member.ReceiveAsync());
        }

        // The member of another group got none of it.
        await outsider.SendAsync("count");
        Assert.Equal("count:1", await outsider.ReceiveAsync());
    }

    [Fact]
    public async Task Sends_to_a_connection_id_and_to_all_reach_the_other_node()
    {
        var prefix = RedisFixture.NewPrefix();
        await using var a = await ClusterNode.StartAsync(redis.Server.Configuration, prefix);
        await using var b = await ClusterNode.StartAsync(redis.Server.Configuration, prefix);
        using var a1 = await a.JoinAsync("r1");
        using var b1 = await b.JoinAsync("r2");
        using var b2 = await b.JoinAsync("r3");

        await a1.SendAsync("c:" + b1.ConnectionId + ":for b1 only");
        Assert.Equal("for b1 only", await b1.ReceiveAsync());

        await a1.SendAsync("a:to everyone");
        Assert.Equal("to everyone", await a1.ReceiveAsync());
        Assert.Equal("to everyone", await b1.ReceiveAsync());
        Assert.Equal("to everyone", await b2.ReceiveAsync());

        // From outside any endpoint, through node B's groups service, to a connection held by node A.
        await b.Server.Groups.SendTextToConnectionAsync(a1.ConnectionId, "from b's service");
        Assert.Equal("from b's service", await a1.ReceiveAsync());

        // All but some: b1 is excluded on its own node.
        await a.Server.Groups.SendTextToAllAsync("not b1", [b1.ConnectionId]);
        Assert.Equal("not b1", await a1.ReceiveAsync());
        Assert.Equal("not b1", await b2.ReceiveAsync());
        await b1.SendAsync("count");
        Assert.Equal("count:1", await b1.ReceiveAsync());
    }

    [Fact]
    public async Task Leaving_and_closing_stop_delivery_and_member_counts_agree_on_both_nodes()
    {
        var prefix = RedisFixture.NewPrefix();
        await using var a = await ClusterNode.StartAsync(redis.Server.Configuration, prefix);
        await using var b = await ClusterNode.StartAsync(redis.Server.Configuration, prefix);
        using var a1 = await a.JoinAsync("lobby");
        using var b1 = await b.JoinAsync("lobby");
        using var b2 = await b.JoinAsync("lobby");
        await WaitForCountAsync(a, b, "lobby", 3);

        await b1.SendAsync("leave");
        Assert.Equal("left", await b1.ReceiveAsync());
        await WaitForCountAsync(a, b, "lobby", 2);

        await b2.CloseAsync();
        await WaitForCountAsync(a, b, "lobby", 1);

        await a1.SendAsync("g:after");
        Assert.Equal("after", await a1.ReceiveAsync());

        // b1 left: its next message is the answer to its own command, not "after".
        await b1.SendAsync("count");
        Assert.Equal("count:1", await b1.ReceiveAsync());
        Assert.Equal(1, await a.Server.Groups.GetMemberCountAsync("lobby"));
        Assert.Equal(1, await b.Server.Groups.GetMemberCountAsync("lobby"));
    }

    [Fact]
    public async Task A_stream_entry_written_twice_by_a_retried_publish_is_delivered_once()
    {
        var prefix = RedisFixture.NewPrefix();
        await using var a = await ClusterNode.StartAsync(redis.Server.Configuration, prefix);
        await using var b = await ClusterNode.StartAsync(redis.Server.Configuration, prefix);
        using var a1 = await a.JoinAsync("room");
        using var b1 = await b.JoinAsync("room");
        await WaitForCountAsync(a, b, "room", 2);
        await a1.SendAsync("g:one");
        Assert.Equal("one", await b1.ReceiveAsync());

        // What a publish retried after Redis had taken it leaves behind: the same node id and sequence number again.
        await using (var direct = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(redis.Server.Configuration))
        {
            var database = direct.GetDatabase();
            var last = await database.StreamRangeAsync(prefix + ":stream", "-", "+", count: 1, messageOrder: StackExchange.Redis.Order.Descending);
            await database.StreamAddAsync(prefix + ":stream", last[0].Values);
            await database.PublishAsync(StackExchange.Redis.RedisChannel.Literal(prefix + ":bell"), "test");
        }

        await a1.SendAsync("g:two");
        Assert.Equal("two", await b1.ReceiveAsync());
        Assert.Equal(0, b.Backplane.LostCount);
        Assert.Equal(2, b.Backplane.ReceivedCount);
    }

    internal static async Task WaitForCountAsync(ClusterNode a, ClusterNode b, string group, long expected)
        => await Eventually.TrueAsync(
            async () => await a.Server.Groups.GetMemberCountAsync(group) == expected && await b.Server.Groups.GetMemberCountAsync(group) == expected,
            $"both nodes count {expected} member(s) in {group}");

    internal static async Task SendNumberedAsync(RoomClient client, string tag, int count, TimeSpan? interval = null)
    {
        for (var i = 0; i < count; i++)
        {
            await client.SendAsync("g:" + tag + ":" + i);
            if (interval is { } delay)
            {
                await Task.Delay(delay);
            }
        }
    }

    private static async Task<List<string>> CollectAsync(RoomClient client, int perSender)
    {
        var messages = new List<string>();
        while (messages.Count < 2 * perSender)
        {
            messages.Add(await client.ReceiveAsync());
        }

        return messages;
    }
}
