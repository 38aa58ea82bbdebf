using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
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

    [Fact]
    public async Task Two_nodes_sh_starts_Redis_and_two_nodes_that_share_a_room_and_stops_them_all()
    {
        var script = Path.Combine(Repository.Root, "samples", "Chat", "two-nodes.sh");
        var environment = new Dictionary<string, string> { ["PORT_A"] = "0", ["PORT_B"] = "0", ["SKIP_BUILD"] = "1" };
        using var process = Process.Start(ChildProcess.StartInfo("bash", [script], environment: environment))!;
        var output = new System.Text.StringBuilder();
        var urls = new List<Uri>();
        var bothUp = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLine(string? line)
        {
            lock (output)
            {
                output.AppendLine(line);
                if (line is not null && line.StartsWith("Chat: ", StringComparison.Ordinal))
                {
                    urls.Add(new Uri(line["Chat: ".Length..]));
                    if (urls.Count == 2)
                    {
                        bothUp.TrySetResult();
                    }
                }
            }
        }

        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await bothUp.Task.WaitAsync(TimeSpan.FromSeconds(90));
            Assert.Contains("redis-server on 127.0.0.1:", output.ToString());
            var (a, b) = (new ChatProcessUrl(urls[0]), new ChatProcessUrl(urls[1]));
            var alice = await Clients.LoginAsync(a.Url, "alice");
            var bob = await Clients.LoginAsync(b.Url, "bob");
            using var json = await Clients.OpenAsync(a.WebSocket("/chat/script?access_token=" + alice), "chat.v2");
            Assert.Contains("\"type\":\"join\"", await json.ReceiveTextAsync());
            using var text = await Clients.OpenAsync(b.WebSocket("/chat/script?access_token=" + bob), "chat.v1");
            Assert.StartsWith("* welcome to script, bob", await text.ReceiveTextAsync());
            await json.ReceiveUntilAsync(m => m.Contains("\"presence\"") && m.Contains("\"bob\""));
            await text.SendTextAsync("across nodes");
            await json.ReceiveUntilAsync(m => m.Contains("\"text\":\"across nodes\""));
            await json.SendTextAsync("{\"type\":\"message\",\"text\":\"and back\"}");
            Assert.Equal("alice: and back", await text.ReceiveUntilAsync(m => m.StartsWith("alice:", StringComparison.Ordinal)));

            // The admin on node A kicks bob, whose only connection is on node B: node B closes it with 4000 and the reason.
            var admin = await Clients.LoginAsync(a.Url, "admin");
            using (var kicker = await Clients.OpenAsync(a.WebSocket("/admin/script?access_token=" + admin)))
            {
                await kicker.SendTextAsync("{\"type\":\"kick\",\"user\":\"bob\",\"reason\":\"kicked across nodes\"}");
                Assert.Contains("\"count\":0", await kicker.ReceiveTextAsync()); // none of bob's connections is on node A
            }

            Assert.Equal("* bob was kicked by admin: kicked across nodes", await text.ReceiveUntilAsync(m => m.Contains("kicked")));
            var kicked = await text.ReceiveAsync();
            Assert.Equal(WebSocketMessageType.Close, kicked.Type);
            Assert.Equal(4000, (int)text.CloseStatus!);
            Assert.Equal("kicked across nodes", text.CloseStatusDescription);
            await json.ReceiveUntilAsync(m => m.Contains("\"kicked\"") && m.Contains("\"bob\""));

            var closing = Task.Run(async () =>
            {
                for (var i = 0; i < 20; i++)
                {
                    if ((await json.ReceiveAsync()).Type == WebSocketMessageType.Close)
                    {
                        return json.CloseStatus;
                    }
                }

                return null;
            });
            using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await term!.WaitForExitAsync();
            }

            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
            process.WaitForExit();
            Assert.Contains("stopped", output.ToString());
            Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, await closing);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private sealed record ChatProcessUrl(Uri Url)
    {
        public Uri WebSocket(string pathAndQuery) => new($"ws://127.0.0.1:{Url.Port}{pathAndQuery}");
    }
}
