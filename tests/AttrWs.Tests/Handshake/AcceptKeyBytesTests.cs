using System.Text;
using AttrWs.Handshake;

namespace AttrWs.Tests.Handshake;

/// <summary>The processor validates a parsed head's key from its bytes: the same answer as from its characters.</summary>
public class AcceptKeyBytesTests
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    [Fact]
    public void Every_pair_of_last_characters_is_judged_alike()
    {
        // The last two characters before "==" carry the unused bits of the encoding.
        foreach (var a in Alphabet + "=- _.\t")
        {
            foreach (var b in Alphabet + "=- _.\t")
            {
                AssertAlike("dGhlIHNhbXBsZSBub25j" + a + b + "==");
            }
        }
    }

    [Fact]
    public void Every_byte_value_at_every_position_is_judged_alike()
    {
        var key = Encoding.ASCII.GetBytes("dGhlIHNhbXBsZSBub25jZQ==");
        for (var position = 0; position < key.Length; position++)
        {
            for (var value = 0; value < 256; value++)
            {
                var bytes = (byte[])key.Clone();
                bytes[position] = (byte)value;
                AssertAlike(Encoding.Latin1.GetString(bytes));
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("dGhlIHNhbXBsZSBub25jZQ=")]
    [InlineData("dGhlIHNhbXBsZSBub25jZQ===")]
    [InlineData("dGhlIHNhbXBsZSBub25jZQ")]
    [InlineData("dGhlIHNhbXBsZSBub25jZQ==  ")]
    [InlineData("dGhlIHNhbXBsZSBub25jZQAA")]
    [InlineData("dGhlIHNhbXBsZSBub25jZQ=A")]
    [InlineData("dGhlIHNhbXBsZSBub25j====")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA==")]
    [InlineData("////////////////////////")]
    public void Keys_of_other_shapes_are_judged_alike(string key) => AssertAlike(key);

    [Fact]
    public void Random_keys_are_judged_alike()
    {
        var random = new Random(17);
        var nonce = new byte[16];
        for (var i = 0; i < 10_000; i++)
        {
            random.NextBytes(nonce);
            var key = Convert.ToBase64String(nonce);
            Assert.True(AcceptKey.IsValidKey(Encoding.ASCII.GetBytes(key)));
            AssertAlike(key);
        }
    }

    private static void AssertAlike(string key) =>
        Assert.True(AcceptKey.IsValidKey(key.AsSpan()) == AcceptKey.IsValidKey(Encoding.Latin1.GetBytes(key)), "key: " + key);
}
