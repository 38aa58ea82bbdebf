using System.Globalization;

namespace ChatSample;

/// <summary>The command line: <c>--port N</c>, <c>--redis HOST:PORT</c>, <c>--node NAME</c>, <c>--room-capacity N</c>, <c>--ban NAME</c>.</summary>
public sealed class ChatSettings
{
    /// <summary>The usage line printed for a bad argument.</summary>
    public const string Usage = "Usage: Chat [--port N] [--redis HOST:PORT] [--node NAME] [--room-capacity N] [--ban NAME]...";

    /// <summary>The listening port on 127.0.0.1 (0: any free port).</summary>
    public int Port { get; private set; } = 5000;

    /// <summary>The Redis configuration string; null for the in-memory backplane (one node).</summary>
    public string? Redis { get; private set; }

    /// <summary>The node's label in the page.</summary>
    public string Node { get; private set; } = "node-1";

    /// <summary>Connections per room, across every node; the next one gets 503 + <c>Retry-After</c>.</summary>
    public int RoomCapacity { get; private set; } = 50;

    /// <summary>Users refused with 403 by the open-request hook.</summary>
    public HashSet<string> Banned { get; } = new(StringComparer.Ordinal);

    /// <summary>Parses the arguments; returns null with <paramref name="error"/> set on a bad one.</summary>
    public static ChatSettings? Parse(string[] args, out string? error)
    {
        var settings = new ChatSettings();
        error = null;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            var value = i + 1 < args.Length ? args[i + 1] : null;
            var ok = value is not null && name switch
            {
                "--port" => TryInt(value, 0, 65535, v => settings.Port = v),
                "--room-capacity" => TryInt(value, 1, 100_000, v => settings.RoomCapacity = v),
                "--redis" => Set(() => settings.Redis = value),
                "--node" => value.Length is > 0 and <= 32 && Set(() => settings.Node = value),
                "--ban" => value.Length > 0 && Set(() => settings.Banned.Add(value)),
                _ => false,
            };
            if (!ok)
            {
                error = $"Unknown or incomplete argument '{name}'. {Usage}";
                return null;
            }

            i++;
        }

        return settings;
    }

    private static bool TryInt(string text, int min, int max, Action<int> set)
    {
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            return false;
        }

        set(value);
        return true;
    }

    private static bool Set(Action set)
    {
        set();
        return true;
    }
}
