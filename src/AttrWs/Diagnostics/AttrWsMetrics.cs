using System.Diagnostics.Metrics;
using AttrWs.Handshake;

namespace AttrWs.Diagnostics;

/// <summary>
/// The <c>AttrWs</c> meter's instruments. Each server owns one meter (created by its <see cref="IMeterFactory"/> when
/// one is configured), so listeners can tell servers apart by <see cref="Meter.Scope"/>.
/// </summary>
internal sealed class AttrWsMetrics : IDisposable
{
    /// <summary>The meter name listeners subscribe to.</summary>
    public const string MeterName = "AttrWs";

    private readonly UpDownCounter<long> _connectionsCurrent;
    private readonly Counter<long> _connectionsTotal;
    private readonly Counter<long> _handshakesAccepted;
    private readonly Counter<long> _handshakesRejected;
    private readonly Counter<long> _messagesReceived;
    private readonly Counter<long> _messagesSent;
    private readonly Counter<long> _bytesReceived;
    private readonly Counter<long> _bytesSent;
    private readonly Counter<long> _sendQueueOverflows;
    private readonly bool _ownsMeter;

    public AttrWsMetrics(IMeterFactory? factory, object? scope)
    {
        // A factory (the host's) sets the scope itself and rejects a custom one.
        var options = new MeterOptions(MeterName) { Scope = factory is null ? scope : null };
        Meter = factory?.Create(options) ?? new Meter(options);
        _ownsMeter = factory is null;
        _connectionsCurrent = Meter.CreateUpDownCounter<long>("attrws.connections.current", "{connection}", "Open WebSocket sessions.");
        _connectionsTotal = Meter.CreateCounter<long>("attrws.connections.total", "{connection}", "WebSocket sessions opened since start.");
        _handshakesAccepted = Meter.CreateCounter<long>("attrws.handshakes.accepted", "{handshake}", "Opening handshakes answered with 101.");
        _handshakesRejected = Meter.CreateCounter<long>("attrws.handshakes.rejected", "{handshake}", "Opening handshakes rejected, by reason and status.");
        _messagesReceived = Meter.CreateCounter<long>("attrws.messages.received", "{message}", "Whole messages received.");
        _messagesSent = Meter.CreateCounter<long>("attrws.messages.sent", "{message}", "Whole messages sent.");
        _bytesReceived = Meter.CreateCounter<long>("attrws.bytes.received", "By", "Bytes read from the wire (after TLS, before inflate: handshake and frames).");
        _bytesSent = Meter.CreateCounter<long>("attrws.bytes.sent", "By", "Bytes written to the wire (frames after deflate, handshake responses).");
        _sendQueueOverflows = Meter.CreateCounter<long>("attrws.send_queue.overflows", "{session}", "Sessions closed with 1008 because their send queue was full.");
    }

    public Meter Meter { get; }

    public void SessionOpened()
    {
        _connectionsCurrent.Add(1);
        _connectionsTotal.Add(1);
    }

    public void SessionClosed() => _connectionsCurrent.Add(-1);

    public void HandshakeAccepted() => _handshakesAccepted.Add(1);

    public void HandshakeRejected(HandshakeRejectReason reason, int status)
        => _handshakesRejected.Add(
            1,
            new KeyValuePair<string, object?>("reason", ReasonName(reason)),
            new KeyValuePair<string, object?>("status", status));

    public void MessageReceived() => _messagesReceived.Add(1);

    public void MessageSent() => _messagesSent.Add(1);

    public void BytesReceived(int count) => _bytesReceived.Add(count);

    public void BytesSent(int count) => _bytesSent.Add(count);

    public void SendQueueFull() => _sendQueueOverflows.Add(1);

    public void Dispose()
    {
        if (_ownsMeter)
        {
            Meter.Dispose();
        }
    }

    // Enum.ToString is reflection-free for named values but allocates each time; the reason set is small and fixed.
    private static string ReasonName(HandshakeRejectReason reason) => reason switch
    {
        HandshakeRejectReason.MalformedRequest => nameof(HandshakeRejectReason.MalformedRequest),
        HandshakeRejectReason.RequestHeadTooLarge => nameof(HandshakeRejectReason.RequestHeadTooLarge),
        HandshakeRejectReason.TooManyHeaders => nameof(HandshakeRejectReason.TooManyHeaders),
        HandshakeRejectReason.MethodNotAllowed => nameof(HandshakeRejectReason.MethodNotAllowed),
        HandshakeRejectReason.NotFound => nameof(HandshakeRejectReason.NotFound),
        HandshakeRejectReason.UpgradeRequired => nameof(HandshakeRejectReason.UpgradeRequired),
        HandshakeRejectReason.BadUpgradeHeaders => nameof(HandshakeRejectReason.BadUpgradeHeaders),
        HandshakeRejectReason.UnsupportedVersion => nameof(HandshakeRejectReason.UnsupportedVersion),
        HandshakeRejectReason.BadKey => nameof(HandshakeRejectReason.BadKey),
        HandshakeRejectReason.HostNotAllowed => nameof(HandshakeRejectReason.HostNotAllowed),
        HandshakeRejectReason.OriginNotAllowed => nameof(HandshakeRejectReason.OriginNotAllowed),
        HandshakeRejectReason.Unauthenticated => nameof(HandshakeRejectReason.Unauthenticated),
        HandshakeRejectReason.Forbidden => nameof(HandshakeRejectReason.Forbidden),
        HandshakeRejectReason.NoAcceptableSubProtocol => nameof(HandshakeRejectReason.NoAcceptableSubProtocol),
        HandshakeRejectReason.RejectedByApplication => nameof(HandshakeRejectReason.RejectedByApplication),
        HandshakeRejectReason.InvalidApplicationResponse => nameof(HandshakeRejectReason.InvalidApplicationResponse),
        HandshakeRejectReason.ApplicationError => nameof(HandshakeRejectReason.ApplicationError),
        HandshakeRejectReason.ServerBusy => nameof(HandshakeRejectReason.ServerBusy),
        HandshakeRejectReason.HandshakeTimeout => nameof(HandshakeRejectReason.HandshakeTimeout),
        _ => reason.ToString(),
    };
}
