using System.Net.WebSockets;
using System.Text.Json;
using AttrWs;

namespace ChatSample;

/// <summary>
/// Carries kicks to every node: wraps the backplane (Redis with <c>--redis</c>) and, when another node's kick arrives on the
/// control group <see cref="Group"/>, closes the kicked user's connections in that room on this node (4000 + reason). The
/// admin's node closes its own through <see cref="ChatRooms.KickAsync"/>; the backplane never hands a node its own message.
/// Every other message passes through untouched.
/// </summary>
public sealed class KickRelay(IWebSocketBackplane inner, Func<ChatRooms> rooms) : IWebSocketBackplane
{
    /// <summary>The control group kicks are sent to; no connection ever joins it.</summary>
    public const string Group = "chat-control:kick";

    /// <inheritdoc />
    public bool IsConnected => inner.IsConnected;

    /// <inheritdoc />
    public Task StartAsync(IWebSocketBackplaneHost host, CancellationToken cancellationToken)
        => inner.StartAsync(new Host(host, rooms), cancellationToken);

    /// <inheritdoc />
    public void Publish(WebSocketBackplaneMessage message) => inner.Publish(message);

    /// <inheritdoc />
    public void OnLocalMembershipChanged(string group) => inner.OnLocalMembershipChanged(group);

    /// <inheritdoc />
    public ValueTask<long> GetMemberCountAsync(string group, CancellationToken cancellationToken) => inner.GetMemberCountAsync(group, cancellationToken);

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => inner.StopAsync(cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private sealed class Host(IWebSocketBackplaneHost node, Func<ChatRooms> rooms) : IWebSocketBackplaneHost
    {
        public Microsoft.Extensions.Logging.ILoggerFactory? LoggerFactory => node.LoggerFactory;

        public System.Diagnostics.Metrics.IMeterFactory? MeterFactory => node.MeterFactory;

        public int GetLocalMemberCount(string group) => node.GetLocalMemberCount(group);

        public IReadOnlyList<KeyValuePair<string, int>> GetLocalGroupCounts() => node.GetLocalGroupCounts();

        public int Deliver(WebSocketBackplaneMessage message)
        {
            if (message is { Target: WebSocketBackplaneTarget.Group, Name: Group, Type: WebSocketMessageType.Text })
            {
                ChatFrame? kick = null;
                try
                {
                    kick = JsonSerializer.Deserialize(message.Payload.Span, ChatJsonContext.Default.ChatFrame);
                }
                catch (JsonException)
                {
                    // Not a kick this sample sent: ignored.
                }

                if (kick is { Type: "kicked", Room: { } room, User: { } user })
                {
                    // Deliver must not block the backplane's reader: the closing handshakes run on their own.
                    _ = rooms().CloseLocalAsync(room, user, kick.Reason ?? "kicked");
                }

                return 0;
            }

            return node.Deliver(message);
        }
    }
}
