using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatSample;

/// <summary>
/// A chat.v2 frame, both directions: <c>{"type":"join"|"message"|"typing"|"presence"|"kicked"|"error"|"kick", ...}</c>.
/// Clients send <c>message</c> (with <c>text</c>) and <c>typing</c>; the admin endpoint takes <c>kick</c> (with <c>user</c>
/// and <c>reason</c>). Unset members are left out of the JSON.
/// </summary>
public sealed class ChatFrame
{
    /// <summary>join, message, typing, presence, kicked, error (server) or message, typing, kick (client).</summary>
    public string? Type { get; set; }

    /// <summary>The room.</summary>
    public string? Room { get; set; }

    /// <summary>Who sent it, joined, left or is kicked.</summary>
    public string? User { get; set; }

    /// <summary>The message text, or the error's description.</summary>
    public string? Text { get; set; }

    /// <summary>presence: <c>joined</c> or <c>left</c>.</summary>
    public string? State { get; set; }

    /// <summary>Why a user was kicked.</summary>
    public string? Reason { get; set; }

    /// <summary>When the server handled it (ISO 8601, UTC).</summary>
    public DateTimeOffset? Time { get; set; }

    /// <summary>join: the members this node knows of (the page adds and removes names on presence frames).</summary>
    public IReadOnlyList<string>? Members { get; set; }

    /// <summary>join and presence: the number of connections in the room on every node.</summary>
    public long? Count { get; set; }

    /// <summary>join: the node that serves the connection (<c>--node</c>).</summary>
    public string? Node { get; set; }
}

/// <summary>System.Text.Json source generation for <see cref="ChatFrame"/> (no reflection: Native AOT and trim clean).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ChatFrame))]
[JsonSerializable(typeof(LoginRequest))]
[JsonSerializable(typeof(LoginResponse))]
[JsonSerializable(typeof(EndpointInfo[]))]
public sealed partial class ChatJsonContext : JsonSerializerContext;
