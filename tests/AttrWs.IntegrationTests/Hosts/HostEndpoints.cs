using System.Net.WebSockets;
using Microsoft.AspNetCore.Http;

namespace AttrWs.IntegrationTests.Hosts;

/// <summary>Generated endpoints the host behaviour tests open on every host (standalone and Kestrel).</summary>
public static class HostEndpoints
{
    [WebSocketEndpoint("/hosts/echo", Deflate = DeflateMode.Enabled)]
    public static async Task EchoAsync(WebSocketSession session, CancellationToken aborted)
    {
        await foreach (var message in session.ReadMessagesAsync(aborted))
        {
            if (message.IsText)
            {
                await session.SendTextAsync(message.Data, aborted);
            }
            else
            {
                await session.SendBinaryAsync(message.Data, aborted);
            }
        }
    }

    [WebSocketEndpoint("/hosts/items/{id:int}")]
    public static async Task ItemAsync(WebSocketSession session, int id, CancellationToken aborted)
    {
        await session.SendTextAsync("item:" + id, aborted);
        await session.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", aborted);
    }

    [WebSocketEndpoint("/hosts/proto", SubProtocols = "proto.json, proto.text")]
    public static async Task ProtoAsync(WebSocketSession session, CancellationToken aborted)
    {
        await session.SendTextAsync("proto:" + session.SubProtocol, aborted);
        await session.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", aborted);
    }

    [WebSocketEndpoint("/hosts/pick", SubProtocols = "pick.a")]
    public static Task PickAAsync(WebSocketSession session, CancellationToken aborted) => TellAsync(session, "a", aborted);

    [WebSocketEndpoint("/hosts/pick", SubProtocols = "pick.b")]
    public static Task PickBAsync(WebSocketSession session, CancellationToken aborted) => TellAsync(session, "b", aborted);

    [WebSocketEndpoint("/hosts/admin")]
    [Authorize(Roles = "admin")]
    public static Task AdminAsync(WebSocketSession session, CancellationToken aborted) => TellAsync(session, "admin", aborted);

    /// <summary>ASP.NET Core's own attribute: the generator reads it as AttrWs's, so both hosts enforce it.</summary>
    [WebSocketEndpoint("/hosts/member")]
    [Microsoft.AspNetCore.Authorization.Authorize]
    public static Task MemberAsync(WebSocketSession session, CancellationToken aborted) => TellAsync(session, "member", aborted);

    /// <summary>Closes the way the client asks: "policy" → 1008, "fail" → the method throws (1011), anything else → returns (1000).</summary>
    [WebSocketEndpoint("/hosts/close")]
    public static async Task CloseAsync(WebSocketSession session, CancellationToken aborted)
    {
        var message = await session.ReceiveAsync(aborted);
        switch (message?.GetText())
        {
            case "policy":
                await session.CloseAsync(WebSocketCloseStatus.PolicyViolation, "policy", aborted);
                return;
            case "fail":
                throw new InvalidOperationException("The endpoint failed on purpose.");
            case "wait":
                await session.SendTextAsync("waiting", aborted);
                await Task.Delay(Timeout.Infinite, aborted);
                return;
        }
    }

    /// <summary>
    /// Says "ready", reads in the background and waits on <paramref name="aborted"/>: a client that drops the connection makes
    /// the wait throw TaskCanceledException, which is the client's going, not the endpoint's failure.
    /// </summary>
    [WebSocketEndpoint("/hosts/drop")]
    public static async Task DropAsync(WebSocketSession session, CancellationToken aborted)
    {
        await session.SendTextAsync("ready", aborted);
        var reading = Task.Run(
            async () =>
            {
                await foreach (var unused in session.ReadMessagesAsync(aborted))
                {
                    // Only the end matters: a lost connection cancels aborted.
                }
            },
            CancellationToken.None);
        await Task.Delay(Timeout.Infinite, aborted);
        await reading;
    }

    /// <summary>Sends its connection id, then waits (the registry sends to it).</summary>
    [WebSocketEndpoint("/hosts/room")]
    public static async Task RoomAsync(WebSocketSession session, CancellationToken aborted)
    {
        await session.SendTextAsync("id:" + session.ConnectionId, aborted);
        await foreach (var _ in session.ReadMessagesAsync(aborted))
        {
        }
    }

    /// <summary>An open endpoint that tells who the caller is: the session's user, then its open request's ("-" for none).</summary>
    [WebSocketEndpoint("/hosts/whoami")]
    public static async Task WhoAmIAsync(WebSocketSession session, CancellationToken aborted)
    {
        await session.SendTextAsync("whoami:" + (session.User?.Identity?.Name ?? "-") + ":" + (session.OpenRequest.User?.Identity?.Name ?? "-"), aborted);
        await session.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", aborted);
    }

    /// <summary>Takes the ASP.NET Core request (null on the standalone server, which has none).</summary>
    [WebSocketEndpoint("/hosts/http")]
    public static async Task HttpAsync(WebSocketSession session, CancellationToken aborted)
    {
        var http = session.GetHttpContext();
        await session.SendTextAsync("http:" + (http is null ? "-" : http.Request.Protocol), aborted);
        await session.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", aborted);
    }

    /// <summary>An <see cref="HttpContext"/> parameter: bound from the request on ASP.NET Core.</summary>
    [WebSocketEndpoint("/hosts/http-param")]
    public static async Task HttpParameterAsync(WebSocketSession session, HttpContext http, CancellationToken aborted)
    {
        await session.SendTextAsync("path:" + http.Request.Path + " endpoint:" + http.GetEndpoint()?.DisplayName, aborted);
        await session.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", aborted);
    }

    /// <summary>Tells whether the session sizes large messages from the client's frame headers (not with compression).</summary>
    [WebSocketEndpoint("/hosts/frames", Deflate = DeflateMode.Enabled)]
    public static async Task FramesAsync(WebSocketSession session, CancellationToken aborted)
    {
        await session.SendTextAsync("frames:" + (session.IncomingFrames is null ? "no" : "yes"), aborted);
        await foreach (var _ in session.ReadMessagesAsync(aborted))
        {
        }
    }

    /// <summary>Sessions of <c>/hosts/http-kept</c> by connection id: code that keeps a session past its end.</summary>
    internal static readonly System.Collections.Concurrent.ConcurrentDictionary<string, WebSocketSession> KeptSessions = new();

    /// <summary>Keeps its session (as an application might), tells whether it has the request, and waits for the peer's close.</summary>
    [WebSocketEndpoint("/hosts/http-kept")]
    public static async Task HttpKeptAsync(WebSocketSession session, CancellationToken aborted)
    {
        KeptSessions[session.ConnectionId] = session;
        await session.SendTextAsync(session.ConnectionId + " " + (session.GetHttpContext() is null ? "-" : "http"), aborted);
        await foreach (var _ in session.ReadMessagesAsync(aborted))
        {
        }
    }

    private static async Task TellAsync(WebSocketSession session, string name, CancellationToken aborted)
    {
        await session.SendTextAsync(name + ":" + (session.User?.Identity?.Name ?? "-"), aborted);
        await session.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", aborted);
    }
}
