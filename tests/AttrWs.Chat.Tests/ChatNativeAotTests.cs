using System.Net.WebSockets;
using System.Text.Json;
using AttrWs.Chat.Tests.Infrastructure;

namespace AttrWs.Chat.Tests;

/// <summary>samples/Chat published with Native AOT (slow: minutes; once per run), then the binary serves the page, its AsyncAPI document and a chat connection.</summary>
public sealed class ChatNativeAotTests
{
    [Fact]
    public async Task Chat_publishes_with_Native_AOT_without_warnings_and_the_binary_serves_the_page_and_a_chat()
    {
        var publish = await NativeAotPublish.PublishAsync("samples/Chat", "Chat", TimeSpan.FromMinutes(20));
        Assert.True(publish.ExitCode == 0, publish.Log);
        Assert.DoesNotContain("warning", publish.Log, StringComparison.OrdinalIgnoreCase);

        await using var chat = await ChatProcess.StartExecutableAsync(publish.Binary, "--port", "0");
        using var http = new HttpClient { BaseAddress = chat.Url };
        Assert.Contains("<form id=\"login-form\"", await http.GetStringAsync("/"));
        Assert.Contains("ChatSample.ChatEndpoints", await http.GetStringAsync("/endpoints"));
        var asyncApi = await AsyncApiValidator.ValidateAsync(await http.GetStringAsync("/asyncapi.json"));
        Assert.True(asyncApi.IsValid, asyncApi.ToString());

        var token = await Clients.LoginAsync(chat, "alice");
        using var json = await Clients.OpenAsync(chat.WebSocketUrl("/chat/native?access_token=" + token), "chat.v2");
        Assert.Equal(WebSocketState.Open, json.State);
        using (var welcome = JsonDocument.Parse(await json.ReceiveTextAsync()))
        {
            Assert.Equal("alice", welcome.RootElement.GetProperty("user").GetString());
        }

        await json.SendTextAsync("{\"type\":\"message\",\"text\":\"native hello\"}");
        using var message = JsonDocument.Parse(await json.ReceiveTextAsync());
        Assert.Equal("message", message.RootElement.GetProperty("type").GetString());
        Assert.Equal("native hello", message.RootElement.GetProperty("text").GetString());
    }
}
