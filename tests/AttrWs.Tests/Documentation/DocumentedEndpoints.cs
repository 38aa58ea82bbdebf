namespace AttrWs.Tests.Documentation;

/// <summary>
/// Endpoints the generator turns into this test assembly's endpoint map (<c>GeneratedWebSocketEndpoints.Endpoints</c>): one
/// of every feature the AsyncAPI document describes. They never run; only their metadata is read.
/// </summary>
public static class DocumentedEndpoints
{
    /// <summary>Two protocol versions on one URL, members only.</summary>
    [WebSocketEndpoint("/chat/{room:length(1,32)}", SubProtocols = "chat.v2", Deflate = DeflateMode.Enabled)]
    [Authorize]
    public static Task ChatV2Async(WebSocketSession session, string room) => Task.CompletedTask;

    /// <summary>The older version of the same room.</summary>
    [WebSocketEndpoint("/chat/{room:length(1,32)}", SubProtocols = "chat.v1")]
    [Authorize]
    public static Task ChatV1Async(WebSocketSession session, string room) => Task.CompletedTask;

    /// <summary>Role-restricted, and only from one origin.</summary>
    [WebSocketEndpoint("/admin/{room:alpha}", AllowedOrigins = "https://chat.example.com")]
    [Authorize(Roles = "admin,owner")]
    public static Task AdminAsync(WebSocketSession session, string room) => Task.CompletedTask;

    /// <summary>A policy, restricted to the bearer scheme; integer and boolean parameters.</summary>
    [WebSocketEndpoint("/items/{id:int:range(1,100)}/{live:bool}")]
    [Authorize(Policy = "staff", Schemes = "Bearer")]
    public static Task ItemAsync(WebSocketSession session, int id, bool live) => Task.CompletedTask;

    /// <summary>Anonymous, no subprotocol, no deflate.</summary>
    [WebSocketEndpoint("/echo", Deflate = DeflateMode.Disabled)]
    public static Task EchoAsync(WebSocketSession session) => Task.CompletedTask;

    /// <summary>A catch-all parameter, anonymous.</summary>
    [WebSocketEndpoint("/files/{*path}")]
    public static Task FilesAsync(WebSocketSession session, string path) => Task.CompletedTask;

    /// <summary>An optional parameter and an optional subprotocol, under a custom name.</summary>
    [WebSocketEndpoint("/feed/{page:int?}", SubProtocols = "feed.json", AllowMissingSubProtocol = true, Name = "feed stream")]
    public static Task FeedAsync(WebSocketSession session, int? page) => Task.CompletedTask;
}

/// <summary>A service the endpoint class below takes from its scope.</summary>
public sealed class RoomClock
{
    /// <summary>The time.</summary>
    public DateTimeOffset Now => DateTimeOffset.UnixEpoch;
}

/// <summary>An endpoint class: a route prefix, a class-level requirement and a constructor service.</summary>
[WebSocketRoute("/rooms")]
[Authorize(Schemes = "Cookie")]
public sealed class RoomEndpoints(RoomClock clock)
{
    /// <summary>A GUID room, cookie-authenticated, same-origin browser pages only.</summary>
    [WebSocketEndpoint("{id:guid}/live", SubProtocols = "rooms.v1", AllowedOrigins = "https://chat.example.com")]
    public Task LiveAsync(WebSocketSession session, Guid id) => Task.FromResult(clock.Now);

    /// <summary>Anonymous despite the class-level requirement.</summary>
    [WebSocketEndpoint("lobby")]
    [AllowAnonymous]
    public Task LobbyAsync(WebSocketSession session) => Task.FromResult(clock.Now);
}
