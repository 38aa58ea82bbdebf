using System.Net.WebSockets;
using System.Text.Json;
using AttrWs;

namespace ChatSample;

/// <summary>
/// <c>/chat/{room}</c> in two protocol versions on one URL: the negotiated subprotocol picks the method (<c>chat.v2</c>: JSON
/// frames; <c>chat.v1</c>: text lines). Members only; the open-request hook adds the room's capacity and the ban list.
/// One instance per connection, built by generated code from the request's scope (no reflection).
/// </summary>
[WebSocketRoute("/chat")]
[Authorize]
public sealed class ChatEndpoints(ChatRooms rooms)
{
    /// <summary>chat.v2: <c>{"type":"message","text":...}</c> and <c>{"type":"typing"}</c> in; join, message, typing, presence, kicked and error frames out.</summary>
    [WebSocketEndpoint("{room:length(1,32)}", SubProtocols = "chat.v2")]
    public async Task Json(WebSocketSession session, string room, CancellationToken aborted)
    {
        await using var membership = await rooms.EnterAsync(session, room, json: true, aborted);
        var welcome = new ChatFrame
        {
            Type = "join", Room = room, User = membership.User, Node = rooms.Node, Members = rooms.Members(room),
            Count = await rooms.CountAsync(room, aborted), Time = rooms.Now,
        };
        await session.SendTextAsync(JsonSerializer.SerializeToUtf8Bytes(welcome, ChatJsonContext.Default.ChatFrame), aborted);
        await foreach (var message in session.ReadMessagesAsync(aborted))
        {
            ChatFrame? frame = null;
            try
            {
                frame = message.IsText ? JsonSerializer.Deserialize(message.Data.Span, ChatJsonContext.Default.ChatFrame) : null;
            }
            catch (JsonException)
            {
                // Answered below: a bad frame is the client's error, never the connection's end.
            }

            switch (frame?.Type)
            {
                case "message" when frame.Text is { Length: > 0 and <= ChatRooms.MaxTextLength } text && !string.IsNullOrWhiteSpace(text):
                    await rooms.SendMessageAsync(room, membership.User, text, textSender: null, aborted);
                    break;
                case "typing":
                    await rooms.SendTypingAsync(room, membership.User, session.ConnectionId, aborted);
                    break;
                default:
                    var error = new ChatFrame { Type = "error", Text = $"expected a message frame (text of 1-{ChatRooms.MaxTextLength} characters) or a typing frame" };
                    await session.SendTextAsync(JsonSerializer.SerializeToUtf8Bytes(error, ChatJsonContext.Default.ChatFrame), aborted);
                    break;
            }
        }
    }

    /// <summary>chat.v1: each text message is a line to the room; the client receives <c>name: text</c> lines and <c>* name joined</c> notices.</summary>
    [WebSocketEndpoint("{room:length(1,32)}", SubProtocols = "chat.v1")]
    public async Task Text(WebSocketSession session, string room, CancellationToken aborted)
    {
        await using var membership = await rooms.EnterAsync(session, room, json: false, aborted);
        var members = rooms.Members(room);
        await session.SendTextAsync($"* welcome to {room}, {membership.User} ({members.Count} here: {string.Join(", ", members)})", aborted);
        await foreach (var message in session.ReadMessagesAsync(aborted))
        {
            if (!message.IsText)
            {
                await session.SendTextAsync("* chat.v1 takes text lines", aborted);
                continue;
            }

            foreach (var line in message.GetText().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length > ChatRooms.MaxTextLength)
                {
                    await session.SendTextAsync($"* lines are at most {ChatRooms.MaxTextLength} characters", aborted);
                    continue;
                }

                await rooms.SendMessageAsync(room, membership.User, line, session.ConnectionId, aborted);
            }
        }

        await session.CloseAsync(WebSocketCloseStatus.NormalClosure, null, aborted);
    }
}

/// <summary><c>/admin/{room}</c>: role <c>admin</c> only. Takes <c>{"type":"kick","user":"bob","reason":"..."}</c>.</summary>
[Authorize(Roles = "admin")]
public sealed class AdminEndpoints(ChatRooms rooms)
{
    /// <summary>Kicks users out of the room; answers each command with <c>{"type":"kick","user":...,"count":closed}</c> or an error frame.</summary>
    [WebSocketEndpoint("/admin/{room:length(1,32)}")]
    public async Task Admin(WebSocketSession session, string room, CancellationToken aborted)
    {
        var admin = ChatRooms.UserOf(session);
        await foreach (var message in session.ReadMessagesAsync(aborted))
        {
            ChatFrame? command = null;
            try
            {
                command = message.IsText ? JsonSerializer.Deserialize(message.Data.Span, ChatJsonContext.Default.ChatFrame) : null;
            }
            catch (JsonException)
            {
                // Answered below.
            }

            ChatFrame answer;
            if (command is { Type: "kick", User: { Length: > 0 and <= 64 } user })
            {
                var closed = await rooms.KickAsync(room, user, command.Reason ?? "kicked", admin, aborted);
                answer = new ChatFrame { Type = "kick", Room = room, User = user, Count = closed };
            }
            else
            {
                answer = new ChatFrame { Type = "error", Text = "expected a kick frame with user and reason" };
            }

            await session.SendTextAsync(JsonSerializer.SerializeToUtf8Bytes(answer, ChatJsonContext.Default.ChatFrame), aborted);
        }
    }
}

/// <summary>Anonymous <c>/echo</c>: every text or binary message comes back as is.</summary>
public static class EchoEndpoints
{
    /// <summary>Echoes text and binary messages.</summary>
    [WebSocketEndpoint("/echo")]
    public static async Task Echo(WebSocketSession session, CancellationToken aborted)
    {
        await foreach (var message in session.ReadMessagesAsync(aborted))
        {
            if (message.IsText)
            {
                await session.SendTextAsync(message.Data, aborted);
            }
            else
            {
                await session.SendBinaryAsync(message.Data, aborted);
            }
        }
    }
}
