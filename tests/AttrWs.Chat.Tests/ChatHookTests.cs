using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using AttrWs.Chat.Tests.Infrastructure;

namespace AttrWs.Chat.Tests;

/// <summary>One sample process (<c>--room-capacity 2 --ban carol</c>) shared by the tests of this class.</summary>
public sealed class ChatHookFixture : IAsyncLifetime
{
    internal ChatProcess Chat { get; private set; } = null!;

    public async Task InitializeAsync() => Chat = await ChatProcess.StartAsync("--port", "0", "--room-capacity", "2", "--ban", "carol");

    public async Task DisposeAsync() => await Chat.DisposeAsync();
}

/// <summary>
/// The open-request hook (capacity 503 + Retry-After, ban 403, room names 400), the [Authorize] gate, both protocol
/// versions with ClientWebSocket, the anonymous /echo and the endpoint map pages.
/// </summary>
public sealed class ChatHookTests(ChatHookFixture fixture) : IClassFixture<ChatHookFixture>
{
    private ChatProcess Chat => fixture.Chat;

    [Fact]
    public async Task A_full_room_answers_503_with_Retry_After_until_a_member_leaves()
    {
        var token = await Clients.LoginAsync(Chat, "alice");
        var url = Chat.WebSocketUrl("/chat/full?access_token=" + token);
        using var first = await Clients.OpenAsync(url, "chat.v2");
        using var second = await Clients.OpenAsync(url, "chat.v1");
        Assert.Equal(WebSocketState.Open, first.State);
        Assert.Equal(WebSocketState.Open, second.State);
        // Each endpoint joins its room's group before it greets: after both greetings, the room counts 2.
        Assert.Contains("\"type\":\"join\"", await first.ReceiveTextAsync());
        Assert.StartsWith("* welcome to full", await second.ReceiveTextAsync());

        using var third = await Clients.OpenAsync(url, "chat.v2");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, third.HttpStatusCode);
        Assert.Equal("5", Assert.Single(third.HttpResponseHeaders!["Retry-After"]));
        using var shouting = await Clients.OpenAsync(Chat.WebSocketUrl("/CHAT/full?access_token=" + token), "chat.v1");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, shouting.HttpStatusCode);

        await second.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        ClientWebSocket? again = null;
        for (var attempt = 0; attempt < 50 && again?.State != WebSocketState.Open; attempt++)
        {
            again?.Dispose();
            await Task.Delay(100);
            again = await Clients.OpenAsync(url, "chat.v2");
        }

        Assert.Equal(WebSocketState.Open, again!.State);
        again.Dispose();
    }

    [Fact]
    public async Task A_banned_user_gets_403_anonymous_401_and_a_bad_room_name_400()
    {
        var carol = await Clients.LoginAsync(Chat, "carol");
        using var banned = await Clients.OpenAsync(Chat.WebSocketUrl("/chat/lobby?access_token=" + carol), "chat.v2");
        Assert.Equal(HttpStatusCode.Forbidden, banned.HttpStatusCode);

        using var anonymous = await Clients.OpenAsync(Chat.WebSocketUrl("/chat/lobby"), "chat.v2");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.HttpStatusCode);

        var bob = await Clients.LoginAsync(Chat, "bob");
        using var badRoom = await Clients.OpenAsync(Chat.WebSocketUrl("/chat/No_Caps?access_token=" + bob), "chat.v2");
        Assert.Equal(HttpStatusCode.BadRequest, badRoom.HttpStatusCode);
        using var noProtocol = await Clients.OpenAsync(Chat.WebSocketUrl("/chat/lobby?access_token=" + bob));
        Assert.Equal(HttpStatusCode.BadRequest, noProtocol.HttpStatusCode);
        using var member = await Clients.OpenAsync(Chat.WebSocketUrl("/admin/lobby?access_token=" + bob));
        Assert.Equal(HttpStatusCode.Forbidden, member.HttpStatusCode);

        using var http = new HttpClient { BaseAddress = Chat.Url };
        using var wrong = await http.PostAsync("/login", new FormUrlEncodedContent([new("user", "bob"), new("password", "alice")]));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        using var form = await http.PostAsync("/login", new FormUrlEncodedContent([new("user", "bob"), new("password", "bob")]));
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("HttpOnly", Assert.Single(form.Headers.GetValues("Set-Cookie")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Chat_v2_and_chat_v1_share_a_room_and_the_admin_kicks_with_4000()
    {
        var bob = await Clients.LoginAsync(Chat, "bob");
        var admin = await Clients.LoginAsync(Chat, "admin");
        using var json = await Clients.OpenAsync(Chat.WebSocketUrl("/chat/versions?access_token=" + bob), "chat.v2");
        Assert.Equal("chat.v2", json.SubProtocol);
        using (var welcome = JsonDocument.Parse(await json.ReceiveTextAsync()))
        {
            Assert.Equal("join", welcome.RootElement.GetProperty("type").GetString());
            Assert.Equal("bob", welcome.RootElement.GetProperty("user").GetString());
        }

        using var text = await Clients.OpenAsync(Chat.WebSocketUrl("/chat/versions?access_token=" + admin), "chat.v1");
        Assert.Equal("chat.v1", text.SubProtocol);
        Assert.Equal("* welcome to versions, admin (2 here: admin, bob)", await text.ReceiveTextAsync());
        await json.ReceiveUntilAsync(m => m.Contains("\"presence\"") && m.Contains("\"admin\""));

        await text.SendTextAsync("line one\nline two");
        await json.ReceiveUntilAsync(m => m.Contains("\"text\":\"line one\""));
        await json.ReceiveUntilAsync(m => m.Contains("\"text\":\"line two\""));
        await json.SendTextAsync("{\"type\":\"message\",\"text\":\"from json\"}");
        Assert.Equal("bob: from json", await text.ReceiveTextAsync());
        await json.SendTextAsync("not json");
        Assert.Contains("\"type\":\"error\"", await json.ReceiveUntilAsync(m => m.Contains("\"error\"")));

        using var kicker = await Clients.OpenAsync(Chat.WebSocketUrl("/admin/versions?access_token=" + admin));
        await kicker.SendTextAsync("{\"type\":\"kick\",\"user\":\"bob\",\"reason\":\"testing the kick\"}");
        Assert.Contains("\"count\":1", await kicker.ReceiveTextAsync());
        await json.ReceiveUntilAsync(m => m.Contains("\"kicked\""));
        var close = await json.ReceiveAsync(); // the close frame
        Assert.Equal(WebSocketMessageType.Close, close.Type);
        Assert.Equal(4000, (int)json.CloseStatus!);
        Assert.Equal("testing the kick", json.CloseStatusDescription);
        Assert.Equal("* bob was kicked by admin: testing the kick", await text.ReceiveUntilAsync(m => m.Contains("kicked")));
    }

    [Fact]
    public async Task Echo_is_anonymous_for_text_and_binary()
    {
        using var echo = await Clients.OpenAsync(Chat.WebSocketUrl("/echo"));
        Assert.Equal(WebSocketState.Open, echo.State);
        await echo.SendTextAsync("héllo");
        Assert.Equal("héllo", await echo.ReceiveTextAsync());
        await echo.SendAsync(new byte[] { 0, 1, 2, 254, 255 }, WebSocketMessageType.Binary, true, CancellationToken.None);
        var (type, data) = await echo.ReceiveAsync();
        Assert.Equal(WebSocketMessageType.Binary, type);
        Assert.Equal(new byte[] { 0, 1, 2, 254, 255 }, data);
    }

    [Fact]
    public async Task The_endpoints_pages_list_the_generated_map()
    {
        using var http = new HttpClient { BaseAddress = Chat.Url };
        var html = await http.GetStringAsync("/endpoints");
        Assert.Contains("<td><code>/chat/{room:length(1,32)}</code></td><td>chat.v2</td><td>authenticated</td><td><code>ChatSample.ChatEndpoints</code></td><td><code>Json</code></td>", html);
        Assert.Contains("<td><code>/chat/{room:length(1,32)}</code></td><td>chat.v1</td><td>authenticated</td><td><code>ChatSample.ChatEndpoints</code></td><td><code>Text</code></td>", html);
        Assert.Contains("<td><code>/admin/{room:length(1,32)}</code></td><td>-</td><td>authenticated; roles: admin</td>", html);
        Assert.Contains("<td><code>/echo</code></td><td>-</td><td>anonymous</td>", html);

        using var json = JsonDocument.Parse(await http.GetStringAsync("/endpoints.json"));
        var rows = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(["/chat/{room:length(1,32)}", "/chat/{room:length(1,32)}", "/admin/{room:length(1,32)}", "/echo"], rows.Select(r => r.GetProperty("template").GetString()));
        Assert.Equal(["Json", "Text", "Admin", "Echo"], rows.Select(r => r.GetProperty("method").GetString()));

        var page = await http.GetStringAsync("/");
        Assert.Contains("<form id=\"login-form\"", page);
    }

    [Fact]
    public async Task The_AsyncAPI_document_validates_and_names_the_server_and_the_three_ways_in()
    {
        using var http = new HttpClient { BaseAddress = Chat.Url };
        Assert.Contains("href=\"/asyncapi.json\"", await http.GetStringAsync("/endpoints"));
        Assert.Contains("href=\"/asyncapi.json\"", await http.GetStringAsync("/"));
        using var response = await http.GetAsync("/asyncapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var document = await response.Content.ReadAsStringAsync();

        var result = await AsyncApiValidator.ValidateAsync(document);
        Assert.True(result.IsValid, result.ToString());

        using var json = JsonDocument.Parse(document);
        var root = json.RootElement;
        Assert.Equal("3.0.0", root.GetProperty("asyncapi").GetString());
        var server = root.GetProperty("servers").GetProperty("this");
        Assert.Equal($"127.0.0.1:{Chat.Url.Port}", server.GetProperty("host").GetString());
        Assert.Equal("ws", server.GetProperty("protocol").GetString());
        var schemes = root.GetProperty("components").GetProperty("securitySchemes").EnumerateObject().Select(p => p.Value).ToArray();
        Assert.Contains(schemes, s => s.GetProperty("type").GetString() == "httpApiKey" && s.GetProperty("in").GetString() == "cookie" && s.GetProperty("name").GetString() == ".AspNetCore.Cookies");
        Assert.Contains(schemes, s => s.GetProperty("type").GetString() == "http" && s.GetProperty("scheme").GetString() == "bearer");
        Assert.Contains(schemes, s => s.GetProperty("type").GetString() == "httpApiKey" && s.GetProperty("in").GetString() == "query" && s.GetProperty("name").GetString() == "access_token");
        Assert.Equal(["/admin/{room}", "/chat/{room}", "/echo"], root.GetProperty("channels").EnumerateObject().Select(c => c.Value.GetProperty("address").GetString()).Order());
        var operations = root.GetProperty("operations");
        Assert.Equal(3, operations.GetProperty("ChatEndpoints.Json.receive").GetProperty("security").GetArrayLength());
        Assert.False(operations.GetProperty("EchoEndpoints.Echo.receive").TryGetProperty("security", out _));
    }
}
