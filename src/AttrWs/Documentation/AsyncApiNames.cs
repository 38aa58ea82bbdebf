using System.Text;

namespace AttrWs.Documentation;

/// <summary>
/// Keys of the document's maps (channels, operations, messages, servers, security schemes) must match
/// <c>^[A-Za-z0-9.\-_]+$</c>: names from the endpoint map are made to fit, and made unique in a stable way.
/// </summary>
internal static class AsyncApiNames
{
    /// <summary>True when <paramref name="text"/> is a valid key as it is.</summary>
    public static bool IsKey(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!IsKeyChar(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><paramref name="text"/> with every character a key cannot hold replaced by <c>_</c> (<c>_</c> when empty).</summary>
    public static string ToKey(string text)
    {
        if (IsKey(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 1);
        foreach (var c in text)
        {
            builder.Append(IsKeyChar(c) ? c : '_');
        }

        return builder.Length == 0 ? "_" : builder.ToString();
    }

    /// <summary><paramref name="key"/>, or <c>key-2</c>, <c>key-3</c>... the first not yet in <paramref name="taken"/>; added to it.</summary>
    public static string Unique(string key, HashSet<string> taken)
    {
        var candidate = key;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = key + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    private static bool IsKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_';
}
