using System.Buffers;
using System.Text;
using AttrWs.Handshake;
using AttrWs.Routing;

namespace AttrWs.ConformanceTests.Fuzzing;

/// <summary>
/// The properties every request head must satisfy, whatever its bytes: the parser and the processor never throw, the
/// processor (no hook, no authorizer) completes synchronously, the status is one of the decision table's, and the
/// response bytes are a well-formed HTTP/1.1 head. Thread-safe: CsCheck samples on several threads.
/// </summary>
public sealed class HeadOracle
{
    /// <summary>Statuses the decision table can produce for this configuration (no hook, no authorizer, no origin policy).</summary>
    public static readonly int[] TableStatuses = [101, 400, 401, 404, 405, 426, 431];

    private static readonly WebSocketConnectionInfo Connection = new("fuzz", null, null, false);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, long> _statuses = new();
    private long _cases;
    private long _accepted;

    public HeadOracle()
    {
        var options = new HandshakeSettings();
        options.AllowedHosts.Add("localhost");
        options.AllowedHosts.Add("127.0.0.1");
        var table = new RuntimeRouteTable();
        WebSocketEndpointHandler none = _ => ValueTask.CompletedTask;
        table.Add(new WebSocketEndpoint("/echo", none));
        table.Add(new WebSocketEndpoint("/chat", none) { SubProtocols = ["v2.chat", "v1.chat"] });
        table.Add(new WebSocketEndpoint("/opt", none) { SubProtocols = ["mqtt"], AllowMissingSubProtocol = true });
        table.Add(new WebSocketEndpoint("/rooms/{room}", none));
        table.Add(new WebSocketEndpoint("/deflate", none) { Deflate = DeflateMode.Enabled });
        table.Add(new WebSocketEndpoint("/secure", none) { Authorization = new EndpointAuthorization([new AuthorizationRequirement()], allowAnonymous: false) });
        Options = options;
        Parser = new RequestHeadParser(options);
        Processor = new HandshakeProcessor(options, [table]);
    }

    internal HandshakeSettings Options { get; }

    internal RequestHeadParser Parser { get; }

    internal HandshakeProcessor Processor { get; }

    /// <summary>How many heads were checked.</summary>
    public long Cases => Interlocked.Read(ref _cases);

    /// <summary>How many of them were accepted (101): the generators reach deep into the table, not just row 1.</summary>
    public long Accepted => Interlocked.Read(ref _accepted);

    /// <summary>How many heads got each status (incomplete heads are not counted).</summary>
    public IReadOnlyDictionary<int, long> Statuses => _statuses;

    /// <summary>Checks every property for <paramref name="bytes"/>; throws (xunit) on a violation.</summary>
    public void Check(byte[] bytes)
    {
        Interlocked.Increment(ref _cases);
        var result = Parser.Parse(bytes);

        // The one-pass path answers valid heads and hands the rest to the rule-by-rule parser: both agree on everything.
        var strict = Parser.ParseStrict(bytes);
        Assert.Equal(strict.Status, result.Status);
        Assert.Equal(strict.Reason, result.Reason);
        Assert.Equal(strict.Detail, result.Detail);
        Assert.Equal(strict.BytesConsumed, result.BytesConsumed);
        if (strict.Head is { } expected)
        {
            Assert.Equal(expected.Target, result.Head!.Target);
            foreach (var header in Enum.GetValues<KnownHeader>())
            {
                Assert.Equal(expected.CountOf(header), result.Head.CountOf(header));
                Assert.Equal(expected.GetValue(header), result.Head.GetValue(header));
            }

            Assert.Equal(expected.Headers.ToArray(), result.Head.Headers.ToArray());
        }

        HandshakeDecision decision;
        switch (result.Status)
        {
            case RequestHeadParseStatus.Incomplete:
                Assert.True(bytes.Length < Options.MaxRequestHeadBytes, "incomplete at or past the head limit");
                // Incomplete means: no blank line yet, and no bare LF (the parser rejects those as soon as it sees them).
                Assert.Equal(-1, bytes.AsSpan().IndexOf("\r\n\r\n"u8));
                Assert.False(bytes.AsSpan().StartsWith("\r\n"u8), "an empty request line is a rejection, not incomplete");
                for (var i = 0; i < bytes.Length; i++)
                {
                    Assert.True(bytes[i] != '\n' || (i > 0 && bytes[i - 1] == '\r'), "a bare LF must be rejected, not incomplete");
                }
                return;
            case RequestHeadParseStatus.Rejected:
                Assert.Contains(result.Reason, new[] { HandshakeRejectReason.MalformedRequest, HandshakeRejectReason.RequestHeadTooLarge, HandshakeRejectReason.TooManyHeaders });
                decision = Processor.Reject(result.Reason, result.Detail);
                break;
            case RequestHeadParseStatus.Complete:
                Assert.InRange(result.BytesConsumed, 4, bytes.Length);
                Assert.True(bytes.AsSpan(0, result.BytesConsumed).EndsWith("\r\n\r\n"u8), "a complete head ends with CRLF CRLF");
                Assert.NotNull(result.Head);
#pragma warning disable CA2012 // completion is asserted before the result is read: no blocking
                var pending = Processor.ProcessAsync(result.Head, Connection);
                Assert.True(pending.IsCompleted, "without a hook or authorizer the processor must complete synchronously");
                decision = pending.Result;
#pragma warning restore CA2012
                break;
            default:
                throw new InvalidOperationException("unknown parse status " + result.Status);
        }

        CheckDecision(decision);
    }

    private void CheckDecision(HandshakeDecision decision)
    {
        Assert.Contains(decision.StatusCode, TableStatuses);
        _statuses.AddOrUpdate(decision.StatusCode, 1, (_, n) => n + 1);
        if (decision.IsAccepted)
        {
            Interlocked.Increment(ref _accepted);
            Assert.Equal(101, decision.StatusCode);
            Assert.NotNull(decision.ClientKey);
            Assert.NotNull(decision.Endpoint);
            if (decision.SubProtocol is { } protocol)
            {
                Assert.Contains(protocol, decision.Context!.OfferedSubProtocols);
            }
        }
        else
        {
            Assert.Equal(HandshakeRejections.Get(decision.Reason).StatusCode, decision.StatusCode);
            Assert.Null(decision.Exception);
        }

        var output = new ArrayBufferWriter<byte>(512);
        HandshakeResponseWriter.Write(decision, output);
        CheckWireFormat(output.WrittenSpan, decision.StatusCode);
    }

    private static void CheckWireFormat(ReadOnlySpan<byte> response, int status)
    {
        var prefix = Encoding.ASCII.GetBytes($"HTTP/1.1 {status} ");
        Assert.True(response.StartsWith(prefix), "status line");
        var end = response.IndexOf("\r\n\r\n"u8);
        Assert.True(end > 0, "the response head ends with CRLF CRLF");
        var head = response[..(end + 2)];
        for (var i = 0; i < head.Length; i++)
        {
            // Every line ends with CRLF; no lone CR or LF can split a header (response splitting).
            if (head[i] == '\r')
            {
                Assert.True(i + 1 < head.Length && head[i + 1] == '\n', "lone CR in the response head");
            }
            else if (head[i] == '\n')
            {
                Assert.True(i > 0 && head[i - 1] == '\r', "bare LF in the response head");
            }
        }

        var text = Encoding.Latin1.GetString(response);
        var lengthAt = text.IndexOf("\r\nContent-Length: ", StringComparison.OrdinalIgnoreCase);
        if (status != 101)
        {
            Assert.True(lengthAt > 0, "a rejection carries Content-Length");
            var valueStart = lengthAt + "\r\nContent-Length: ".Length;
            var length = int.Parse(text[valueStart..text.IndexOf('\r', valueStart)], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(response.Length - (end + 4), length);
        }
        else
        {
            Assert.Equal(response.Length, end + 4);
        }
    }
}
