using System.Buffers;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using AttrWs.Handshake;
using AttrWs.Routing;
using BenchmarkDotNet.Attributes;

namespace AttrWs.Benchmarks;

/// <summary>
/// The handshake core end to end on the request Chromium sends (its header set and order): parse the head, run the
/// decision table (<see cref="HandshakeProcessor.ProcessAsync"/>), write the 101; and each step alone.
/// No I/O: the host's socket reads and writes are measured by the load harness.
/// </summary>
[MemoryDiagnoser]
public class HandshakeBenchmarks
{
    /// <summary>What Chromium 140 sends for <c>new WebSocket("ws://127.0.0.1:5080/chat")</c>.</summary>
    public static readonly byte[] ChromiumRequest = Encoding.ASCII.GetBytes(
        "GET /chat HTTP/1.1\r\n" +
        "Host: 127.0.0.1:5080\r\n" +
        "Connection: Upgrade\r\n" +
        "Pragma: no-cache\r\n" +
        "Cache-Control: no-cache\r\n" +
        "User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36\r\n" +
        "Upgrade: websocket\r\n" +
        "Origin: http://127.0.0.1:5080\r\n" +
        "Sec-WebSocket-Version: 13\r\n" +
        "Accept-Encoding: gzip, deflate, br, zstd\r\n" +
        "Accept-Language: en-US,en;q=0.9\r\n" +
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n" +
        "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n" +
        "\r\n");

    private static readonly byte[] AcceptInput = Encoding.ASCII.GetBytes("dGhlIHNhbXBsZSBub25jZQ==258EAFA5-E914-47DA-95CA-C5AB0DC85B11");

    private readonly ArrayBufferWriter<byte> _output = new(512);
    private readonly byte[] _hash = new byte[20];
    private RequestHeadParser _parser = null!;
    private HandshakeProcessor _processor = null!;
    private WebSocketConnectionInfo _connection = null!;
    private HttpRequestHead _head = null!;
    private HandshakeDecision _decision;

    [GlobalSetup]
    public void Setup()
    {
        var options = new HandshakeSettings();
        var table = new RuntimeRouteTable();
        table.Add(new WebSocketEndpoint("/chat", static _ => ValueTask.CompletedTask));
        _parser = new RequestHeadParser(options);
        _processor = new HandshakeProcessor(options, [table]);
        _connection = new WebSocketConnectionInfo("bench", new IPEndPoint(IPAddress.Loopback, 50000), new IPEndPoint(IPAddress.Loopback, 5080), false);
        _head = Parse();
        _decision = DecideCore();
        if (EndToEnd() < 100 || !_decision.IsAccepted)
        {
            throw new InvalidOperationException("The benchmark request was not accepted.");
        }
    }

    /// <summary>Parse, decide, write: the whole core for one connection.</summary>
    [Benchmark(Baseline = true)]
    public int EndToEnd()
    {
        var head = _parser.Parse(ChromiumRequest).Head!;
        var pending = _processor.ProcessAsync(head, _connection);
        var decision = pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        _output.ResetWrittenCount();
        HandshakeResponseWriter.Write(decision, _output);
        return _output.WrittenCount;
    }

    [Benchmark]
    public HttpRequestHead Parse() => _parser.Parse(ChromiumRequest).Head!;

    /// <summary>The decision is a value: its status is returned, so nothing is boxed.</summary>
    [Benchmark]
    public int Decide() => DecideCore().StatusCode;

    private HandshakeDecision DecideCore()
    {
        var pending = _processor.ProcessAsync(_head, _connection);
        return pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
    }

    /// <summary>The platform's SHA-1 one-shot on the accept input (the 24-byte key and the 36-byte GUID), alone.</summary>
    [Benchmark]
    public byte Sha1OneShot()
    {
#pragma warning disable CA5350 // the protocol's SHA-1, measured
        SHA1.HashData(AcceptInput, _hash);
#pragma warning restore CA5350
        return _hash[0];
    }

    /// <summary>The accept-input SHA-1 the core uses (<see cref="AcceptKeySha1"/>), on the same input.</summary>
    [Benchmark]
    public byte Sha1Accept()
    {
        AcceptKeySha1.Hash(AcceptInput.AsSpan(0, AcceptKeySha1.KeyLength), _hash);
        return _hash[0];
    }

    [Benchmark]
    public int Write101()
    {
        _output.ResetWrittenCount();
        HandshakeResponseWriter.Write(_decision, _output);
        return _output.WrittenCount;
    }
}
