using System.Buffers.Binary;

namespace AttrWs.Testing;

/// <summary>
/// The RFC 6455 §5.2 frame builder of the raw client: any opcode, FIN, RSV bits, mask or none, and any of the three
/// payload-length forms (even a non-minimal one), so the server can be fed exactly the frame a rule is about.
/// </summary>
public sealed record Frame
{
    /// <summary>Opcodes by name.</summary>
    public const int Continuation = 0x0, Text = 0x1, Binary = 0x2, Close = 0x8, Ping = 0x9, Pong = 0xA;

    /// <summary>The 4-bit opcode (0..15).</summary>
    public required int Opcode { get; init; }

    /// <summary>The payload.</summary>
    public byte[] Payload { get; init; } = [];

    /// <summary>The FIN bit.</summary>
    public bool Fin { get; init; } = true;

    /// <summary>RSV1..RSV3 as a 3-bit value (4 = RSV1, 2 = RSV2, 1 = RSV3).</summary>
    public int Rsv { get; init; }

    /// <summary>Whether to mask (clients must, RFC 6455 §5.3).</summary>
    public bool Masked { get; init; } = true;

    /// <summary>Force a length form: 0 = minimal, 126 = 16-bit, 127 = 64-bit.</summary>
    public int LengthForm { get; init; }

    /// <summary>Overrides the 64-bit length field (to send an invalid one with the MSB set); null = the payload length.</summary>
    public ulong? DeclaredLength64 { get; init; }

    /// <summary>A masked close frame with status 1000, as bytes (built once, for load clients).</summary>
    public static ReadOnlyMemory<byte> Close1000 { get; } = new Frame { Opcode = Close, Payload = ClosePayload(1000) }.ToBytes();

    /// <summary>A close frame's payload: the code (big-endian) and an optional UTF-8 reason.</summary>
    public static byte[] ClosePayload(int code, string reason = "")
    {
        var payload = new byte[2 + System.Text.Encoding.UTF8.GetByteCount(reason)];
        BinaryPrimitives.WriteUInt16BigEndian(payload, (ushort)code);
        System.Text.Encoding.UTF8.GetBytes(reason, payload.AsSpan(2));
        return payload;
    }

    /// <summary>Serializes the frame.</summary>
    public byte[] ToBytes()
    {
        var length = Payload.Length;
        var form = LengthForm != 0 ? LengthForm : length < 126 ? 0 : length <= ushort.MaxValue ? 126 : 127;
        var headerLength = 2 + (form == 126 ? 2 : form == 127 ? 8 : 0) + (Masked ? 4 : 0);
        var bytes = new byte[headerLength + length];
        bytes[0] = (byte)((Fin ? 0x80 : 0) | ((Rsv & 7) << 4) | (Opcode & 0xF));
        var offset = 2;
        switch (form)
        {
            case 126:
                bytes[1] = 126;
                BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(2), (ushort)length);
                offset += 2;
                break;
            case 127:
                bytes[1] = 127;
                BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(2), DeclaredLength64 ?? (ulong)length);
                offset += 8;
                break;
            default:
                bytes[1] = (byte)length;
                break;
        }

        if (Masked)
        {
            bytes[1] |= 0x80;
            byte[] mask = [0x37, 0xFA, 0x21, 0x3D];
            mask.CopyTo(bytes, offset);
            offset += 4;
            for (var i = 0; i < length; i++)
            {
                bytes[offset + i] = (byte)(Payload[i] ^ mask[i % 4]);
            }
        }
        else
        {
            Payload.CopyTo(bytes, offset);
        }

        return bytes;
    }
}
