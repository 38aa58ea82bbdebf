using System.Buffers;
using System.Net.WebSockets;
using AttrWs.Diagnostics;
using AttrWs.Handshake;
using AttrWs.Server;
using Microsoft.Extensions.Logging;

namespace AttrWs;

public sealed partial class WebSocketServer
{
    private async Task<bool> TryServePlainAsync(PlainRequestHandler handler, HttpRequestHead head, Stream stream)
    {
        PlainHttpResponse? response;
        try
        {
            response = await handler(head, _stopping.Token).ConfigureAwait(false);
            if (response is not null && !PlainResponseWriter.IsValid(response))
            {
                throw new InvalidOperationException("PlainRequestHandler returned an invalid response: use a status of 200..599 and a Content-Type without CR/LF.");
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ServerLog.PlainRequestHandlerFailed(_logger, head.Path, ex);
            response = PlainHttpResponse.Text(500, "Internal server error.");
        }

        if (response is null)
        {
            return false;
        }

        var output = new ArrayBufferWriter<byte>(256 + response.Body.Length);
        PlainResponseWriter.Write(response, output);
        await stream.WriteAsync(output.WrittenMemory, _stopping.Token).ConfigureAwait(false);
        await stream.FlushAsync(_stopping.Token).ConfigureAwait(false);
        return true;
    }

    private async Task RejectAsync(Stream stream, string connectionId, string path, HandshakeDecision decision)
    {
        Metrics.HandshakeRejected(decision.Reason, decision.StatusCode);
        // LogDetail was redacted by the processor (with the server's redactor); nothing secret reaches a log line.
        var detail = decision.LogDetail ?? "-";
        if (decision.Exception is { } exception)
        {
            ServerLog.HandshakeError(_logger, connectionId, path, detail, exception);
        }
        else if (decision.Reason == HandshakeRejectReason.InvalidApplicationResponse)
        {
            ServerLog.InvalidApplicationResponse(_logger, connectionId, path, detail);
        }
        else
        {
            ServerLog.HandshakeRejected(_logger, connectionId, path, decision.Reason, decision.StatusCode);
        }

        if (_logger.IsEnabled(LogLevel.Debug))
        {
            ServerLog.HandshakeRejectionDetail(_logger, connectionId, decision.Reason, decision.StatusCode, decision.Endpoint?.Name ?? "-", detail);
        }

        await WriteDecisionAsync(stream, decision).ConfigureAwait(false);
    }

    private async Task WriteDecisionAsync(Stream stream, HandshakeDecision decision)
    {
        var output = new ArrayBufferWriter<byte>(512);
        HandshakeResponseWriter.Write(decision, output);
        await stream.WriteAsync(output.WrittenMemory, _stopping.Token).ConfigureAwait(false);
        await stream.FlushAsync(_stopping.Token).ConfigureAwait(false);
    }

    private void OnHandshakeTimeout(string connectionId)
    {
        // Dropped without a response: a client this slow gets no more of the server's time.
        ServerLog.HandshakeTimedOut(_logger, connectionId);
        var decision = _processor!.Reject(HandshakeRejectReason.HandshakeTimeout, "No complete request head within the handshake timeout.", connectionId);
        Metrics.HandshakeRejected(decision.Reason, decision.StatusCode);
    }

    private HandshakeDecision ClientLimitedDecision(string connectionId, ClientAdmission client)
    {
        var retryAfter = new HttpHeaderCollection(1);
        retryAfter.Add("Retry-After", client.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return _processor!.Reject(HandshakeRejectReason.ClientLimited, client.Reason, connectionId, retryAfter);
    }

    private HandshakeDecision ServerBusyDecision(string connectionId)
        => _processor!.Reject(HandshakeRejectReason.ServerBusy, "The server is at its connection limit.", connectionId, _retryAfterHeader);
}
