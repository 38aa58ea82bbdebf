using System.Security.Cryptography;
using AttrWs.Handshake;

namespace AttrWs.Tests.Handshake;

/// <summary>The managed SHA-1 behind the accept key agrees with the platform's on every length it takes.</summary>
public sealed class Sha1Tests
{
    [Fact]
    public void Hashes_the_FIPS_180_abc_vector()
    {
        Span<byte> hash = stackalloc byte[Sha1.HashLength];
        Sha1.Hash("abc"u8, hash);
        Assert.Equal("A9993E364706816ABA3E25717850C26C9CD0D89D", Convert.ToHexString(hash));
    }

    [Fact]
    public void Agrees_with_the_platform_SHA1_for_every_input_length_up_to_the_limit()
    {
        var random = new Random(6455);
        var input = new byte[Sha1.MaxInputLength];
        var expected = new byte[Sha1.HashLength];
        var actual = new byte[Sha1.HashLength];
        for (var length = 0; length <= Sha1.MaxInputLength; length++)
        {
            for (var sample = 0; sample < 8; sample++)
            {
                random.NextBytes(input);
                var data = input.AsSpan(0, length);
#pragma warning disable CA5350 // the reference implementation the managed one is checked against
                SHA1.HashData(data, expected);
#pragma warning restore CA5350
                Sha1.Hash(data, actual);
                Assert.True(expected.AsSpan().SequenceEqual(actual), $"length {length}, sample {sample}");
            }
        }
    }

    [Fact]
    public void Rejects_input_longer_than_two_blocks_allow() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Sha1.Hash(new byte[Sha1.MaxInputLength + 1], new byte[Sha1.HashLength]));
}
