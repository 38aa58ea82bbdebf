using System.Text;
using CsCheck;

namespace AttrWs.ConformanceTests.Fuzzing;

/// <summary>CsCheck generators of request heads: valid ones, mutations of valid ones, and random bytes.</summary>
public static class HeadGenerators
{
    // The first value of each list is the one that passes its row, and is drawn most of the time (Weighted), so a good
    // share of the heads reaches the later rows and the 101 path instead of stopping at the first check.
    private static readonly string[] Paths = ["/echo", "/chat", "/opt", "/rooms/lobby", "/deflate", "/rooms/a%20b", "/secure", "/missing", "/ECHO/", "/echo?x=1", "/", "*", "http://localhost/echo"];
    private static readonly string[] Methods = ["GET", "POST", "get", "HEAD", "CONNECT"];
    private static readonly string[] Versions = ["HTTP/1.1", "HTTP/1.0", "HTTP/2.0", "http/1.1"];
    private static readonly string[] Keys = ["dGhlIHNhbXBsZSBub25jZQ==", "AAAAAAAAAAAAAAAAAAAAAA==", "AAAAAAAAAAAAAAAAAAAA", "not base64!", ""];
    private static readonly string[] WsVersions = ["13", " 13 ", "8", "13, 8", "14"];
    private static readonly string[] Protocols = ["v1.chat", "v2.chat, v1.chat", "mqtt", "v1.chat,mqtt", ",,", "V1.CHAT", "a b", "\"x\""];
    private static readonly string[] Extensions = ["permessage-deflate", "permessage-deflate; client_max_window_bits", "permessage-deflate; server_max_window_bits=9", "permessage-deflate; server_no_context_takeover; client_no_context_takeover", "permessage-deflate; server_max_window_bits=7", "x-foo", ";;,,", "permessage-deflate; foo"];
    private static readonly string[] Upgrades = ["websocket", "WebSocket", "h2c, websocket", "h2c", ""];
    private static readonly string[] Connections = ["Upgrade", "keep-alive, Upgrade", "keep-alive", "upgrade,close"];
    private static readonly string[] Hosts = ["localhost", "127.0.0.1:8080", "evil.example", ""];

    /// <summary>Interesting bytes for HTTP: separators, whitespace, line ends, controls, obs-text.</summary>
    private static readonly byte[] HttpAlphabet = Encoding.ASCII.GetBytes("GETHOSTabcxyz/:; ,=-.0123\"\t\r\n\r\n").Concat(new byte[] { 0, 0x7F, 0x80, 0xC3, 0xFF, 0x0B }).ToArray();

    /// <summary>Heads that follow the grammar, with choices across every row of the decision table.</summary>
    public static readonly Gen<byte[]> ValidHead =
        Gen.Select(
            Gen.Select(Weighted(Methods), Gen.OneOfConst(Paths), Weighted(Versions), Weighted(Hosts)),
            Gen.Select(Weighted(Upgrades), Weighted(Connections), Weighted(Keys), Weighted(WsVersions)),
            Gen.Select(Gen.OneOfConst(Protocols), Gen.OneOfConst(Extensions), Gen.Int[0, 255], Gen.Int[0, 3]),
            (line, upgrade, negotiation) =>
            {
                var (method, path, version, host) = line;
                var (upgradeValue, connection, key, wsVersion) = upgrade;
                var (protocol, extension, presence, extra) = negotiation;
                var text = new StringBuilder().Append(method).Append(' ').Append(path).Append(' ').Append(version).Append("\r\n");
                text.Append("Host: ").Append(host).Append("\r\n");
                // presence: values 0..3 drop one required header each (1 in 64), bits 4 and 5 add the negotiation headers.
                Optional(text, presence != 0, "Upgrade", upgradeValue);
                Optional(text, presence != 1, "Connection", connection);
                Optional(text, presence != 2, "Sec-WebSocket-Key", key);
                Optional(text, presence != 3, "Sec-WebSocket-Version", wsVersion);
                Optional(text, (presence & 16) != 0, "Sec-WebSocket-Protocol", protocol);
                Optional(text, (presence & 32) != 0, "Sec-WebSocket-Extensions", extension);
                for (var i = 0; i < extra; i++)
                {
                    text.Append("X-Extra-").Append(i).Append(": value ").Append(i).Append("\r\n");
                }

                return Encoding.Latin1.GetBytes(text.Append("\r\n").ToString());
            });

    /// <summary>One edit: kind, position (taken modulo the length), a byte, a length.</summary>
    private static readonly Gen<(int Kind, int Position, byte Value, int Length)> Mutation =
        Gen.Select(Gen.Int[0, 8], Gen.Int[0, 4096], Gen.OneOf(Gen.Byte, Gen.OneOfConst(HttpAlphabet)), Gen.Int[1, 24]);

    /// <summary>Valid heads after one to four edits: byte flips, insertions, deletions, truncation, duplicated lines, case changes.</summary>
    public static readonly Gen<byte[]> MutatedHead = Gen.Select(ValidHead, Mutation.Array[1, 4], (head, edits) =>
    {
        var bytes = new List<byte>(head);
        foreach (var (kind, position, value, length) in edits)
        {
            Apply(bytes, kind, bytes.Count == 0 ? 0 : position % bytes.Count, value, length);
        }

        return bytes.ToArray();
    });

    /// <summary>Random bytes, plain.</summary>
    public static readonly Gen<byte[]> RandomBytes = Gen.Byte.Array[0, 600];

    /// <summary>Random bytes from the HTTP alphabet, framed as a request line and a terminated head (reaches the header parser).</summary>
    public static readonly Gen<byte[]> RandomHttpLike = Gen.Select(Gen.OneOfConst(HttpAlphabet).Array[0, 400], Gen.Bool, (body, framed) =>
        framed ? [.. "GET /echo HTTP/1.1\r\n"u8, .. body, .. "\r\n\r\n"u8] : body);

    /// <summary>The first value three times in four, any other value otherwise.</summary>
    private static Gen<string> Weighted(string[] values)
        => Gen.Frequency((3, Gen.Const(values[0])), (1, Gen.OneOfConst(values)));

    private static void Optional(StringBuilder text, bool present, string name, string value)
    {
        if (present)
        {
            text.Append(name).Append(": ").Append(value).Append("\r\n");
        }
    }

    private static void Apply(List<byte> bytes, int kind, int at, byte value, int length)
    {
        switch (kind)
        {
            case 0 when bytes.Count > 0: // flip one bit
                bytes[at] ^= (byte)(1 << (value & 7));
                break;
            case 1: // insert a byte
                bytes.Insert(at, value);
                break;
            case 2 when bytes.Count > 0: // delete a range
                bytes.RemoveRange(at, Math.Min(length, bytes.Count - at));
                break;
            case 3: // truncate
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            case 4: // duplicate the header line around the position
                var start = at;
                while (start > 0 && bytes[start - 1] != '\n')
                {
                    start--;
                }

                var end = bytes.IndexOf((byte)'\n', at);
                if (end > start)
                {
                    bytes.InsertRange(end + 1, bytes.GetRange(start, end + 1 - start));
                }

                break;
            case 5: // change the case of a run of letters
                for (var i = at; i < Math.Min(bytes.Count, at + length); i++)
                {
                    if (char.IsAsciiLetter((char)bytes[i]))
                    {
                        bytes[i] ^= 0x20;
                    }
                }

                break;
            case 6: // replace a byte
                if (bytes.Count > 0)
                {
                    bytes[at] = value;
                }

                break;
            case 7: // repeat a byte many times (long tokens, header floods in miniature)
                bytes.InsertRange(at, Enumerable.Repeat(value, length * 8));
                break;
            default: // swap CRLF for LF, or LF for CRLF, at the next line end
                var lf = bytes.IndexOf((byte)'\n', at);
                if (lf > 0 && bytes[lf - 1] == '\r')
                {
                    bytes.RemoveAt(lf - 1);
                }
                else if (lf >= 0)
                {
                    bytes.Insert(lf, (byte)'\r');
                }

                break;
        }
    }
}
