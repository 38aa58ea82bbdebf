using System.Buffers.Binary;
using System.Numerics;

namespace AttrWs.Handshake;

/// <summary>
/// SHA-1 (FIPS 180-4) for the short input of <see cref="AcceptKey"/> (key + GUID, 60 bytes): RFC 6455 prescribes the
/// algorithm to prove the handshake, not for security. Computed in managed code because the platform call into
/// OpenSSL costs several times more than the two blocks of arithmetic it stands for, on every handshake.
/// Tested against <see cref="System.Security.Cryptography.SHA1"/>.
/// </summary>
internal static class Sha1
{
    public const int HashLength = 20;

    /// <summary>The most input <see cref="Hash"/> takes: two blocks less the padding (1 byte) and length (8 bytes).</summary>
    public const int MaxInputLength = 128 - 9;

    public static void Hash(ReadOnlySpan<byte> input, Span<byte> destination)
    {
        if (input.Length > MaxInputLength)
        {
            throw new ArgumentOutOfRangeException(nameof(input), input.Length, "Sha1 hashes at most 119 bytes.");
        }

        // Message padding: 0x80, zeros, then the length in bits as a big-endian 64-bit integer, to a whole block.
        Span<byte> message = stackalloc byte[128];
        message.Clear();
        input.CopyTo(message);
        message[input.Length] = 0x80;
        var blocks = input.Length + 9 <= 64 ? 1 : 2;
        BinaryPrimitives.WriteUInt64BigEndian(message[(blocks * 64 - 8)..], (ulong)input.Length * 8);

        uint h0 = 0x67452301, h1 = 0xEFCDAB89, h2 = 0x98BADCFE, h3 = 0x10325476, h4 = 0xC3D2E1F0;
        Span<uint> w = stackalloc uint[80];
        for (var block = 0; block < blocks; block++)
        {
            var chunk = message.Slice(block * 64, 64);
            for (var i = 0; i < 16; i++)
            {
                w[i] = BinaryPrimitives.ReadUInt32BigEndian(chunk[(i * 4)..]);
            }

            for (var i = 16; i < 80; i++)
            {
                w[i] = BitOperations.RotateLeft(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
            }

            uint a = h0, b = h1, c = h2, d = h3, e = h4;
            for (var i = 0; i < 80; i++)
            {
                uint f, k;
                if (i < 20)
                {
                    f = (b & c) | (~b & d);
                    k = 0x5A827999;
                }
                else if (i < 40)
                {
                    f = b ^ c ^ d;
                    k = 0x6ED9EBA1;
                }
                else if (i < 60)
                {
                    f = (b & c) | (b & d) | (c & d);
                    k = 0x8F1BBCDC;
                }
                else
                {
                    f = b ^ c ^ d;
                    k = 0xCA62C1D6;
                }

                var temp = BitOperations.RotateLeft(a, 5) + f + e + k + w[i];
                e = d;
                d = c;
                c = BitOperations.RotateLeft(b, 30);
                b = a;
                a = temp;
            }

            h0 += a;
            h1 += b;
            h2 += c;
            h3 += d;
            h4 += e;
        }

        BinaryPrimitives.WriteUInt32BigEndian(destination, h0);
        BinaryPrimitives.WriteUInt32BigEndian(destination[4..], h1);
        BinaryPrimitives.WriteUInt32BigEndian(destination[8..], h2);
        BinaryPrimitives.WriteUInt32BigEndian(destination[12..], h3);
        BinaryPrimitives.WriteUInt32BigEndian(destination[16..], h4);
    }
}
