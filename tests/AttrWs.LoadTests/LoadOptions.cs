using System.Net;

namespace AttrWs.LoadTests;

/// <summary>What a load run does.</summary>
/// <param name="Server">The server's address.</param>
/// <param name="Connections">Concurrent connections to open and hold.</param>
/// <param name="Messages">Messages each connection exchanges (sent, echoed, verified in order).</param>
/// <param name="PayloadSize">Random payload bytes per message (plus 16 bytes of header and checksum).</param>
/// <param name="SourceAddresses">How many source addresses to spread connections over (127.0.0.2, .3, ...); 0 lets the OS pick.</param>
/// <param name="ConnectConcurrency">How many handshakes may be in flight at once (keeps the listen backlog from overflowing).</param>
public sealed record LoadOptions(IPEndPoint Server, int Connections, int Messages, int PayloadSize, int SourceAddresses, int ConnectConcurrency = 256);
