using System.Security.Cryptography;
using System.Text;
using AttrWs.Handshake;

namespace AttrWs.Tests.Handshake;

/// <summary>The accept-input SHA-1 gives the platform's SHA-1 of key + GUID for every 24-byte key.</summary>
public class AcceptKeySha1Tests
{
    private static readonly byte[] Guid = Encoding.ASCII.GetBytes("258EAFA5-E914-47DA-95CA-C5AB0DC85B11");

    [Fact]
    public void Hashes_the_RFC_6455_section_1_3_sample()
    {
        Span<byte> hash = stackalloc byte[20];
        AcceptKeySha1.Hash("dGhlIHNhbXBsZSBub25jZQ=="u8, hash);

        // RFC 6455 §1.3 gives the hash in hex and its base64, the accept value.
        Assert.Equal("b37a4f2cc0624f1690f64606cf385945b2bec4ea", Convert.ToHexStringLower(hash));
        Assert.Equal("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", Convert.ToBase64String(hash));
    }

    [Fact]
    public void Agrees_with_the_platform_SHA1_on_ten_thousand_random_keys()
    {
        var random = new Random(6455);
        var nonce = new byte[16];
        Span<byte> hash = stackalloc byte[20];
        for (var i = 0; i < 10_000; i++)
        {
            random.NextBytes(nonce);
            var key = Encoding.ASCII.GetBytes(Convert.ToBase64String(nonce));
            AcceptKeySha1.Hash(key, hash);
            Assert.Equal(Reference(key), hash.ToArray());
        }
    }

    [Fact]
    public void Agrees_with_the_platform_SHA1_on_ten_thousand_arbitrary_24_byte_inputs()
    {
        // Not only base64: every bit of every key word reaches the rounds.
        var random = new Random(1455);
        var key = new byte[AcceptKeySha1.KeyLength];
        Span<byte> hash = stackalloc byte[20];
        for (var i = 0; i < 10_000; i++)
        {
            random.NextBytes(key);
            AcceptKeySha1.Hash(key, hash);
            Assert.Equal(Reference(key), hash.ToArray());
        }
    }

    [Fact]
    public void Refuses_a_key_that_is_not_24_bytes()
    {
        Assert.Throws<ArgumentException>(() => AcceptKeySha1.Hash(new byte[23], new byte[20]));
        Assert.Throws<ArgumentException>(() => AcceptKeySha1.Hash(new byte[25], new byte[20]));
    }

    [Fact]
    public void The_accept_value_from_bytes_and_from_characters_agree_with_the_platform_for_every_key_length()
    {
        var random = new Random(13);
        var destination = new byte[AcceptKey.Length];
        for (var length = 0; length <= 64; length++)
        {
            var key = new string(Enumerable.Range(0, length).Select(_ => (char)random.Next('A', 'Z' + 1)).ToArray());
            var expected = Convert.ToBase64String(Reference(Encoding.ASCII.GetBytes(key)));
            Assert.Equal(expected, AcceptKey.Compute(key));
            Assert.True(AcceptKey.TryWrite(Encoding.ASCII.GetBytes(key), destination));
            Assert.Equal(expected, Encoding.ASCII.GetString(destination));
        }
    }

#pragma warning disable CA5350 // the protocol's SHA-1, as the reference
    private static byte[] Reference(byte[] key) => SHA1.HashData([.. key, .. Guid]);
#pragma warning restore CA5350
}
