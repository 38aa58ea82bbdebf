using System.Net.WebSockets;
using System.Text;

namespace AttrWs;

/// <summary>
/// One whole WebSocket message received by a <see cref="WebSocketSession"/>. The session reuses the instance and its
/// pooled buffer: <see cref="Data"/> is valid only until the next receive on the same session.
/// </summary>
public sealed class WebSocketMessage
{
    internal WebSocketMessage()
    {
    }

    /// <summary><see cref="WebSocketMessageType.Text"/> or <see cref="WebSocketMessageType.Binary"/>.</summary>
    public WebSocketMessageType Type { get; private set; }

    /// <summary>The payload (UTF-8 for text messages). Valid until the next receive on the session: copy it to keep it.</summary>
    public ReadOnlyMemory<byte> Data { get; private set; }

    /// <summary>True for text messages.</summary>
    public bool IsText => Type == WebSocketMessageType.Text;

    /// <summary>Decodes the payload as UTF-8 (a new string, safe to keep).</summary>
    public string GetText() => Encoding.UTF8.GetString(Data.Span);

    /// <summary>Copies the payload to a new array (safe to keep).</summary>
    public byte[] ToArray() => Data.ToArray();

    internal void Set(WebSocketMessageType type, ReadOnlyMemory<byte> data)
    {
        Type = type;
        Data = data;
    }
}
