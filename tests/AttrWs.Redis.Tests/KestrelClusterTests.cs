using AttrWs.Redis.Tests.Infrastructure;

namespace AttrWs.Redis.Tests;

/// <summary>
/// The Redis backplane behind ASP.NET Core: Kestrel apps on one real redis-server, alone and beside a standalone server,
/// share groups and sends as standalone nodes do.
/// </summary>
public sealed class KestrelClusterTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    [Fact]
    public async Task Two_Kestrel_apps_share_groups_and_connection_sends_through_Redis()
    {
        var prefix = RedisFixture.NewPrefix();
        await using var a = await KestrelClusterNode.StartAsync(redis.Server.Configuration, prefix);
        await using var b = await KestrelClusterNode.StartAsync(redis.Server.Configuration, prefix);
        using var a1 = await a.JoinAsync("room");
        using var b1 = await b.JoinAsync("room");
        using var b2 = await b.JoinAsync("other");
        await WaitForCountAsync(a1, "room", 2);

        await a1.SendAsync("g:hello room");
        Assert.Equal("hello room", await a1.ReceiveAsync());
        Assert.Equal("hello room", await b1.ReceiveAsync());

        await a1.SendAsync("c:" + b2.ConnectionId + ":just b2");
        Assert.Equal("just b2", await b2.ReceiveAsync());

        // From outside any endpoint, through node B's groups, to a member held by node A.
        await b.Groups.SendTextToGroupAsync("room", "from b's app");
        Assert.Equal("from b's app", await a1.ReceiveAsync());
        Assert.Equal("from b's app", await b1.ReceiveAsync());

        // b2 got nothing of the room's traffic: its next message is the answer to its own command.
        await b2.SendAsync("count");
        Assert.Equal("count:1", await b2.ReceiveAsync());
    }

    [Fact]
    public async Task A_Kestrel_app_and_a_standalone_server_share_one_group()
    {
        var prefix = RedisFixture.NewPrefix();
        await using var kestrel = await KestrelClusterNode.StartAsync(redis.Server.Configuration, prefix);
        await using var standalone = await ClusterNode.StartAsync(redis.Server.Configuration, prefix);
        using var k1 = await kestrel.JoinAsync("mixed");
        using var s1 = await standalone.JoinAsync("mixed");
        await WaitForCountAsync(s1, "mixed", 2);

        await s1.SendAsync("g:from standalone");
        Assert.Equal("from standalone", await k1.ReceiveAsync());
        Assert.Equal("from standalone", await s1.ReceiveAsync());
        await k1.SendAsync("x:from kestrel");
        Assert.Equal("from kestrel", await s1.ReceiveAsync());
    }

    /// <summary>Asks through <paramref name="member"/> until the room's cluster-wide count is reached (bounded).</summary>
    private static async Task WaitForCountAsync(RoomClient member, string room, int expected)
    {
        var last = string.Empty;
        for (var i = 0; i < 100; i++)
        {
            await member.SendAsync("count");
            last = await member.ReceiveAsync();
            if (last == "count:" + expected)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"the member count of {room} stayed at {last}, not {expected}");
    }
}
