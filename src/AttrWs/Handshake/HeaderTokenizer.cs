namespace AttrWs.Handshake;

/// <summary>
/// Reads RFC 9110 header lists: comma-separated elements across repeated fields (empty elements skipped,
/// commas inside quoted-strings respected), tokens, and <c>;</c> parameters with token or quoted-string values.
/// Token comparisons are case-insensitive.
/// </summary>
internal static class HeaderTokenizer
{
    /// <summary>True when some element of any <paramref name="name"/> field equals <paramref name="token"/> (case-insensitive).</summary>
    public static bool ContainsToken(HttpHeaderCollection headers, string name, string token)
    {
        for (var i = headers.IndexOf(name, 0); i >= 0; i = headers.IndexOf(name, i + 1))
        {
            ReadOnlySpan<char> rest = headers[i].Value;
            while (TryReadElement(ref rest, out var element))
            {
                if (element.Equals(token, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Reads the next non-empty element of a comma-separated list, trimmed of whitespace.
    /// </summary>
    /// <param name="rest">The unread part of the field value; advanced past the element.</param>
    /// <param name="element">The element.</param>
    /// <returns>False when the list is exhausted.</returns>
    public static bool TryReadElement(ref ReadOnlySpan<char> rest, out ReadOnlySpan<char> element)
    {
        while (!rest.IsEmpty)
        {
            var end = IndexOfOutsideQuotes(rest, ',');
            var raw = end < 0 ? rest : rest[..end];
            rest = end < 0 ? default : rest[(end + 1)..];
            element = HttpChars.TrimWhitespace(raw);
            if (!element.IsEmpty)
            {
                return true;
            }
        }

        element = default;
        return false;
    }

    /// <summary>Splits an element into its leading token and the text of its parameters (after the first <c>;</c>).</summary>
    /// <returns>False when the leading part is not a token.</returns>
    public static bool TryReadToken(ReadOnlySpan<char> element, out ReadOnlySpan<char> token, out ReadOnlySpan<char> parameters)
    {
        var semicolon = element.IndexOf(';');
        token = HttpChars.TrimWhitespace(semicolon < 0 ? element : element[..semicolon]);
        parameters = semicolon < 0 ? default : element[(semicolon + 1)..];
        return HttpChars.IsToken(token);
    }

    /// <summary>Reads the next <c>name[=value]</c> parameter from the text after an element's token.</summary>
    /// <param name="rest">The unread parameters; advanced past the parameter.</param>
    /// <param name="name">The parameter name (a token).</param>
    /// <param name="value">The value: a token, or a quoted-string's content without quotes. Empty when absent.</param>
    /// <param name="hasValue">True when <c>=</c> was present.</param>
    /// <returns>Whether a parameter was read, the list ended, or it is malformed.</returns>
    public static ParameterRead TryReadParameter(
        ref ReadOnlySpan<char> rest,
        out ReadOnlySpan<char> name,
        out ReadOnlySpan<char> value,
        out bool hasValue)
    {
        name = default;
        value = default;
        hasValue = false;
        rest = HttpChars.TrimWhitespace(rest);
        if (rest.IsEmpty)
        {
            return ParameterRead.End;
        }

        var end = IndexOfOutsideQuotes(rest, ';');
        var parameter = end < 0 ? rest : rest[..end];
        rest = end < 0 ? default : rest[(end + 1)..];
        var equals = parameter.IndexOf('=');
        name = HttpChars.TrimWhitespace(equals < 0 ? parameter : parameter[..equals]);
        if (!HttpChars.IsToken(name))
        {
            return ParameterRead.Malformed;
        }

        if (equals < 0)
        {
            return ParameterRead.Parameter;
        }

        hasValue = true;
        value = HttpChars.TrimWhitespace(parameter[(equals + 1)..]);
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
        {
            // Escapes (quoted-pair) are not unfolded: no value this library reads may contain one, so it stays invalid.
            value = value[1..^1];
            return value.Contains('"') ? ParameterRead.Malformed : ParameterRead.Parameter;
        }

        return HttpChars.IsToken(value) ? ParameterRead.Parameter : ParameterRead.Malformed;
    }

    private static int IndexOfOutsideQuotes(ReadOnlySpan<char> value, char separator)
    {
        var quoted = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (quoted && c == '\\')
            {
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == separator)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>The result of <see cref="HeaderTokenizer.TryReadParameter"/>.</summary>
internal enum ParameterRead
{
    /// <summary>No more parameters.</summary>
    End,

    /// <summary>A parameter was read.</summary>
    Parameter,

    /// <summary>The parameter is not <c>token [= (token / quoted-string)]</c>.</summary>
    Malformed,
}
