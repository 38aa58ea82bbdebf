using System.Buffers.Binary;
using System.Text;

namespace AttrWs.Testing;

/// <summary>A frame the server sent, as read off the wire (servers never mask, RFC 6455 §5.1).</summary>
/// <param name="Fin">The FIN bit.</param>
/// <param name="Rsv">The RSV bits (3-bit value).</param>
/// <param name="Opcode">The opcode.</param>
/// <param name="Masked">Whether the server masked it (it must not).</param>
/// <param name="Payload">The payload.</param>
public sealed record ServerFrame(bool Fin, int Rsv, int Opcode, bool Masked, byte[] Payload)
{
    /// <summary>A close frame's status code, or null when the payload is empty.</summary>
    public int? CloseCode => Opcode == Frame.Close && Payload.Length >= 2 ? BinaryPrimitives.ReadUInt16BigEndian(Payload) : null;

    /// <summary>A close frame's reason.</summary>
    public string CloseReason => Opcode == Frame.Close && Payload.Length > 2 ? Encoding.UTF8.GetString(Payload, 2, Payload.Length - 2) : string.Empty;

    /// <summary>Reads the next frame; null when the connection ended first.</summary>
    public static async Task<ServerFrame?> ReadAsync(Stream stream, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            var header = new byte[2];
            if (!await ReadExactAsync(stream, header, cts.Token))
            {
                return null;
            }

            var length = (ulong)(header[1] & 0x7F);
            if (length == 126)
            {
                var ext = new byte[2];
                if (!await ReadExactAsync(stream, ext, cts.Token))
                {
                    return null;
                }

                length = BinaryPrimitives.ReadUInt16BigEndian(ext);
            }
            else if (length == 127)
            {
                var ext = new byte[8];
                if (!await ReadExactAsync(stream, ext, cts.Token))
                {
                    return null;
                }

                length = BinaryPrimitives.ReadUInt64BigEndian(ext);
            }

            var masked = (header[1] & 0x80) != 0;
            var mask = new byte[4];
            if (masked && !await ReadExactAsync(stream, mask, cts.Token))
            {
                return null;
            }

            var payload = new byte[checked((int)length)];
            if (!await ReadExactAsync(stream, payload, cts.Token))
            {
                return null;
            }

            if (masked)
            {
                for (var i = 0; i < payload.Length; i++)
                {
                    payload[i] ^= mask[i % 4];
                }
            }

            return new ServerFrame((header[0] & 0x80) != 0, (header[0] >> 4) & 7, header[0] & 0xF, masked, payload);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static async Task<bool> ReadExactAsync(Stream stream, byte[] buffer, CancellationToken cancellationToken)
    {
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken);
            if (n == 0)
            {
                return false;
            }

            read += n;
        }

        return true;
    }
}
