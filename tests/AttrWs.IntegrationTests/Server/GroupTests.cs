using System.Net.WebSockets;
using AttrWs.IntegrationTests.Infrastructure;
using AttrWs.Testing;

namespace AttrWs.IntegrationTests.Server;

/// <summary>Groups on one node (the in-memory backplane) with real ClientWebSocket peers.</summary>
public sealed class GroupTests
{
    private static Task<TestServer> StartAsync() => TestServer.StartAsync(s => s.Map(RoomEndpoint.Template, RoomEndpoint.HandleAsync));

    private static async Task<(ClientWebSocket Client, string Id)> JoinAsync(TestServer server, string room)
    {
        var client = await server.ConnectAsync("/room/" + room);
        var joined = await client.ReceiveTextAsync();
        Assert.StartsWith("joined:", joined);
        return (client, joined["joined:".Length..]);
    }

    [Fact]
    public async Task Group_send_reaches_each_member_once_and_no_one_else()
    {
        await using var server = await StartAsync();
        var (a, _) = await JoinAsync(server, "red");
        var (b, _) = await JoinAsync(server, "red");
        var (other, _) = await JoinAsync(server, "blue");
        using (a)
        using (b)
        using (other)
        {
            await a.SendTextAsync("g:hello red");
            Assert.Equal("hello red", await a.ReceiveTextAsync());
            Assert.Equal("hello red", await b.ReceiveTextAsync());

            // The next thing "other" and "b" see proves nothing else arrived before it.
            await other.SendTextAsync("g:blue only");
            Assert.Equal("blue only", await other.ReceiveTextAsync());
            await b.SendTextAsync("x:not to b");
            Assert.Equal("not to b", await a.ReceiveTextAsync());
            await b.SendTextAsync("g:second");
            Assert.Equal("second", await b.ReceiveTextAsync());
            Assert.Equal("second", await a.ReceiveTextAsync());
            Assert.Equal(2, await server.Server.Groups.GetMemberCountAsync("red"));
            Assert.Single(server.Server.Groups.GetLocalMembers("blue"));
        }
    }

    [Fact]
    public async Task Sends_to_all_and_to_one_connection_id()
    {
        await using var server = await StartAsync();
        var (a, idA) = await JoinAsync(server, "r1");
        var (b, idB) = await JoinAsync(server, "r2");
        using (a)
        using (b)
        {
            await a.SendTextAsync("c:" + idB + ":psst");
            Assert.Equal("psst", await b.ReceiveTextAsync());
            await b.SendTextAsync("a:everyone");
            Assert.Equal("everyone", await a.ReceiveTextAsync());
            Assert.Equal("everyone", await b.ReceiveTextAsync());

            // From outside any endpoint: by connection id through the server's groups service.
            Assert.True(await server.Server.Groups.AddToGroupAsync(idA, "r2"));
            await server.Server.Groups.SendTextToGroupAsync("r2", "r2 now has a", [idB]);
            Assert.Equal("r2 now has a", await a.ReceiveTextAsync());
            await server.Server.Groups.SendTextToConnectionAsync(idA, "direct");
            Assert.Equal("direct", await a.ReceiveTextAsync());
            Assert.False(await server.Server.Groups.AddToGroupAsync("no-such-connection", "r2"));
            Assert.True(server.Server.Connections.TryGet(idA, out var sessionA));
            Assert.Equal(["r1", "r2"], sessionA.JoinedGroups.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Leaving_and_closing_stop_delivery_and_membership_ends_however_the_connection_ends()
    {
        await using var server = await StartAsync();
        var (a, _) = await JoinAsync(server, "room");
        var (b, _) = await JoinAsync(server, "room");
        var (c, _) = await JoinAsync(server, "room");
        using (a)
        using (b)
        using (c)
        {
            Assert.Equal(3, await server.Server.Groups.GetMemberCountAsync("room"));
            await b.SendTextAsync("leave");
            Assert.Equal("left", await b.ReceiveTextAsync());
            Assert.Equal(2, await server.Server.Groups.GetMemberCountAsync("room"));

            await c.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
            await Eventually.TrueAsync(() => server.Server.Groups.GetLocalMembers("room").Count == 1, "closed member removed");
            a.Abort();
            await Eventually.TrueAsync(() => server.Server.Groups.GetLocalMembers("room").Count == 0, "aborted member removed");

            var (d, _) = await JoinAsync(server, "room");
            using (d)
            {
                await b.SendTextAsync("g:after");
                Assert.Equal("after", await d.ReceiveTextAsync());

                // b left: the next message b sees is its own command's answer, not "after".
                await b.SendTextAsync("count");
                Assert.Equal("count:1", await b.ReceiveTextAsync());
            }
        }
    }

    [Fact]
    public async Task A_session_that_never_joined_has_no_groups_until_its_first_join_and_leaves_them_when_it_ends()
    {
        // Sessions create their joined-group set on the first join: before it, every group operation still answers right.
        await using var server = await TestServer.StartAsync(s => s.Map("/quiet", static async session =>
        {
            await foreach (var message in session.ReadMessagesAsync(session.Aborted))
            {
                await session.SendTextAsync(string.Join(",", session.JoinedGroups.Order(StringComparer.Ordinal)), session.Aborted);
            }
        }));
        using var client = await server.ConnectAsync("/quiet");
        await Eventually.TrueAsync(() => server.Server.Connections.Count == 1, "session registered");
        var session = Assert.Single(server.Server.Connections);
        Assert.Empty(session.JoinedGroups);
        Assert.False(await session.LeaveGroupAsync("never"));
        Assert.False(await server.Server.Groups.RemoveFromGroupAsync(session.ConnectionId, "never"));
        await client.SendTextAsync("groups?");
        Assert.Equal("", await client.ReceiveTextAsync());

        Assert.True(await server.Server.Groups.AddToGroupAsync(session.ConnectionId, "b"));
        Assert.True(await session.JoinGroupAsync("a"));
        Assert.False(await session.JoinGroupAsync("a"));
        await client.SendTextAsync("groups?");
        Assert.Equal("a,b", await client.ReceiveTextAsync());
        await server.Server.Groups.SendTextToGroupAsync("b", "to b");
        Assert.Equal("to b", await client.ReceiveTextAsync());
        Assert.True(await session.LeaveGroupAsync("b"));
        Assert.Equal(["a"], session.JoinedGroups);

        client.Abort();
        await Eventually.TrueAsync(() => server.Server.Groups.GetLocalMembers("a").Count == 0, "ended session left its groups");
        Assert.Equal(0, await server.Server.Groups.GetMemberCountAsync("b"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("emoji-\u263A")]
    [InlineData("new\nline")]
    public async Task Invalid_group_names_are_refused_with_an_argument_exception(string name)
    {
        await using var server = await StartAsync();
        var error = await Assert.ThrowsAsync<ArgumentException>(() => server.Server.Groups.SendTextToGroupAsync(name, "x").AsTask());
        Assert.Equal("group", error.ParamName);
        Assert.Throws<ArgumentException>(() => WebSocketGroupName.Validate(new string('a', WebSocketGroupName.MaxLength + 1)));
        Assert.True(WebSocketGroupName.IsValid(new string('a', WebSocketGroupName.MaxLength)));
        Assert.True(WebSocketGroupName.IsValid("room:42/lobby@eu-1"));
    }
}
