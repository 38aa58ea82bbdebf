using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace AttrWs.Handshake;

/// <summary>
/// SHA-1 (FIPS 180-4) of one input shape only: a 24-byte <c>Sec-WebSocket-Key</c> followed by the protocol GUID,
/// 60 bytes in two blocks. Everything but the key's six words is fixed: the GUID and the padding of the first block,
/// and the whole second block, whose message schedule (with the round constants added) is computed once.
/// </summary>
/// <remarks>
/// The platform's one-shot costs more in per-call set-up than in hashing for an input this small. The accept value is
/// public data that proves the peer speaks WebSocket; nothing secret goes in and no security rests on the hash.
/// </remarks>
internal static class AcceptKeySha1
{
    /// <summary>The key's length: the base64 of 16 bytes.</summary>
    public const int KeyLength = 24;

    private const uint K0 = 0x5A827999;
    private const uint K1 = 0x6ED9EBA1;
    private const uint K2 = 0x8F1BBCDC;
    private const uint K3 = 0xCA62C1D6;

    // First block, words 6-15: the GUID "258EAFA5-E914-47DA-95CA-C5AB0DC85B11" (36 bytes), then 0x80 and three zeros.
    private static readonly uint[] FirstBlockTail = BuildFirstBlockTail();

    // Second block: 56 zero bytes and the length (480 bits); its schedule plus the round constants, all 80 rounds.
    private static readonly uint[] SecondBlockScheduleWithK = BuildSecondBlockSchedule();

    /// <summary>Hashes <paramref name="key"/> (exactly 24 bytes) followed by the GUID into <paramref name="hash"/> (20 bytes).</summary>
    public static void Hash(ReadOnlySpan<byte> key, Span<byte> hash)
    {
        if (key.Length != KeyLength || hash.Length < 20)
        {
            throw new ArgumentException("A 24-byte key and a 20-byte destination are required.");
        }

        Span<uint> w = stackalloc uint[80];
        for (var i = 0; i < 6; i++)
        {
            w[i] = BinaryPrimitives.ReadUInt32BigEndian(key[(i * 4)..]);
        }

        FirstBlockTail.CopyTo(w[6..]);
        for (var t = 16; t < 80; t++)
        {
            w[t] = BitOperations.RotateLeft(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
        }

        uint h0 = 0x67452301, h1 = 0xEFCDAB89, h2 = 0x98BADCFE, h3 = 0x10325476, h4 = 0xC3D2E1F0;
        uint a = h0, b = h1, c = h2, d = h3, e = h4;
        Rounds(ref a, ref b, ref c, ref d, ref e, w, withK: true);
        h0 += a;
        h1 += b;
        h2 += c;
        h3 += d;
        h4 += e;

        a = h0;
        b = h1;
        c = h2;
        d = h3;
        e = h4;
        Rounds(ref a, ref b, ref c, ref d, ref e, SecondBlockScheduleWithK, withK: false);
        BinaryPrimitives.WriteUInt32BigEndian(hash, h0 + a);
        BinaryPrimitives.WriteUInt32BigEndian(hash[4..], h1 + b);
        BinaryPrimitives.WriteUInt32BigEndian(hash[8..], h2 + c);
        BinaryPrimitives.WriteUInt32BigEndian(hash[12..], h3 + d);
        BinaryPrimitives.WriteUInt32BigEndian(hash[16..], h4 + e);
    }

    /// <summary>The 80 rounds over a schedule; <paramref name="withK"/> false when the constants are already in it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Rounds(ref uint a, ref uint b, ref uint c, ref uint d, ref uint e, ReadOnlySpan<uint> w, bool withK)
    {
        var w80 = w[..80];
        uint k = withK ? K0 : 0;
        for (var t = 0; t < 20; t++)
        {
            var temp = BitOperations.RotateLeft(a, 5) + (d ^ (b & (c ^ d))) + e + k + w80[t];
            e = d;
            d = c;
            c = BitOperations.RotateLeft(b, 30);
            b = a;
            a = temp;
        }

        k = withK ? K1 : 0;
        for (var t = 20; t < 40; t++)
        {
            var temp = BitOperations.RotateLeft(a, 5) + (b ^ c ^ d) + e + k + w80[t];
            e = d;
            d = c;
            c = BitOperations.RotateLeft(b, 30);
            b = a;
            a = temp;
        }

        k = withK ? K2 : 0;
        for (var t = 40; t < 60; t++)
        {
            var temp = BitOperations.RotateLeft(a, 5) + ((b & c) | (d & (b | c))) + e + k + w80[t];
            e = d;
            d = c;
            c = BitOperations.RotateLeft(b, 30);
            b = a;
            a = temp;
        }

        k = withK ? K3 : 0;
        for (var t = 60; t < 80; t++)
        {
            var temp = BitOperations.RotateLeft(a, 5) + (b ^ c ^ d) + e + k + w80[t];
            e = d;
            d = c;
            c = BitOperations.RotateLeft(b, 30);
            b = a;
            a = temp;
        }
    }

    private static uint[] BuildFirstBlockTail()
    {
        Span<byte> tail = stackalloc byte[40];
        "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"u8.CopyTo(tail);
        tail[36] = 0x80;
        var words = new uint[10];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = BinaryPrimitives.ReadUInt32BigEndian(tail[(i * 4)..]);
        }

        return words;
    }

    private static uint[] BuildSecondBlockSchedule()
    {
        var w = new uint[80];
        w[15] = (KeyLength + 36) * 8;
        for (var t = 16; t < 80; t++)
        {
            w[t] = BitOperations.RotateLeft(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
        }

        for (var t = 0; t < 80; t++)
        {
            w[t] += t < 20 ? K0 : t < 40 ? K1 : t < 60 ? K2 : K3;
        }

        return w;
    }
}
