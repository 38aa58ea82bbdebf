using System.Text;
using AttrWs.Handshake;

namespace AttrWs.Tests.Handshake;

public class AcceptKeyTests
{
    [Fact]
    public void Computes_the_RFC_6455_section_1_3_sample()
    {
        Assert.Equal("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", AcceptKey.Compute("dGhlIHNhbXBsZSBub25jZQ=="));
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA==", "ICX+Yqv66kxgM0FcWaLWlFLwTAI=")]
    [InlineData("x3JJHMbDL1EzLkh9GBhXDw==", "HSmrc0sMlYUkAGmm5OPpG2HaGWk=")]
    [InlineData("/////////////////////w==", "XXpj4jYzLM2yUE0C7TIgMwTQh2g=")]
    [InlineData("AQIDBAUGBwgJCgsMDQ4PEA==", "C/0nmHhBztSRGR1CwL6Tf4ZjwpY=")]
    public void Computes_the_accept_value_of_other_keys(string key, string expected)
    {
        // Expected values computed independently (Python hashlib); the second is MDN's example handshake.
        Assert.Equal(expected, AcceptKey.Compute(key));
    }

    [Fact]
    public void Hashes_a_key_of_the_longest_accepted_length_and_refuses_a_longer_one()
    {
        var longest = new string('k', 64);
        Assert.Equal("d3g+v0T8vq/Wjewzan1FGbXRhkk=", AcceptKey.Compute(longest));
        Assert.Throws<ArgumentException>(() => AcceptKey.Compute(longest + "k"));
    }

    [Fact]
    public void Writes_the_accept_value_as_ascii_bytes()
    {
        var destination = new byte[AcceptKey.Length];
        Assert.True(AcceptKey.TryWrite("dGhlIHNhbXBsZSBub25jZQ==", destination));
        Assert.Equal("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", Encoding.ASCII.GetString(destination));
    }

    [Fact]
    public void Refuses_a_destination_shorter_than_the_accept_value()
    {
        Assert.False(AcceptKey.TryWrite("dGhlIHNhbXBsZSBub25jZQ==", new byte[AcceptKey.Length - 1]));
    }

    [Theory]
    [InlineData("dGhlIHNhbXBsZSBub25jZQ==")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA==")]
    public void Accepts_a_key_that_is_base64_of_16_bytes(string key)
    {
        Assert.True(AcceptKey.IsValidKey(key));
    }

    [Theory]
    [InlineData("")]
    [InlineData("dGhlIHNhbXBsZSBub25jZQ")]          // padding missing
    [InlineData("dGhlIHNhbXBsZSBub25jZQ=")]         // 23 characters
    [InlineData("dGhlIHNhbXBsZSBub25jZWVl")]        // 18 bytes
    [InlineData("dGhlIHNhbXBsZSBub25j")]            // 15 bytes
    [InlineData("dGhlIHNhbXBsZSBub2!jZQ==")]        // not base64
    [InlineData("dGhlIHNhbXBsZ Bub25jZQ==")]        // whitespace inside
    public void Rejects_key_that_is_not_16_bytes_of_base64(string key)
    {
        Assert.False(AcceptKey.IsValidKey(key));
    }
}
