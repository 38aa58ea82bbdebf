using System.Buffers;
using System.Text;
using AttrWs.Handshake;
using AttrWs.Routing;

namespace AttrWs.Tests.Handshake;

/// <summary>Builds requests, endpoints and processors for handshake tests (no sockets).</summary>
internal static class HandshakeTestKit
{
    /// <summary>The RFC 6455 §1.3 sample key.</summary>
    public const string SampleKey = "dGhlIHNhbXBsZSBub25jZQ==";

    public static WebSocketConnectionInfo Connection { get; } = new("conn-1", null, null, false);

    public static WebSocketEndpoint Endpoint(
        string template,
        string[]? subProtocols = null,
        bool allowMissing = false,
        DeflateMode deflate = DeflateMode.Default,
        EndpointAuthorization? authorization = null,
        string? name = null) =>
        new(template, static _ => ValueTask.CompletedTask)
        {
            Name = name ?? template,
            SubProtocols = subProtocols ?? [],
            AllowMissingSubProtocol = allowMissing,
            Deflate = deflate,
            Authorization = authorization ?? EndpointAuthorization.None,
        };

    public static HandshakeProcessor Processor(HandshakeSettings? options, params WebSocketEndpoint[] endpoints)
    {
        var table = new RuntimeRouteTable();
        foreach (var endpoint in endpoints)
        {
            table.Add(endpoint);
        }

        return new HandshakeProcessor(options ?? new HandshakeSettings(), [table]);
    }

    public static HandshakeProcessor Processor(params WebSocketEndpoint[] endpoints) => Processor(null, endpoints);

    public static RequestBuilder Request(string target = "/chat") => new(target);

    public static async Task<HandshakeDecision> DecideAsync(this HandshakeProcessor processor, RequestBuilder request) =>
        await processor.ProcessAsync(request.Build(), Connection);

    public static string ResponseText(HandshakeDecision decision)
    {
        var buffer = new ArrayBufferWriter<byte>();
        HandshakeResponseWriter.Write(decision, buffer);
        return Encoding.Latin1.GetString(buffer.WrittenSpan);
    }

    public static string? Header(HandshakeDecision decision, string name) => decision.ResponseHeaders[name];
}

/// <summary>A valid WebSocket upgrade request that tests then break one rule at a time.</summary>
internal sealed class RequestBuilder(string target)
{
    private readonly List<KeyValuePair<string, string>> _headers =
    [
        new("Host", "example.com"),
        new("Upgrade", "websocket"),
        new("Connection", "Upgrade"),
        new("Sec-WebSocket-Key", HandshakeTestKit.SampleKey),
        new("Sec-WebSocket-Version", "13"),
    ];

    public string Method { get; set; } = "GET";

    public RequestBuilder WithMethod(string method)
    {
        Method = method;
        return this;
    }

    public RequestBuilder With(string name, string value)
    {
        _headers.Add(new(name, value));
        return this;
    }

    public RequestBuilder Without(string name)
    {
        _headers.RemoveAll(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase));
        return this;
    }

    public RequestBuilder Replace(string name, string value) => Without(name).With(name, value);

    public HttpRequestHead Build()
    {
        var headers = new HttpHeaderCollection();
        foreach (var (name, value) in _headers)
        {
            headers.Add(name, value);
        }

        return new HttpRequestHead(Method, target, headers);
    }
}
