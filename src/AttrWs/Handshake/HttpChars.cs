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

    /// <summary>Optional whitespace: SP or HTAB.</summary>
    public static bool IsWhitespace(int c) => c is ' ' or '\t';

    /// <summary>True when the bytes are a non-empty token.</summary>
    public static bool IsToken(ReadOnlySpan<byte> value)
    {
        if (value.IsEmpty)
        {
            return false;
        }

        foreach (var b in value)
        {
            if (!IsTokenChar(b))
            {
                return false;
            }
        }

        return true;
    }

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

    /// <summary>Trims SP and HTAB from both ends.</summary>
    public static ReadOnlySpan<char> TrimWhitespace(ReadOnlySpan<char> value) => value.Trim(" \t");

    /// <summary>Trims SP and HTAB from both ends.</summary>
    public static ReadOnlySpan<byte> TrimWhitespace(ReadOnlySpan<byte> value) => value.Trim(" \t"u8);
}
