using System.Buffers.Binary;
using System.Security.Cryptography;

namespace AttrWs.PerfHarness.Scale;

/// <summary>
/// The scale scenario's broadcast message: a numbered payload with a checksum, short enough for a 2-byte frame header.
/// Bytes 0–7 are the sequence number (little-endian), 8–87 a body derived from it, 88–119 the SHA-256 of bytes 0–87.
/// A client accepts a copy only when the checksum holds and the number is the one the run announced.
/// </summary>
internal static class ScalePayload
{
    /// <summary>The payload length (under 126, so the server's frame header is two bytes).</summary>
    public const int Length = 120;

    private const int Checked = 88;

    /// <summary>The payload of broadcast number <paramref name="sequence"/>.</summary>
    public static byte[] Create(long sequence)
    {
        var payload = new byte[Length];
        BinaryPrimitives.WriteInt64LittleEndian(payload, sequence);
        for (var i = 8; i < Checked; i++)
        {
            payload[i] = (byte)((sequence >> (i % 8 * 8)) ^ (i * 31));
        }

        SHA256.HashData(payload.AsSpan(0, Checked), payload.AsSpan(Checked));
        return payload;
    }

    /// <summary>True when <paramref name="payload"/> is an intact copy of broadcast number <paramref name="sequence"/>.</summary>
    public static bool IsIntact(ReadOnlySpan<byte> payload, long sequence)
    {
        if (payload.Length != Length || BinaryPrimitives.ReadInt64LittleEndian(payload) != sequence)
        {
            return false;
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(payload[..Checked], hash);
        return hash.SequenceEqual(payload[Checked..]);
    }
}
