using System.Net.WebSockets;

namespace AttrWs;

/// <summary>Who a <see cref="WebSocketBackplaneMessage"/> is for.</summary>
public enum WebSocketBackplaneTarget
{
    /// <summary>Every connection (minus the excluded ones).</summary>
    All = 0,

    /// <summary>The members of one group (minus the excluded ones).</summary>
    Group = 1,

    /// <summary>One connection id.</summary>
    Connection = 2,
}

/// <summary>A send that a backplane carries to the other nodes, each of which delivers it to its local recipients.</summary>
public sealed class WebSocketBackplaneMessage
{
    /// <summary>Creates a message.</summary>
    /// <param name="target">Who it is for.</param>
    /// <param name="name">The group name (<see cref="WebSocketBackplaneTarget.Group"/>) or connection id (<see cref="WebSocketBackplaneTarget.Connection"/>); null for <see cref="WebSocketBackplaneTarget.All"/>.</param>
    /// <param name="type">Text or binary.</param>
    /// <param name="payload">The payload; the message owns it (it must not change afterwards).</param>
    /// <param name="excludedConnectionIds">Connections that must not receive it; empty for none.</param>
    /// <exception cref="ArgumentException">The target needs a name and none was given, or the type is not text or binary.</exception>
    public WebSocketBackplaneMessage(WebSocketBackplaneTarget target, string? name, WebSocketMessageType type, ReadOnlyMemory<byte> payload, IReadOnlyList<string>? excludedConnectionIds = null)
    {
        if (target != WebSocketBackplaneTarget.All && string.IsNullOrEmpty(name))
        {
            throw new ArgumentException("A group or connection message needs a name.", nameof(name));
        }

        if (type is not (WebSocketMessageType.Text or WebSocketMessageType.Binary))
        {
            throw new ArgumentException("Only text and binary messages can be sent to groups.", nameof(type));
        }

        Target = target;
        Name = target == WebSocketBackplaneTarget.All ? null : name;
        Type = type;
        Payload = payload;
        ExcludedConnectionIds = excludedConnectionIds ?? [];
    }

    /// <summary>Who the message is for.</summary>
    public WebSocketBackplaneTarget Target { get; }

    /// <summary>The group name or connection id; null for <see cref="WebSocketBackplaneTarget.All"/>.</summary>
    public string? Name { get; }

    /// <summary>Text or binary.</summary>
    public WebSocketMessageType Type { get; }

    /// <summary>The payload (UTF-8 for text).</summary>
    public ReadOnlyMemory<byte> Payload { get; }

    /// <summary>Connections that must not receive it.</summary>
    public IReadOnlyList<string> ExcludedConnectionIds { get; }
}
