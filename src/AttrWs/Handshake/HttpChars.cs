using System.Buffers;

namespace AttrWs.Handshake;

/// <summary>Character classes of RFC 9110 used by the handshake (tokens, field values, whitespace).</summary>
internal static class HttpChars
{
    /// <summary>tchar: <c>!#$%&amp;'*+-.^_`|~</c>, digits and letters (RFC 9110 §5.6.2).</summary>
    public static bool IsTokenChar(int c) =>
        (uint)(c - 'a') <= 'z' - 'a'
        || (uint)(c - 'A') <= 'Z' - 'A'
        || (uint)(c - '0') <= 9
        || c is '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~';

    /// <summary>One entry per byte value: 1 for a tchar, 0 otherwise (the parser's name scan reads it per byte).</summary>
    public static ReadOnlySpan<byte> TokenTable =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0x00-0x1F
        0, 1, 0, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, // SP ! " # $ % & ' ( ) * + , - . / 0-9 : ; < = > ?
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1, // @ A-Z [ \ ] ^ _
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 0, // ` a-z { | } ~ DEL
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    /// <summary>Optional whitespace: SP or HTAB.</summary>
    public static bool IsWhitespace(int c) => c is ' ' or '\t';

    // RFC 9110 tchar, and the bytes a request-head field value may not contain (controls but HTAB, and DEL): searched
    // with SearchValues, which vectorizes, because every header name and value of every handshake passes through here.
    private static readonly SearchValues<byte> TokenBytes =
        SearchValues.Create("!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"u8);

    private static readonly SearchValues<byte> InvalidFieldValueBytes = SearchValues.Create(
        [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F, 0x7F]);

    /// <summary>True when the bytes are a non-empty token.</summary>
    public static bool IsToken(ReadOnlySpan<byte> value) => !value.IsEmpty && !value.ContainsAnyExcept(TokenBytes);

    /// <summary>True when a received field value has no control character other than HTAB (obs-text is allowed).</summary>
    public static bool IsValidFieldValue(ReadOnlySpan<byte> value) => !value.ContainsAny(InvalidFieldValueBytes);

    /// <summary>True when the characters are a non-empty token.</summary>
    public static bool IsToken(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!IsTokenChar(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when an application-supplied header value can go on the wire: no CR, LF or NUL (they would split or
    /// truncate the response) and no other control character except HTAB, and only Latin-1 characters.
    /// </summary>
    public static bool IsSafeFieldValue(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if ((c < 0x20 && c != '\t') || c == 0x7F || c > 0xFF)
            {
                return false;
            }
        }

        return true;
    }

    // The trims below are plain loops: MemoryExtensions.Trim(span, trimElements) searches the set for every element it
    // looks at, which made trimming the most expensive step of parsing a head (every value of every handshake).

    /// <summary>Trims SP and HTAB from both ends.</summary>
    public static ReadOnlySpan<char> TrimWhitespace(ReadOnlySpan<char> value)
    {
        var start = 0;
        while (start < value.Length && IsWhitespace(value[start]))
        {
            start++;
        }

        var end = value.Length;
        while (end > start && IsWhitespace(value[end - 1]))
        {
            end--;
        }

        return value[start..end];
    }

    /// <summary>Trims SP and HTAB from both ends.</summary>
    public static ReadOnlySpan<byte> TrimWhitespace(ReadOnlySpan<byte> value)
    {
        var start = LeadingWhitespace(value);
        var end = value.Length;
        while (end > start && IsWhitespace(value[end - 1]))
        {
            end--;
        }

        return value[start..end];
    }

    /// <summary>How many SP and HTAB bytes <paramref name="value"/> starts with.</summary>
    public static int LeadingWhitespace(ReadOnlySpan<byte> value)
    {
        var start = 0;
        while (start < value.Length && IsWhitespace(value[start]))
        {
            start++;
        }

        return start;
    }
}
