// Written by tests/AttrWs.Benchmarks/RouteTables/generate.py: edit the script, not this file.
#nullable enable
using System.Threading.Tasks;
using AttrWs;
using AttrWs.Routing;

namespace AttrWs.Benchmarks.Routes100;

/// <summary>100 templated routes: the generated matcher and the same templates as text.</summary>
public static class Routes100Table
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
        "/api/r10/status",
        "/api/r11/items/{id:int}",
        "/api/r12/rooms/{room}",
        "/api/r13/users/{user}/posts/{post:int}",
        "/api/r14/files/{*path}",
        "/api/r15/status",
        "/api/r16/items/{id:int}",
        "/api/r17/rooms/{room}",
        "/api/r18/users/{user}/posts/{post:int}",
        "/api/r19/files/{*path}",
        "/api/r20/status",
        "/api/r21/items/{id:int}",
        "/api/r22/rooms/{room}",
        "/api/r23/users/{user}/posts/{post:int}",
        "/api/r24/files/{*path}",
        "/api/r25/status",
        "/api/r26/items/{id:int}",
        "/api/r27/rooms/{room}",
        "/api/r28/users/{user}/posts/{post:int}",
        "/api/r29/files/{*path}",
        "/api/r30/status",
        "/api/r31/items/{id:int}",
        "/api/r32/rooms/{room}",
        "/api/r33/users/{user}/posts/{post:int}",
        "/api/r34/files/{*path}",
        "/api/r35/status",
        "/api/r36/items/{id:int}",
        "/api/r37/rooms/{room}",
        "/api/r38/users/{user}/posts/{post:int}",
        "/api/r39/files/{*path}",
        "/api/r40/status",
        "/api/r41/items/{id:int}",
        "/api/r42/rooms/{room}",
        "/api/r43/users/{user}/posts/{post:int}",
        "/api/r44/files/{*path}",
        "/api/r45/status",
        "/api/r46/items/{id:int}",
        "/api/r47/rooms/{room}",
        "/api/r48/users/{user}/posts/{post:int}",
        "/api/r49/files/{*path}",
        "/api/r50/status",
        "/api/r51/items/{id:int}",
        "/api/r52/rooms/{room}",
        "/api/r53/users/{user}/posts/{post:int}",
        "/api/r54/files/{*path}",
        "/api/r55/status",
        "/api/r56/items/{id:int}",
        "/api/r57/rooms/{room}",
        "/api/r58/users/{user}/posts/{post:int}",
        "/api/r59/files/{*path}",
        "/api/r60/status",
        "/api/r61/items/{id:int}",
        "/api/r62/rooms/{room}",
        "/api/r63/users/{user}/posts/{post:int}",
        "/api/r64/files/{*path}",
        "/api/r65/status",
        "/api/r66/items/{id:int}",
        "/api/r67/rooms/{room}",
        "/api/r68/users/{user}/posts/{post:int}",
        "/api/r69/files/{*path}",
        "/api/r70/status",
        "/api/r71/items/{id:int}",
        "/api/r72/rooms/{room}",
        "/api/r73/users/{user}/posts/{post:int}",
        "/api/r74/files/{*path}",
        "/api/r75/status",
        "/api/r76/items/{id:int}",
        "/api/r77/rooms/{room}",
        "/api/r78/users/{user}/posts/{post:int}",
        "/api/r79/files/{*path}",
        "/api/r80/status",
        "/api/r81/items/{id:int}",
        "/api/r82/rooms/{room}",
        "/api/r83/users/{user}/posts/{post:int}",
        "/api/r84/files/{*path}",
        "/api/r85/status",
        "/api/r86/items/{id:int}",
        "/api/r87/rooms/{room}",
        "/api/r88/users/{user}/posts/{post:int}",
        "/api/r89/files/{*path}",
        "/api/r90/status",
        "/api/r91/items/{id:int}",
        "/api/r92/rooms/{room}",
        "/api/r93/users/{user}/posts/{post:int}",
        "/api/r94/files/{*path}",
        "/api/r95/status",
        "/api/r96/items/{id:int}",
        "/api/r97/rooms/{room}",
        "/api/r98/users/{user}/posts/{post:int}",
        "/api/r99/files/{*path}",
    ];
}

internal static class Routes100Endpoints
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
    [WebSocketEndpoint("/api/r10/status")] public static ValueTask E10() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r11/items/{id:int}")] public static ValueTask E11(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r12/rooms/{room}")] public static ValueTask E12(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r13/users/{user}/posts/{post:int}")] public static ValueTask E13(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r14/files/{*path}")] public static ValueTask E14(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r15/status")] public static ValueTask E15() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r16/items/{id:int}")] public static ValueTask E16(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r17/rooms/{room}")] public static ValueTask E17(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r18/users/{user}/posts/{post:int}")] public static ValueTask E18(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r19/files/{*path}")] public static ValueTask E19(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r20/status")] public static ValueTask E20() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r21/items/{id:int}")] public static ValueTask E21(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r22/rooms/{room}")] public static ValueTask E22(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r23/users/{user}/posts/{post:int}")] public static ValueTask E23(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r24/files/{*path}")] public static ValueTask E24(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r25/status")] public static ValueTask E25() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r26/items/{id:int}")] public static ValueTask E26(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r27/rooms/{room}")] public static ValueTask E27(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r28/users/{user}/posts/{post:int}")] public static ValueTask E28(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r29/files/{*path}")] public static ValueTask E29(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r30/status")] public static ValueTask E30() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r31/items/{id:int}")] public static ValueTask E31(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r32/rooms/{room}")] public static ValueTask E32(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r33/users/{user}/posts/{post:int}")] public static ValueTask E33(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r34/files/{*path}")] public static ValueTask E34(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r35/status")] public static ValueTask E35() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r36/items/{id:int}")] public static ValueTask E36(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r37/rooms/{room}")] public static ValueTask E37(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r38/users/{user}/posts/{post:int}")] public static ValueTask E38(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r39/files/{*path}")] public static ValueTask E39(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r40/status")] public static ValueTask E40() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r41/items/{id:int}")] public static ValueTask E41(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r42/rooms/{room}")] public static ValueTask E42(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r43/users/{user}/posts/{post:int}")] public static ValueTask E43(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r44/files/{*path}")] public static ValueTask E44(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r45/status")] public static ValueTask E45() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r46/items/{id:int}")] public static ValueTask E46(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r47/rooms/{room}")] public static ValueTask E47(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r48/users/{user}/posts/{post:int}")] public static ValueTask E48(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r49/files/{*path}")] public static ValueTask E49(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r50/status")] public static ValueTask E50() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r51/items/{id:int}")] public static ValueTask E51(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r52/rooms/{room}")] public static ValueTask E52(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r53/users/{user}/posts/{post:int}")] public static ValueTask E53(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r54/files/{*path}")] public static ValueTask E54(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r55/status")] public static ValueTask E55() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r56/items/{id:int}")] public static ValueTask E56(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r57/rooms/{room}")] public static ValueTask E57(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r58/users/{user}/posts/{post:int}")] public static ValueTask E58(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r59/files/{*path}")] public static ValueTask E59(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r60/status")] public static ValueTask E60() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r61/items/{id:int}")] public static ValueTask E61(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r62/rooms/{room}")] public static ValueTask E62(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r63/users/{user}/posts/{post:int}")] public static ValueTask E63(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r64/files/{*path}")] public static ValueTask E64(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r65/status")] public static ValueTask E65() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r66/items/{id:int}")] public static ValueTask E66(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r67/rooms/{room}")] public static ValueTask E67(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r68/users/{user}/posts/{post:int}")] public static ValueTask E68(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r69/files/{*path}")] public static ValueTask E69(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r70/status")] public static ValueTask E70() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r71/items/{id:int}")] public static ValueTask E71(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r72/rooms/{room}")] public static ValueTask E72(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r73/users/{user}/posts/{post:int}")] public static ValueTask E73(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r74/files/{*path}")] public static ValueTask E74(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r75/status")] public static ValueTask E75() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r76/items/{id:int}")] public static ValueTask E76(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r77/rooms/{room}")] public static ValueTask E77(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r78/users/{user}/posts/{post:int}")] public static ValueTask E78(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r79/files/{*path}")] public static ValueTask E79(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r80/status")] public static ValueTask E80() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r81/items/{id:int}")] public static ValueTask E81(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r82/rooms/{room}")] public static ValueTask E82(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r83/users/{user}/posts/{post:int}")] public static ValueTask E83(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r84/files/{*path}")] public static ValueTask E84(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r85/status")] public static ValueTask E85() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r86/items/{id:int}")] public static ValueTask E86(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r87/rooms/{room}")] public static ValueTask E87(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r88/users/{user}/posts/{post:int}")] public static ValueTask E88(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r89/files/{*path}")] public static ValueTask E89(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r90/status")] public static ValueTask E90() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r91/items/{id:int}")] public static ValueTask E91(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r92/rooms/{room}")] public static ValueTask E92(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r93/users/{user}/posts/{post:int}")] public static ValueTask E93(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r94/files/{*path}")] public static ValueTask E94(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r95/status")] public static ValueTask E95() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r96/items/{id:int}")] public static ValueTask E96(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r97/rooms/{room}")] public static ValueTask E97(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r98/users/{user}/posts/{post:int}")] public static ValueTask E98(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r99/files/{*path}")] public static ValueTask E99(string path) => ValueTask.CompletedTask;
}
