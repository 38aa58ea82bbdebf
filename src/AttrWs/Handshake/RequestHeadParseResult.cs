namespace AttrWs.Handshake;

/// <summary>What <see cref="RequestHeadParser.Parse"/> found in the bytes received so far.</summary>
internal enum RequestHeadParseStatus
{
    /// <summary>No end of head yet and still under the size limit: read more and call again with everything received.</summary>
    Incomplete = 0,

    /// <summary>A complete, valid head: <see cref="RequestHeadParseResult.Head"/> and <see cref="RequestHeadParseResult.BytesConsumed"/> are set.</summary>
    Complete = 1,

    /// <summary>The head is invalid or too large: answer with <see cref="RequestHeadParseResult.Reason"/> and close.</summary>
    Rejected = 2,
}

/// <summary>The result of <see cref="RequestHeadParser.Parse"/>.</summary>
internal readonly struct RequestHeadParseResult
{
    private RequestHeadParseResult(RequestHeadParseStatus status, HttpRequestHead? head, int bytesConsumed, HandshakeRejectReason reason, string? detail)
    {
        Status = status;
        Head = head;
        BytesConsumed = bytesConsumed;
        Reason = reason;
        Detail = detail;
    }

    /// <summary>Incomplete, complete or rejected.</summary>
    public RequestHeadParseStatus Status { get; }

    /// <summary>The parsed head when complete.</summary>
    public HttpRequestHead? Head { get; }

    /// <summary>When complete, the bytes the head used (through the blank line); later bytes belong to the WebSocket.</summary>
    public int BytesConsumed { get; }

    /// <summary>When rejected, why.</summary>
    public HandshakeRejectReason Reason { get; }

    /// <summary>When rejected, a one-line explanation naming the rule broken.</summary>
    public string? Detail { get; }

    internal static RequestHeadParseResult Incomplete => default;

    internal static RequestHeadParseResult Complete(HttpRequestHead head, int bytesConsumed) =>
        new(RequestHeadParseStatus.Complete, head, bytesConsumed, HandshakeRejectReason.None, null);

    internal static RequestHeadParseResult Reject(HandshakeRejectReason reason, string detail) =>
        new(RequestHeadParseStatus.Rejected, null, 0, reason, detail);
}
