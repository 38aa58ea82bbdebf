namespace AttrWs.Handshake;

/// <summary>A parsed HTTP/1.1 request head: request line and header fields. Produced by the request-head parser or by a host adapter.</summary>
public sealed class HttpRequestHead
{
    /// <summary>Creates a request head.</summary>
    /// <param name="method">The method token, e.g. <c>GET</c>.</param>
    /// <param name="target">The request target in origin form (path and query), e.g. <c>/chat/lobby?x=1</c>.</param>
    /// <param name="headers">The header fields.</param>
    /// <param name="version">The HTTP version, e.g. <c>HTTP/1.1</c>.</param>
    public HttpRequestHead(string method, string target, HttpHeaderCollection headers, string version = "HTTP/1.1")
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(version);
        Method = method;
        Target = target;
        headers.MakeReadOnly(); // what the client sent stays what it sent, whoever holds the head afterwards
        Headers = headers;
        Version = version;
        var query = target.IndexOf('?', StringComparison.Ordinal);
        Path = query < 0 ? target : target[..query];
        Query = query < 0 ? string.Empty : target[query..];
    }

    /// <summary>The method token.</summary>
    public string Method { get; }

    /// <summary>The request target as sent (path and query, still percent-encoded).</summary>
    public string Target { get; }

    /// <summary>The path part of the target (before <c>?</c>), still percent-encoded.</summary>
    public string Path { get; }

    /// <summary>The query part of the target including the leading <c>?</c>, or empty.</summary>
    public string Query { get; }

    /// <summary>The HTTP version from the request line.</summary>
    public string Version { get; }

    /// <summary>The header fields in arrival order (read-only).</summary>
    public HttpHeaderCollection Headers { get; }
}
