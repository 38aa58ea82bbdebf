using AttrWs.AspNetCore;
using Microsoft.AspNetCore.Http;

namespace AttrWs;

/// <summary>The ASP.NET Core request behind a session hosted by <c>MapWebSocketEndpoints()</c>.</summary>
public static class WebSocketSessionHttpContextExtensions
{
    /// <summary>
    /// The <see cref="HttpContext"/> of the request that opened <paramref name="session"/> (features, connection, items,
    /// route values, request services); null for sessions of the standalone server.
    /// </summary>
    /// <param name="session">The session.</param>
    /// <returns>The request's context, or null.</returns>
    public static HttpContext? GetHttpContext(this WebSocketSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return WebSocketRequestHandler.HttpContextOf(session);
    }
}
