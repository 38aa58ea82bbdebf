using System.Text;

namespace AttrWs.Handshake;

/// <summary>
/// Shared strings for the header names and methods every handshake carries, so parsing a typical head allocates
/// only its values. Matching is case-insensitive; the canonical spelling is returned.
/// </summary>
internal static class KnownHeaderNames
{
    public const string Host = "Host";
    public const string Upgrade = "Upgrade";
    public const string Connection = "Connection";
    public const string SecWebSocketKey = "Sec-WebSocket-Key";
    public const string SecWebSocketVersion = "Sec-WebSocket-Version";
    public const string SecWebSocketProtocol = "Sec-WebSocket-Protocol";
    public const string SecWebSocketExtensions = "Sec-WebSocket-Extensions";
    public const string SecWebSocketAccept = "Sec-WebSocket-Accept";
    public const string Origin = "Origin";
    public const string UserAgent = "User-Agent";
    public const string Authorization = "Authorization";
    public const string Cookie = "Cookie";
    public const string CacheControl = "Cache-Control";
    public const string Pragma = "Pragma";
    public const string AcceptEncoding = "Accept-Encoding";
    public const string AcceptLanguage = "Accept-Language";
    public const string ContentLength = "Content-Length";
    public const string TransferEncoding = "Transfer-Encoding";

    private static readonly string[] Names =
    [
        Host, Upgrade, Connection, SecWebSocketKey, SecWebSocketVersion, SecWebSocketProtocol, SecWebSocketExtensions,
        Origin, UserAgent, Authorization, Cookie, CacheControl, Pragma, AcceptEncoding, AcceptLanguage,
    ];

    /// <summary>The shared string for a known name (any case), or a new string.</summary>
    public static string Get(ReadOnlySpan<byte> name)
    {
        foreach (var known in Names)
        {
            if (known.Length == name.Length && Ascii.EqualsIgnoreCase(name, known))
            {
                return known;
            }
        }

        return Encoding.ASCII.GetString(name);
    }

    /// <summary>The shared string for <c>GET</c>, or a new string for another method.</summary>
    public static string Method(ReadOnlySpan<byte> method) =>
        "GET"u8.SequenceEqual(method) ? "GET" : Encoding.ASCII.GetString(method);
}
