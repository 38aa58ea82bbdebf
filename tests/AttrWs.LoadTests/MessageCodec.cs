using System.Buffers.Binary;

namespace AttrWs.LoadTests;

/// <summary>
/// The load messages: <c>[connection:int32][sequence:int32][payload][fnv1a64 of the rest]</c>. The payload is derived from
/// (connection, sequence), so the receiver checks content, order and integrity without keeping what it sent.
/// </summary>
public static class MessageCodec
{
    private const int HeaderSize = 8;
    private const int ChecksumSize = 8;

    /// <summary>The encoded size for a payload of <paramref name="payloadSize"/> bytes.</summary>
    public static int EncodedSize(int payloadSize) => HeaderSize + payloadSize + ChecksumSize;

    /// <summary>Writes message (connection, sequence) into <paramref name="destination"/> (exactly <see cref="EncodedSize"/> bytes).</summary>
    public static void Write(Span<byte> destination, int connection, int sequence)
    {
        BinaryPrimitives.WriteInt32LittleEndian(destination, connection);
        BinaryPrimitives.WriteInt32LittleEndian(destination[4..], sequence);
        var payload = destination[HeaderSize..^ChecksumSize];
        FillPayload(payload, connection, sequence);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[^ChecksumSize..], Fnv1a(destination[..^ChecksumSize]));
    }

    /// <summary>True when <paramref name="message"/> is exactly message (connection, sequence), intact.</summary>
    public static bool Verify(ReadOnlySpan<byte> message, int connection, int sequence, int payloadSize)
    {
        if (message.Length != EncodedSize(payloadSize)
            || BinaryPrimitives.ReadInt32LittleEndian(message) != connection
            || BinaryPrimitives.ReadInt32LittleEndian(message[4..]) != sequence
            || BinaryPrimitives.ReadUInt64LittleEndian(message[^ChecksumSize..]) != Fnv1a(message[..^ChecksumSize]))
        {
            return false;
        }

        Span<byte> expected = payloadSize <= 1024 ? stackalloc byte[payloadSize] : new byte[payloadSize];
        FillPayload(expected, connection, sequence);
        return expected.SequenceEqual(message[HeaderSize..^ChecksumSize]);
    }

    private static void FillPayload(Span<byte> payload, int connection, int sequence)
    {
        // xorshift32 seeded by the pair: cheap, deterministic, and different for every message.
        var state = (uint)(connection * 73856093) ^ (uint)(sequence * 19349663) ^ 0x9E3779B9u;
        for (var i = 0; i < payload.Length; i++)
        {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            payload[i] = (byte)state;
        }
    }

    private static ulong Fnv1a(ReadOnlySpan<byte> data)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in data)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }
}
