using System.Text;

namespace AttrWs.Testing;

/// <summary>
/// A chat-room endpoint for the group tests (also linked into the Redis tests and their node process). The session
/// joins the route's <c>{room}</c>; each text message is a command:
/// <c>g:TEXT</c> to the room, <c>x:TEXT</c> to the room except the sender, <c>a:TEXT</c> to all, <c>c:ID:TEXT</c> to one
/// connection id, <c>join:GROUP</c>, <c>leave</c> (answers <c>left</c>), <c>id</c> (answers <c>id:CONNECTIONID</c>),
/// <c>count</c> (answers <c>count:N</c>, the room's cluster-wide member count).
/// </summary>
public static class RoomEndpoint
{
    public const string Template = "/room/{room}";

    public static async ValueTask HandleAsync(WebSocketSession session)
    {
        var room = session.RouteValues["room"]!;
        await session.JoinGroupAsync(room);
        await session.SendTextAsync("joined:" + session.ConnectionId);
        while (await session.ReceiveAsync() is { } message)
        {
            var text = message.GetText();
            if (text.StartsWith("g:", StringComparison.Ordinal))
            {
                await session.Groups.SendTextToGroupAsync(room, text[2..]);
            }
            else if (text.StartsWith("x:", StringComparison.Ordinal))
            {
                await session.Groups.SendTextToGroupAsync(room, text[2..], [session.ConnectionId]);
            }
            else if (text.StartsWith("a:", StringComparison.Ordinal))
            {
                await session.Groups.SendTextToAllAsync(text[2..]);
            }
            else if (text.StartsWith("c:", StringComparison.Ordinal))
            {
                var end = text.IndexOf(':', 2);
                await session.Groups.SendTextToConnectionAsync(text[2..end], text[(end + 1)..]);
            }
            else if (text.StartsWith("join:", StringComparison.Ordinal))
            {
                await session.JoinGroupAsync(text[5..]);
                await session.SendTextAsync("joined-group");
            }
            else if (text == "leave")
            {
                await session.LeaveGroupAsync(room);
                await session.SendTextAsync("left");
            }
            else if (text == "count")
            {
                var count = await session.Groups.GetMemberCountAsync(room);
                await session.SendTextAsync("count:" + count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                await session.SendTextAsync("unknown:" + Encoding.UTF8.GetByteCount(text).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }
}
