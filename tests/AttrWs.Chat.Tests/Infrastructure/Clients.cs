using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace AttrWs.Chat.Tests.Infrastructure;

/// <summary>ClientWebSocket and HttpClient helpers against a running chat sample (every wait bounded).</summary>
internal static class Clients
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    /// <summary>POST /login as JSON; returns the access token.</summary>
    public static Task<string> LoginAsync(ChatProcess chat, string user) => LoginAsync(chat.Url, user);

    /// <summary>POST /login as JSON at <paramref name="baseUrl"/>; returns the access token.</summary>
    public static async Task<string> LoginAsync(Uri baseUrl, string user)
    {
        using var http = new HttpClient { BaseAddress = baseUrl, Timeout = Wait };
        using var response = await http.PostAsJsonAsync("/login", new { user, password = user });
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>Opens a WebSocket with the response details kept (status and headers of a refusal).</summary>
    public static async Task<ClientWebSocket> OpenAsync(Uri url, params string[] subProtocols)
    {
        var client = new ClientWebSocket();
        client.Options.CollectHttpResponseDetails = true;
        foreach (var protocol in subProtocols)
        {
            client.Options.AddSubProtocol(protocol);
        }

        using var timeout = new CancellationTokenSource(Wait);
        try
        {
            await client.ConnectAsync(url, timeout.Token);
        }
        catch (WebSocketException)
        {
            // The caller reads HttpStatusCode and HttpResponseHeaders of the refusal.
        }

        return client;
    }

    public static async Task SendTextAsync(this WebSocket socket, string text)
    {
        using var timeout = new CancellationTokenSource(Wait);
        await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, timeout.Token);
    }

    /// <summary>Receives one whole message.</summary>
    public static async Task<(WebSocketMessageType Type, byte[] Data)> ReceiveAsync(this WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(Wait);
        using var data = new MemoryStream();
        var buffer = new byte[4096];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            data.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return (result.MessageType, data.ToArray());
            }
        }
    }

    public static async Task<string> ReceiveTextAsync(this WebSocket socket)
    {
        var (type, data) = await socket.ReceiveAsync();
        Assert.Equal(WebSocketMessageType.Text, type);
        return Encoding.UTF8.GetString(data);
    }

    /// <summary>Receives text messages until one satisfies <paramref name="predicate"/> (at most 20).</summary>
    public static async Task<string> ReceiveUntilAsync(this WebSocket socket, Func<string, bool> predicate)
    {
        var seen = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            var text = await socket.ReceiveTextAsync();
            if (predicate(text))
            {
                return text;
            }

            seen.Add(text);
        }

        throw new InvalidOperationException("No matching message among: " + string.Join(" | ", seen));
    }
}
