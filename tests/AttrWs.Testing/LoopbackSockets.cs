using System.Net;
using System.Net.Sockets;

namespace AttrWs.Testing;

/// <summary>Two ends of one real TCP connection over 127.0.0.1 (an ephemeral port), for tests of the transport streams.</summary>
public static class LoopbackSockets
{
    /// <summary>Connects a client to a one-shot listener and returns the accepted server end and the client end.</summary>
    public static async Task<(Socket Server, Socket Client)> ConnectedPairAsync()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(1);
        var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync(listener.LocalEndPoint!).ConfigureAwait(false);
        var server = await listener.AcceptAsync().ConfigureAwait(false);
        return (server, client);
    }
}
