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

    // In KnownHeader order: the fields the core decides on.
    private static readonly string[] Decided =
    [
        Host, Upgrade, Connection, SecWebSocketKey, SecWebSocketVersion, SecWebSocketProtocol, SecWebSocketExtensions, Origin,
    ];

    /// <summary>The canonical name of a known header.</summary>
    public static string NameOf(KnownHeader header) => Decided[(int)header];

    /// <summary>The <see cref="KnownHeader"/> index of a name (any case), or -1.</summary>
    public static int Find(ReadOnlySpan<char> name)
    {
        for (var i = 0; i < Decided.Length; i++)
        {
            if (name.Equals(Decided[i], StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The <see cref="KnownHeader"/> index of a received name (any case), or -1.</summary>
    public static int Find(ReadOnlySpan<byte> name)
    {
        // Every decided name has a length of its own: the length picks the one candidate, one comparison decides.
        return name.Length switch
        {
            4 => Match(name, "Host"u8, KnownHeader.Host),
            6 => Match(name, "Origin"u8, KnownHeader.Origin),
            7 => Match(name, "Upgrade"u8, KnownHeader.Upgrade),
            10 => Match(name, "Connection"u8, KnownHeader.Connection),
            17 => Match(name, "Sec-WebSocket-Key"u8, KnownHeader.SecWebSocketKey),
            21 => Match(name, "Sec-WebSocket-Version"u8, KnownHeader.SecWebSocketVersion),
            22 => Match(name, "Sec-WebSocket-Protocol"u8, KnownHeader.SecWebSocketProtocol),
            24 => Match(name, "Sec-WebSocket-Extensions"u8, KnownHeader.SecWebSocketExtensions),
            _ => -1,
        };

        static int Match(ReadOnlySpan<byte> name, ReadOnlySpan<byte> known, KnownHeader header) =>
            Ascii.EqualsIgnoreCase(name, known) ? (int)header : -1;
    }

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
