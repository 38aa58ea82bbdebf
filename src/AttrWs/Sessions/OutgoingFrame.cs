using System.Net.WebSockets;

namespace AttrWs.Sessions;

/// <summary>One queued send (a whole message or the close frame) of a session's send queue.</summary>
internal sealed class OutgoingFrame
{
    public ReadOnlyMemory<byte> Data { get; init; }

    public WebSocketMessageType Type { get; init; }

    /// <summary>A pooled array holding <see cref="Data"/>, returned once the frame is done.</summary>
    public byte[]? Rented { get; init; }

    public bool IsClose { get; init; }

    public WebSocketCloseStatus CloseStatus { get; init; }

    public string? CloseReason { get; init; }

    /// <summary>Completes when the frame was written (or fails); null for fire-and-forget sends (broadcasts).</summary>
    public TaskCompletionSource? Completion { get; init; }

    /// <summary>A frame whose token is cancelled before it is written is skipped.</summary>
    public CancellationToken Cancellation { get; init; }

    public void Succeed()
    {
        Release();
        Completion?.TrySetResult();
    }

    public void Fail(Exception exception)
    {
        Release();
        Completion?.TrySetException(exception);
    }

    public void Cancel()
    {
        Release();
        Completion?.TrySetCanceled(Cancellation);
    }

    /// <summary>Releases a frame that never entered the queue (its caller gets the exception directly).</summary>
    public void Discard() => Release();

    private void Release()
    {
        if (Rented is { } rented)
        {
            MessageBuffers.Return(rented);
        }
    }
}
