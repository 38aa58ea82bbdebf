using AttrWs.Handshake;

namespace AttrWs;

/// <summary>A response to a plain (non-upgrade) HTTP request, such as a health check or a static page.</summary>
/// <param name="StatusCode">The HTTP status code (100..599, not 101).</param>
/// <param name="ContentType">The <c>Content-Type</c>, e.g. <c>text/plain; charset=utf-8</c>.</param>
/// <param name="Body">The body bytes.</param>
public sealed record PlainHttpResponse(int StatusCode, string ContentType, ReadOnlyMemory<byte> Body)
{
    /// <summary>
    /// Extra header fields (e.g. <c>Set-Cookie</c>, <c>Cache-Control</c>). Names must be tokens and values free of CR/LF;
    /// <c>Content-Type</c>, <c>Content-Length</c>, <c>Transfer-Encoding</c> and <c>Connection</c> are the server's.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    /// <summary>A UTF-8 <c>text/plain</c> response.</summary>
    /// <param name="statusCode">The status code.</param>
    /// <param name="text">The body text.</param>
    /// <returns>The response.</returns>
    public static PlainHttpResponse Text(int statusCode, string text)
        => new(statusCode, "text/plain; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(text));
}

/// <summary>
/// Answers a plain HTTP request (one without an <c>Upgrade</c> header) before the WebSocket handshake sees it.
/// Return null to fall through to the normal answers (426 on an endpoint path, 404 elsewhere).
/// The connection is closed after the response.
/// </summary>
/// <param name="request">The parsed request head.</param>
/// <param name="cancellationToken">Cancelled when the handshake timeout elapses or the server stops.</param>
public delegate ValueTask<PlainHttpResponse?> PlainRequestHandler(HttpRequestHead request, CancellationToken cancellationToken);
