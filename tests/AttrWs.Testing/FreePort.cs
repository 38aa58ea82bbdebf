using System.Net;
using System.Net.Sockets;

namespace AttrWs.Testing;

/// <summary>Ports for child processes that cannot be told to listen on port 0 and report the port back.</summary>
public static class FreePort
{
    /// <summary>A loopback TCP port that was free a moment ago (the OS's pick for port 0).</summary>
    public static int Next()
    {
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)probe.LocalEndPoint!).Port;
    }
}
