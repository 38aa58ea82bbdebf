using System.Security.Claims;
using System.Text.Json;
using AttrWs.Documentation;
using AttrWs.Generated;
using AttrWs.Security;

namespace AttrWs.Tests.Documentation;

/// <summary>The endpoint map and options the AsyncAPI tests document.</summary>
internal static class AsyncApiTestKit
{
    /// <summary>This assembly's generated endpoint map (<see cref="DocumentedEndpoints"/>, <see cref="RoomEndpoints"/>).</summary>
    public static IReadOnlyList<WebSocketEndpoint> Endpoints => GeneratedWebSocketEndpoints.Endpoints;

    /// <summary>Options with everything set: info, two servers, and the schemes of a cookie, a bearer and a basic authenticator.</summary>
    public static AsyncApiOptions RichOptions()
    {
        var authentication = new WebSocketAuthenticationOptions()
            .AddCookie("session", static _ => null)
            .AddBearer(static _ => null)
            .AddBasic("chat", static (_, _) => (ClaimsPrincipal?)null);
        var options = new AsyncApiOptions
        {
            Title = "Chat",
            Version = "2.1.0",
            Description = "Rooms, versions and roles.",
        };
        options.Servers.Add(new AsyncApiServer("local", "127.0.0.1:5000", "ws") { Description = "The sample on this machine." });
        options.Servers.Add(new AsyncApiServer("production", "chat.example.com") { Pathname = "/realtime" });
        return options.AddSecuritySchemes(authentication);
    }

    /// <summary>The document of <see cref="Endpoints"/> with <paramref name="options"/>, parsed.</summary>
    public static JsonElement Document(AsyncApiOptions? options = null, IEnumerable<WebSocketEndpoint>? endpoints = null)
    {
        using var document = JsonDocument.Parse(AsyncApiDocument.ToJson(endpoints ?? Endpoints, options));
        return document.RootElement.Clone();
    }

    /// <summary>The property names of <paramref name="element"/>, in document order.</summary>
    public static string[] Keys(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();

    /// <summary>The strings of an array.</summary>
    public static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString() ?? "(null)").ToArray();

    /// <summary>The <c>$ref</c>s of an array of references.</summary>
    public static string[] References(JsonElement array) => array.EnumerateArray().Select(e => e.GetProperty("$ref").GetString() ?? "(null)").ToArray();
}
