using System.Net.WebSockets;
using AttrWs;

namespace AspNetCoreSample;

/// <summary>The sample's WebSocket endpoints: routed at compile time, served by Kestrel through MapWebSocketEndpoints().</summary>
public static class Endpoints
{
    /// <summary>Anonymous: every text or binary message comes back as is.</summary>
    [WebSocketEndpoint("/echo")]
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

    /// <summary>
    /// Signed-in users only (the cookie from POST /login): greets the user by name, then echoes text. AttrWs's
    /// [Authorize] (or ASP.NET Core's, which the generator reads the same way) is decided by the app's schemes and policies.
    /// </summary>
    // This file imports AttrWs only. A file that also imports Microsoft.AspNetCore.Authorization sees two
    // AuthorizeAttribute (and AllowAnonymousAttribute) types and C# reports CS0104 on [Authorize]; pick one with an alias,
    //   using AuthorizeAttribute = Microsoft.AspNetCore.Authorization.AuthorizeAttribute;
    // Either attribute generates the same requirements, decided by the app's schemes and policies (docs/aspnetcore.md).
    [WebSocketEndpoint("/me")]
    [Authorize]
    public static async Task MeAsync(WebSocketSession session, CancellationToken aborted)
    {
        await session.SendTextAsync("hello " + session.User!.Identity!.Name, aborted);
        await foreach (var message in session.ReadMessagesAsync(aborted))
        {
            await session.SendTextAsync(session.User.Identity.Name + ": " + message.GetText(), aborted);
        }

        await session.CloseAsync(WebSocketCloseStatus.NormalClosure, null, aborted);
    }
}
