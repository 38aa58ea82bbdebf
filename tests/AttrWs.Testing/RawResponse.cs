using System.Text;

namespace AttrWs.Testing;

/// <summary>A parsed HTTP response head (and the body of a rejection) read off a raw socket.</summary>
public sealed class RawResponse
{
    private RawResponse(int status, string statusLine, List<KeyValuePair<string, string>> headers, string body)
    {
        Status = status;
        StatusLine = statusLine;
        Headers = headers;
        Body = body;
    }

    /// <summary>The status code.</summary>
    public int Status { get; }

    /// <summary>The whole status line.</summary>
    public string StatusLine { get; }

    /// <summary>Every header, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    /// <summary>The body (rejections only; read by Content-Length).</summary>
    public string Body { get; }

    /// <summary>The first value of a header (case-insensitive name), or null.</summary>
    public string? this[string name]
    {
        get
        {
            foreach (var (key, value) in Headers)
            {
                if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                {
                    return value;
                }
            }

            return null;
        }
    }

    /// <summary>Parses a head (text up to and including the blank line) plus its body.</summary>
    public static RawResponse Parse(string head, string body)
    {
        var lines = head.Split("\r\n");
        var parts = lines[0].Split(' ', 3);
        if (parts.Length < 2 || !parts[0].StartsWith("HTTP/1.1", StringComparison.Ordinal) || !int.TryParse(parts[1], out var status))
        {
            throw new FormatException("Not an HTTP/1.1 status line: " + lines[0]);
        }

        var headers = new List<KeyValuePair<string, string>>();
        foreach (var line in lines.AsSpan(1))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new FormatException("Malformed response header line: " + line);
            }

            headers.Add(new(line[..colon], line[(colon + 1)..].Trim()));
        }

        return new RawResponse(status, lines[0], headers, body);
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder(StatusLine);
        foreach (var (key, value) in Headers)
        {
            text.Append(" | ").Append(key).Append(": ").Append(value);
        }

        return text.Append(" | body: ").Append(Body).ToString();
    }
}
