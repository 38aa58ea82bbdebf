using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using AttrWs;
using AttrWs.AspNetCore;

namespace ChatSample;

/// <summary>
/// Rooms are AttrWs groups, two per room: <c>chat:{room}:v2</c> (JSON frames) and <c>chat:{room}:v1</c> (text lines). Every
/// event is sent once in each format, so both protocol versions share the room, on every node through the backplane.
/// </summary>
public sealed class ChatRooms(WebSocketEndpointHost host, IRoomStore store, TimeProvider clock, ChatSettings settings)
{
    /// <summary>The close code a kicked connection gets (4000-4999: private use, RFC 6455 §7.4.2).</summary>
    public const int KickedCloseCode = 4000;

    /// <summary>The longest message text accepted, in characters.</summary>
    public const int MaxTextLength = 2000;

    /// <summary>The group of a room's chat.v2 connections.</summary>
    public static string JsonGroup(string room) => "chat:" + room + ":v2";

    /// <summary>The group of a room's chat.v1 connections.</summary>
    public static string TextGroup(string room) => "chat:" + room + ":v1";

    /// <summary>The node's label.</summary>
    public string Node => settings.Node;

    /// <summary>The current time as the server stamps messages.</summary>
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>Connections in the room on every node (both protocol versions).</summary>
    public async ValueTask<long> CountAsync(string room, CancellationToken cancellationToken)
        => await host.Groups.GetMemberCountAsync(JsonGroup(room), cancellationToken).ConfigureAwait(false)
           + await host.Groups.GetMemberCountAsync(TextGroup(room), cancellationToken).ConfigureAwait(false);

    /// <summary>Joins the session to the room (in its protocol's group) and announces a user's arrival to the others.</summary>
    /// <returns>Leaves the room and announces the departure when disposed.</returns>
    public async ValueTask<RoomMembership> EnterAsync(WebSocketSession session, string room, bool json, CancellationToken cancellationToken)
    {
        var user = UserOf(session);
        await session.JoinGroupAsync(json ? JsonGroup(room) : TextGroup(room), cancellationToken).ConfigureAwait(false);
        if (store.Enter(room, user))
        {
            await AnnounceAsync(room, user, "joined", session.ConnectionId, cancellationToken).ConfigureAwait(false);
        }

        return new RoomMembership(this, room, user, session.ConnectionId);
    }

    /// <summary>The users in the room that this node knows of.</summary>
    public IReadOnlyList<string> Members(string room) => store.Members(room);

    /// <summary>A chat message from <paramref name="user"/> to everyone in the room (the text sender excluded from v1 echo).</summary>
    public async ValueTask SendMessageAsync(string room, string user, string text, string? textSender, CancellationToken cancellationToken)
    {
        var frame = new ChatFrame { Type = "message", Room = room, User = user, Text = text, Time = Now };
        await SendAsync(room, frame, user + ": " + text, null, textSender is null ? null : [textSender], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>"user is typing" to the room's chat.v2 pages (text clients do not get it).</summary>
    public ValueTask SendTypingAsync(string room, string user, string sender, CancellationToken cancellationToken)
        => SendAsync(room, new ChatFrame { Type = "typing", Room = room, User = user }, null, [sender], null, cancellationToken);

    /// <summary>
    /// Kicks <paramref name="user"/> out of <paramref name="room"/>: the room hears it (the kicked page shows the reason), the
    /// user's connections to the room on this node are closed with 4000 and the reason, and the other nodes close theirs when
    /// the kick reaches them on <see cref="KickRelay.Group"/>.
    /// </summary>
    /// <returns>The number of connections closed on this node.</returns>
    public async ValueTask<int> KickAsync(string room, string user, string reason, string by, CancellationToken cancellationToken)
    {
        reason = CloseReason(reason);
        var frame = new ChatFrame { Type = "kicked", Room = room, User = user, Reason = reason, Text = by, Time = Now };
        await SendAsync(room, frame, $"* {user} was kicked by {by}: {reason}", null, null, cancellationToken).ConfigureAwait(false);
        await host.Groups.SendToGroupAsync(KickRelay.Group, WebSocketMessageType.Text, JsonSerializer.SerializeToUtf8Bytes(frame, ChatJsonContext.Default.ChatFrame), null, cancellationToken).ConfigureAwait(false);
        return await CloseLocalAsync(room, user, reason).ConfigureAwait(false);
    }

    /// <summary>Closes <paramref name="user"/>'s connections to <paramref name="room"/> on this node with 4000 and <paramref name="reason"/>.</summary>
    /// <returns>The number of connections closed.</returns>
    public async Task<int> CloseLocalAsync(string room, string user, string reason)
    {
        reason = CloseReason(reason);
        var groups = new[] { JsonGroup(room), TextGroup(room) };
        var closing = new List<Task>();
        foreach (var session in host.Connections)
        {
            if (string.Equals(session.User?.Identity?.Name, user, StringComparison.Ordinal) && session.JoinedGroups.Any(groups.Contains))
            {
                closing.Add(session.CloseAsync((WebSocketCloseStatus)KickedCloseCode, reason, CancellationToken.None));
            }
        }

        try
        {
            await Task.WhenAll(closing).WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or TimeoutException or IOException or OperationCanceledException)
        {
            // A peer that does not answer the close is aborted by its session's close timeout.
        }

        return closing.Count;
    }

    /// <summary>The authenticated user's name ([Authorize] guarantees one).</summary>
    public static string UserOf(WebSocketSession session)
        => session.User?.Identity?.Name ?? throw new InvalidOperationException("The chat endpoints require a signed-in user.");

    internal async ValueTask LeaveAsync(string room, string user, string connectionId)
    {
        if (store.Leave(room, user))
        {
            await AnnounceAsync(room, user, "left", connectionId, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async ValueTask AnnounceAsync(string room, string user, string state, string connectionId, CancellationToken cancellationToken)
    {
        var count = await CountAsync(room, cancellationToken).ConfigureAwait(false);
        var frame = new ChatFrame { Type = "presence", Room = room, User = user, State = state, Count = count, Time = Now };
        await SendAsync(room, frame, $"* {user} {state}", [connectionId], [connectionId], cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask SendAsync(string room, ChatFrame frame, string? line, string[]? exceptJson, string[]? exceptText, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(frame, ChatJsonContext.Default.ChatFrame);
        await host.Groups.SendToGroupAsync(JsonGroup(room), WebSocketMessageType.Text, json, exceptJson, cancellationToken).ConfigureAwait(false);
        if (line is not null)
        {
            await host.Groups.SendToGroupAsync(TextGroup(room), WebSocketMessageType.Text, Encoding.UTF8.GetBytes(line), exceptText, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A close reason fits in 123 UTF-8 bytes (RFC 6455 §5.5): longer ones are cut at a character boundary.</summary>
    private static string CloseReason(string reason)
    {
        reason = reason.ReplaceLineEndings(" ").Trim();
        if (reason.Length == 0)
        {
            return "kicked";
        }

        while (Encoding.UTF8.GetByteCount(reason) > 123)
        {
            reason = reason[..^(char.IsLowSurrogate(reason[^1]) ? 2 : 1)];
        }

        return reason;
    }
}

/// <summary>A session's place in a room; disposing it announces the departure (after the user's last connection).</summary>
public sealed class RoomMembership(ChatRooms rooms, string room, string user, string connectionId) : IAsyncDisposable
{
    /// <summary>The user.</summary>
    public string User => user;

    /// <inheritdoc />
    public ValueTask DisposeAsync() => rooms.LeaveAsync(room, user, connectionId);
}
