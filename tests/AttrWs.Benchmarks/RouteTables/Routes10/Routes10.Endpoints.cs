// Written by tests/AttrWs.Benchmarks/RouteTables/generate.py: edit the script, not this file.
#nullable enable
using System.Threading.Tasks;
using AttrWs;
using AttrWs.Routing;

namespace AttrWs.Benchmarks.Routes10;

/// <summary>10 templated routes: the generated matcher and the same templates as text.</summary>
public static class Routes10Table
{
    /// <summary>The matcher the AttrWs generator emitted for this assembly.</summary>
    public static IWebSocketRouteTable Generated => AttrWs.Generated.GeneratedWebSocketEndpoints.RouteTable;

    /// <summary>The templates, in declaration order.</summary>
    public static readonly string[] Templates =
    [
        "/api/r0/status",
        "/api/r1/items/{id:int}",
        "/api/r2/rooms/{room}",
        "/api/r3/users/{user}/posts/{post:int}",
        "/api/r4/files/{*path}",
        "/api/r5/status",
        "/api/r6/items/{id:int}",
        "/api/r7/rooms/{room}",
        "/api/r8/users/{user}/posts/{post:int}",
        "/api/r9/files/{*path}",
    ];
}

internal static class Routes10Endpoints
{
    [WebSocketEndpoint("/api/r0/status")] public static ValueTask E0() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r1/items/{id:int}")] public static ValueTask E1(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r2/rooms/{room}")] public static ValueTask E2(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r3/users/{user}/posts/{post:int}")] public static ValueTask E3(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r4/files/{*path}")] public static ValueTask E4(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r5/status")] public static ValueTask E5() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r6/items/{id:int}")] public static ValueTask E6(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r7/rooms/{room}")] public static ValueTask E7(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r8/users/{user}/posts/{post:int}")] public static ValueTask E8(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r9/files/{*path}")] public static ValueTask E9(string path) => ValueTask.CompletedTask;
}
