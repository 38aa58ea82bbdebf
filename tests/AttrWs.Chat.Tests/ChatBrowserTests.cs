using System.Text.Json;
using AttrWs.Chat.Tests.Infrastructure;

namespace AttrWs.Chat.Tests;

/// <summary>
/// The flagship in headless Chromium: alice and bob chat in one room (presence, typing, messages both ways), a chat.v1
/// client reads and writes the same room, a member is refused on /admin/{room}, and the admin kicks bob, whose page shows
/// the reason. Screenshots: bin/&lt;Configuration&gt;/net10.0/chat-screenshots/ (see <see cref="Browser.Screenshots"/>).
/// </summary>
public sealed class ChatBrowserTests
{
    [Fact]
    public async Task Two_pages_and_a_chat_v1_client_share_a_room_and_the_admin_kicks_bob()
    {
        await using var chat = await ChatProcess.StartAsync("--port", "0");
        Assert.Matches(@"^http://127\.0\.0\.1:[1-9][0-9]*/$", chat.Url.ToString());

        var line = await Browser.RunAsync("chat_e2e.js", chat.Url.ToString(), Browser.Screenshots);

        using var seen = JsonDocument.Parse(line);
        var root = seen.RootElement;
        Assert.Contains("bob", root.GetProperty("aliceMembers").GetString());
        Assert.Equal("bob is typing…", root.GetProperty("aliceTyping").GetString());
        Assert.Equal("chat.v1", root.GetProperty("v1Protocol").GetString());
        Assert.Equal("* welcome to lobby, carol (3 here: alice, bob, carol)", root.GetProperty("v1Welcome").GetString());
        Assert.Equal("alice: Hello carol on chat.v1", root.GetProperty("v1Line").GetString());
        Assert.True(root.GetProperty("pagesSawV1").GetBoolean());
        Assert.Equal(403, root.GetProperty("adminStatusForBob").GetInt32());
        Assert.Equal("closed 1006", root.GetProperty("adminFromBobsPage").GetString());
        Assert.Equal("You were removed from #lobby: spamming the lobby (close 4000)", root.GetProperty("bobNotice").GetString());
        Assert.Equal("* bob was kicked by admin: spamming the lobby", root.GetProperty("v1Kick").GetString());
        Assert.Empty(root.GetProperty("jsErrors").EnumerateArray());
        foreach (var shot in new[] { "chat-alice.png", "chat-bob.png", "chat-bob-kicked.png", "chat-admin.png" })
        {
            Assert.True(new FileInfo(Path.Combine(Browser.Screenshots, shot)).Length > 1000, shot);
        }

        // README's screenshot (docs/images/chat.png) is this run's view of alice's page, refreshed on request only.
        if (Environment.GetEnvironmentVariable("ATTRWS_UPDATE_DOCS_SCREENSHOT") == "1")
        {
            File.Copy(Path.Combine(Browser.Screenshots, "chat-alice.png"), Path.Combine(Repository.Root, "docs", "images", "chat.png"), overwrite: true);
        }

        Assert.Equal(0, await chat.TerminateAsync());
        Assert.DoesNotContain("fail", chat.Output, StringComparison.OrdinalIgnoreCase);
    }
}
