using System.Globalization;
using System.Net.WebSockets;
using StackExchange.Redis;

namespace AttrWs.Redis;

/// <summary>A message read back from the stream, with the node that sent it and its sequence number there.</summary>
internal readonly record struct IncomingEntry(string Origin, long Sequence, WebSocketBackplaneMessage Message);

/// <summary>
/// The stream entry format: <c>o</c> origin node id, <c>s</c> sequence number, <c>k</c> target (a/g/c), <c>n</c> group or
/// connection id, <c>t</c> type (t/b), <c>p</c> payload, <c>x</c> excluded connection ids (newline-separated, optional).
/// </summary>
internal static class StreamEntryCodec
{
    private static readonly RedisValue Origin = "o";
    private static readonly RedisValue Sequence = "s";
    private static readonly RedisValue Kind = "k";
    private static readonly RedisValue Name = "n";
    private static readonly RedisValue Type = "t";
    private static readonly RedisValue Payload = "p";
    private static readonly RedisValue Excluded = "x";

    public static NameValueEntry[] Encode(string origin, OutgoingEntry entry)
    {
        var message = entry.Message;
        var fields = new NameValueEntry[message.ExcludedConnectionIds.Count > 0 ? 7 : 6];
        fields[0] = new NameValueEntry(Origin, origin);
        fields[1] = new NameValueEntry(Sequence, entry.Sequence);
        fields[2] = new NameValueEntry(Kind, message.Target switch
        {
            WebSocketBackplaneTarget.Group => "g",
            WebSocketBackplaneTarget.Connection => "c",
            _ => "a",
        });
        fields[3] = new NameValueEntry(Name, message.Name ?? string.Empty);
        fields[4] = new NameValueEntry(Type, message.Type == WebSocketMessageType.Text ? "t" : "b");
        fields[5] = new NameValueEntry(Payload, message.Payload);
        if (message.ExcludedConnectionIds.Count > 0)
        {
            fields[6] = new NameValueEntry(Excluded, string.Join('\n', message.ExcludedConnectionIds));
        }

        return fields;
    }

    /// <summary>Decodes an entry; false for an entry this version does not understand (it is skipped).</summary>
    public static bool TryDecode(StreamEntry entry, out IncomingEntry decoded)
    {
        decoded = default;
        RedisValue origin = default, sequence = default, kind = default, name = default, type = default, payload = default, excluded = default;
        foreach (var field in entry.Values)
        {
            switch ((string?)field.Name)
            {
                case "o": origin = field.Value; break;
                case "s": sequence = field.Value; break;
                case "k": kind = field.Value; break;
                case "n": name = field.Value; break;
                case "t": type = field.Value; break;
                case "p": payload = field.Value; break;
                case "x": excluded = field.Value; break;
            }
        }

        if (origin.IsNullOrEmpty || !long.TryParse((string?)sequence, NumberStyles.None, CultureInfo.InvariantCulture, out var seq) || payload.IsNull)
        {
            return false;
        }

        WebSocketBackplaneTarget target;
        switch ((string?)kind)
        {
            case "a": target = WebSocketBackplaneTarget.All; break;
            case "g": target = WebSocketBackplaneTarget.Group; break;
            case "c": target = WebSocketBackplaneTarget.Connection; break;
            default: return false;
        }

        var messageType = (string?)type == "b" ? WebSocketMessageType.Binary : WebSocketMessageType.Text;
        var targetName = (string?)name;
        if (target != WebSocketBackplaneTarget.All && string.IsNullOrEmpty(targetName))
        {
            return false;
        }

        var excludedIds = excluded.IsNullOrEmpty ? null : ((string)excluded!).Split('\n');
        var message = new WebSocketBackplaneMessage(target, targetName, messageType, (byte[])payload!, excludedIds);
        decoded = new IncomingEntry((string)origin!, seq, message);
        return true;
    }
}
