using System.Buffers.Binary;

namespace AttrWs.PerfHarness.Client;

/// <summary>Client frames, masked once up front (the mask key is fixed, so a frame is the same bytes every time).</summary>
internal static class Frames
{
    private const uint MaskKey = 0x5A3C_96E1;

    /// <summary>A close frame with status 1000.</summary>
    public static readonly byte[] Close = Build(0x8, [0x03, 0xE8]);

    /// <summary>A final binary frame carrying <paramref name="payloadLength"/> bytes of a repeating pattern.</summary>
    public static byte[] Binary(int payloadLength)
    {
        var payload = new byte[payloadLength];
        for (var i = 0; i < payload.Length; i++)
        {
            payload[i] = (byte)('a' + (i % 26));
        }

        return Build(0x2, payload);
    }

    private static byte[] Build(int opcode, byte[] payload)
    {
        var extended = payload.Length < 126 ? 0 : payload.Length <= ushort.MaxValue ? 2 : 8;
        var frame = new byte[2 + extended + 4 + payload.Length];
        frame[0] = (byte)(0x80 | opcode);
        if (extended == 0)
        {
            frame[1] = (byte)(0x80 | payload.Length);
        }
        else if (extended == 2)
        {
            frame[1] = 0x80 | 126;
            BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(2), (ushort)payload.Length);
        }
        else
        {
            frame[1] = 0x80 | 127;
            BinaryPrimitives.WriteUInt64BigEndian(frame.AsSpan(2), (ulong)payload.Length);
        }

        var maskAt = 2 + extended;
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(maskAt), MaskKey);
        for (var i = 0; i < payload.Length; i++)
        {
            frame[maskAt + 4 + i] = (byte)(payload[i] ^ frame[maskAt + (i & 3)]);
        }

        return frame;
    }
}
