namespace ChatSample;

/// <summary>Who is in which room on this node (the page's member list starts from it; presence frames keep it current).</summary>
public interface IRoomStore
{
    /// <summary>Counts one more connection of <paramref name="user"/> in <paramref name="room"/>.</summary>
    /// <returns>True for the user's first connection in the room (announce the arrival).</returns>
    bool Enter(string room, string user);

    /// <summary>Counts one connection fewer.</summary>
    /// <returns>True when it was the user's last connection in the room (announce the departure).</returns>
    bool Leave(string room, string user);

    /// <summary>The users with at least one connection in the room, sorted.</summary>
    IReadOnlyList<string> Members(string room);
}

/// <summary>The in-process room store: connection counts per user and room, under one lock.</summary>
public sealed class InMemoryRoomStore : IRoomStore
{
    private readonly Dictionary<string, Dictionary<string, int>> _rooms = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <inheritdoc />
    public bool Enter(string room, string user)
    {
        lock (_gate)
        {
            if (!_rooms.TryGetValue(room, out var users))
            {
                _rooms[room] = users = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            users[user] = users.GetValueOrDefault(user) + 1;
            return users[user] == 1;
        }
    }

    /// <inheritdoc />
    public bool Leave(string room, string user)
    {
        lock (_gate)
        {
            if (!_rooms.TryGetValue(room, out var users) || !users.TryGetValue(user, out var count))
            {
                return false;
            }

            if (count > 1)
            {
                users[user] = count - 1;
                return false;
            }

            users.Remove(user);
            if (users.Count == 0)
            {
                _rooms.Remove(room);
            }

            return true;
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Members(string room)
    {
        lock (_gate)
        {
            if (!_rooms.TryGetValue(room, out var users))
            {
                return [];
            }

            var names = users.Keys.ToList();
            names.Sort(StringComparer.Ordinal);
            return names;
        }
    }
}
