using System.Text;
using AttrWs.Handshake;

namespace AttrWs.Tests.Handshake;

/// <summary>Guards the hand-written SP/HTAB trims: they must cut exactly what <c>MemoryExtensions.Trim(" \t")</c> cuts.</summary>
public class HttpCharsTrimTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t \t")]
    [InlineData("a")]
    [InlineData("  a")]
    [InlineData("a\t ")]
    [InlineData(" \ta b\t ")]
    [InlineData("\r a \n")] // CR and LF are not trimmed
    [InlineData("\u00a0a\u00a0")] // nor is NBSP
    [InlineData("\v a\f")]
    public void Trims_equal_the_framework_trim(string text)
    {
        Assert.Equal(text.AsSpan().Trim(" \t").ToString(), HttpChars.TrimWhitespace(text.AsSpan()).ToString());
        var bytes = Encoding.Latin1.GetBytes(text);
        Assert.Equal(bytes.AsSpan().Trim(" \t"u8).ToArray(), HttpChars.TrimWhitespace(bytes).ToArray());
        Assert.Equal(bytes.Length - bytes.AsSpan().TrimStart(" \t"u8).Length, HttpChars.LeadingWhitespace(bytes));
    }
}
