using System.Collections.Concurrent;

namespace AttrWs.IntegrationTests.Security;

/// <summary>
/// Endpoints routed by the source generator (<c>MapGeneratedEndpoints</c>), for the handshake-security tests over real
/// sockets. Each one sends its own name, then the caller's name, and closes.
/// </summary>
public static class GeneratedEndpoints
{
    /// <summary>Connection ids of every /gen/slow session that was opened.</summary>
    public static ConcurrentQueue<string> SlowSessions { get; } = new();

    [WebSocketEndpoint("/gen/admin")]
    [Authorize(Roles = "admin")]
    public static Task AdminAsync(WebSocketSession session, CancellationToken aborted) => TellAsync(session, "admin", aborted);

    [WebSocketEndpoint("/gen/staff")]
    [Authorize("staff")]
    public static Task StaffAsync(WebSocketSession session, CancellationToken aborted) => TellAsync(session, "staff", aborted);

    [WebSocketEndpoint("/gen/hooked")]
    public static Task HookedAsync(WebSocketSession session, CancellationToken aborted) => TellAsync(session, "hooked", aborted);

    [WebSocketEndpoint("/gen/partners", AllowedOrigins = "https://partner.example")]
    public static Task PartnersAsync(WebSocketSession session, CancellationToken aborted) => TellAsync(session, "partners", aborted);

    [WebSocketEndpoint("/gen/ver", SubProtocols = "ver.v1")]
    public static Task VersionOneAsync(WebSocketSession session, CancellationToken aborted) => TellAsync(session, "v1", aborted);

    [WebSocketEndpoint("/gen/ver", SubProtocols = "ver.v2")]
    public static Task VersionTwoAsync(WebSocketSession session, CancellationToken aborted) => TellAsync(session, "v2", aborted);

    [WebSocketEndpoint("/gen/ver", SubProtocols = "ver.admin")]
    [Authorize(Roles = "admin")]
    public static Task VersionAdminAsync(WebSocketSession session, CancellationToken aborted) => TellAsync(session, "v-admin", aborted);

    [WebSocketEndpoint("/gen/slow")]
    public static Task SlowAsync(WebSocketSession session, CancellationToken aborted)
    {
        SlowSessions.Enqueue(session.ConnectionId);
        return TellAsync(session, "slow", aborted);
    }

    private static async Task TellAsync(WebSocketSession session, string name, CancellationToken aborted)
    {
        await session.SendTextAsync(name + ":" + (session.User?.Identity?.Name ?? "-"), aborted);
        await session.CloseAsync(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, "done", aborted);
    }
}
