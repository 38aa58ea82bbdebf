using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;

namespace AttrWs.PerfHarness.Servers;

/// <summary><c>HttpListener</c> with <c>AcceptWebSocketAsync</c> and the same 4 KiB echo loop as the Kestrel peer.</summary>
internal static class HttpListenerEchoServer
{
    public static async Task RunAsync(CancellationToken stop)
    {
        // HttpListener cannot listen on port 0: borrow a free port from the kernel first.
        int port;
        using (var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
        {
            probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            port = ((IPEndPoint)probe.LocalEndPoint!).Port;
        }

        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        ServerHost.AnnounceListening(port);
        using var registration = stop.Register(listener.Stop);
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception) when (stop.IsCancellationRequested)
            {
                return;
            }

            _ = ServeAsync(context);
        }
    }

    private static async Task ServeAsync(HttpListenerContext context)
    {
        try
        {
            if (!context.Request.IsWebSocketRequest || context.Request.Url?.AbsolutePath != "/echo")
            {
                context.Response.StatusCode = 400;
                context.Response.Close();
                return;
            }

            var accepted = await context.AcceptWebSocketAsync(subProtocol: null).ConfigureAwait(false);
            using var webSocket = accepted.WebSocket;
            var buffer = new byte[1024 * 4];
            var receiveResult = await webSocket.ReceiveAsync(new ArraySegment<byte>(buffer), CancellationToken.None).ConfigureAwait(false);
            while (!receiveResult.CloseStatus.HasValue)
            {
                await webSocket.SendAsync(new ArraySegment<byte>(buffer, 0, receiveResult.Count), receiveResult.MessageType, receiveResult.EndOfMessage, CancellationToken.None).ConfigureAwait(false);
                receiveResult = await webSocket.ReceiveAsync(new ArraySegment<byte>(buffer), CancellationToken.None).ConfigureAwait(false);
            }

            await webSocket.CloseAsync(receiveResult.CloseStatus.Value, receiveResult.CloseStatusDescription, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or HttpListenerException or IOException or ObjectDisposedException)
        {
            // A client that vanished: nothing to do.
        }
    }
}
