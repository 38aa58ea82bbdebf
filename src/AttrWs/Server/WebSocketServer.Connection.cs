using System.Buffers;
using System.Net.Security;
using System.Net.Sockets;
using System.Net.WebSockets;
using AttrWs.Diagnostics;
using AttrWs.Handshake;
using AttrWs.Server;
using Microsoft.Extensions.Logging;

namespace AttrWs;

public sealed partial class WebSocketServer
{
    private async Task AcceptLoopAsync(Socket listener)
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listener.AcceptAsync(_stopping.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
            catch (SocketException ex)
            {
                if (_stopping.IsCancellationRequested)
                {
                    return;
                }

                // E.g. out of file descriptors: log, breathe, keep serving.
                ServerLog.AcceptFailed(_logger, ex);
                await Task.Delay(10).ConfigureAwait(false);
                continue;
            }

            // Counted here, before the connection's task starts, so StopAsync never misses one still running.
            Interlocked.Increment(ref _liveConnections);
            _ = HandleConnectionAsync(client);
        }
    }

    /// <summary>
    /// One connection from accept to close: admission, TLS, the handshake, the session and its endpoint, then the
    /// stream's disposal, all in this one method. Each async method a connection passes through stays suspended, one
    /// state machine on the heap, for as long as the connection is open; so the steps that finish before the endpoint
    /// runs (the handshake, building the session) are separate methods whose frames are gone by then, and this one keeps
    /// only what the end of the connection needs.
    /// </summary>
    private async Task HandleConnectionAsync(Socket socket)
    {
        try
        {
            // Leave the accept loop at once: everything below runs on the thread pool.
            await Task.Yield();
            var connectionId = ConnectionIds.Next();
            using var client = ClientLimits.Admit(_clientLimits, socket.RemoteEndPoint); // per address (429), before the server-wide limit
            var admitted = Interlocked.Increment(ref _activeConnections) <= Options.Limits.MaxConnections;
            if (!admitted)
            {
                Interlocked.Decrement(ref _activeConnections);
            }

            Stream stream = new SocketStream(socket, Metrics);
            SslStream? tls = null;
            try
            {
                socket.NoDelay = true;
                tls = Options.Certificate is null ? null : new SslStream(stream, leaveInnerStreamOpen: false);
                var session = await AcceptAsync(socket, stream, tls, connectionId, admitted, client).ConfigureAwait(false);
                if (session is not null)
                {
                    _sessions!.Open(session, _stopping.Token);
                    try
                    {
                        Exception? failure = null;
                        try
                        {
                            await session.Endpoint.Handler(session).ConfigureAwait(false);
                        }
                        catch (Exception ex)
                        {
                            failure = ex;
                        }

                        await _sessions.EndAsync(session, failure).ConfigureAwait(false);
                    }
                    finally
                    {
                        _sessions.Remove(session);
                        session.WebSocket.Dispose();
                        session.Lifetime!.Dispose();
                    }
                }
            }
            catch (Exception ex)
            {
                // Whatever happens to one connection, the server keeps serving.
                ServerLog.ConnectionFailed(_logger, connectionId, ex);
            }
            finally
            {
                try
                {
                    if (tls is not null)
                    {
                        await tls.DisposeAsync().ConfigureAwait(false);
                    }
                }
                catch (Exception ex)
                {
                    ServerLog.ConnectionFailed(_logger, connectionId, ex);
                }
                finally
                {
                    await stream.DisposeAsync().ConfigureAwait(false);
                    if (admitted)
                    {
                        Interlocked.Decrement(ref _activeConnections);
                    }
                }
            }
        }
        finally
        {
            if (Interlocked.Decrement(ref _liveConnections) == 0 && _stopping.IsCancellationRequested)
            {
                _connectionsDrained.TrySetResult();
            }
        }
    }

    /// <summary>The handshake, under one budget from accept to the 101 (TLS, the request head, authenticators, policies, the hook).</summary>
    /// <returns>The session of the accepted connection (not yet registered), or null when the connection ends here.</returns>
    private async Task<WebSocketSession?> AcceptAsync(Socket socket, Stream transport, SslStream? tls, string connectionId, bool admitted, ClientAdmission client)
    {
        AcceptedHandshake? accepted;
        using (var handshake = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token))
        {
            handshake.CancelAfter(Options.Limits.HandshakeTimeout);
            accepted = await HandshakeAsync(socket, transport, tls, connectionId, admitted, client, handshake).ConfigureAwait(false);
        }

        if (accepted is null)
        {
            return null;
        }

        Metrics.HandshakeAccepted();
        return CreateSession(accepted);
    }

    /// <returns>The accepted handshake (its 101 written), or null when the connection ends here.</returns>
    private async Task<AcceptedHandshake?> HandshakeAsync(
        Socket socket, Stream transport, SslStream? tls, string connectionId, bool admitted, ClientAdmission client, CancellationTokenSource handshake)
    {
        var stream = transport;
        RequestHeadReadResult read;
        try
        {
            if (tls is not null)
            {
                stream = tls;
                await tls.AuthenticateAsServerAsync(
                    new SslServerAuthenticationOptions { ServerCertificate = Options.Certificate, EnabledSslProtocols = Options.SslProtocols },
                    handshake.Token).ConfigureAwait(false);
            }

            read = await RequestHeadReader.ReadAsync(stream, _parser!, Options.Limits.MaxRequestHeadBytes, handshake.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!_stopping.IsCancellationRequested)
        {
            OnHandshakeTimeout(connectionId);
            return null;
        }

        var result = read.Result;
        if (result.Status == RequestHeadParseStatus.Incomplete)
        {
            return null; // The peer closed before sending a whole head.
        }

        if (result.Status == RequestHeadParseStatus.Rejected)
        {
            await RejectAsync(stream, connectionId, "-", _processor!.Reject(result.Reason, result.Detail, connectionId)).ConfigureAwait(false);
            return null;
        }

        var head = result.Head!;
        if (_logger.IsEnabled(LogLevel.Trace))
        {
            var redactedTarget = _redactor!.RedactTarget(head.Target);
            var redactedHeaders = _redactor!.RedactHeaders(head.Headers);
            ServerLog.HandshakeRequest(_logger, connectionId, head.Method, redactedTarget, redactedHeaders);
        }

        if (client.IsRefused)
        {
            await RejectAsync(stream, connectionId, head.Path, ClientLimitedDecision(connectionId, client)).ConfigureAwait(false);
            return null;
        }

        if (!admitted)
        {
            ServerLog.ServerBusy(_logger, connectionId, Options.Limits.MaxConnections);
            await RejectAsync(stream, connectionId, head.Path, ServerBusyDecision(connectionId)).ConfigureAwait(false);
            return null;
        }

        if (Options.PlainRequestHandler is { } plain && !head.Headers.Contains("Upgrade")
            && await TryServePlainAsync(plain, head, stream).ConfigureAwait(false))
        {
            return null;
        }

        var info = new WebSocketConnectionInfo(connectionId, socket.RemoteEndPoint, socket.LocalEndPoint, stream != transport);
        var pending = _processor!.ProcessAsync(head, info, handshake.Token);
        HandshakeDecision decision;
        var clientLeft = false;
        if (pending.IsCompleted)
        {
            decision = await pending.ConfigureAwait(false);
        }
        else
        {
            // Application code is running (an async authenticator, policy or hook): watch for the client leaving meanwhile.
            using var stopWatching = CancellationTokenSource.CreateLinkedTokenSource(handshake.Token);
            var watcher = WatchForDisconnectAsync(socket, handshake, stopWatching.Token);
            decision = await pending.ConfigureAwait(false);
            await stopWatching.CancelAsync().ConfigureAwait(false);
            clientLeft = await watcher.ConfigureAwait(false);
        }

        if (handshake.IsCancellationRequested)
        {
            // Timed out, stopping or the client left before the 101: never handed to an endpoint.
            AbandonHandshake(connectionId, head.Path, decision, clientLeft);
            return null;
        }

        if (!decision.IsAccepted)
        {
            await RejectAsync(stream, connectionId, head.Path, decision).ConfigureAwait(false);
            return null;
        }

        var output = new ArrayBufferWriter<byte>(512);
        HandshakeResponseWriter.Write(decision, output);
        await stream.WriteAsync(output.WrittenMemory, handshake.Token).ConfigureAwait(false);
        await stream.FlushAsync(handshake.Token).ConfigureAwait(false);
        return new AcceptedHandshake(stream, head, info, decision, read.Leftover);
    }

    private void AbandonHandshake(string connectionId, string path, HandshakeDecision decision, bool clientLeft)
    {
        if (clientLeft)
        {
            ServerLog.ClientLeftDuringHandshake(_logger, connectionId, path);
            return;
        }

        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        // The timeout elapsed while application code ran: dropped without a response, counted as a timeout rejection.
        ServerLog.HandshakeTimedOutInApplication(_logger, connectionId, path);
        var timedOut = decision.Reason == HandshakeRejectReason.HandshakeTimeout
            ? decision // the processor already reported it (the application honoured the token)
            : _processor!.Reject(HandshakeRejectReason.HandshakeTimeout, "The handshake timeout elapsed while application code ran.", connectionId);
        Metrics.HandshakeRejected(timedOut.Reason, timedOut.StatusCode);
    }

    /// <summary>
    /// Waits (one pending peek, no polling) until the client closes or resets the connection, then cancels the handshake.
    /// Bytes arriving instead (a client sending early) end the watch: that client is still there.
    /// </summary>
    /// <returns>True when the client left.</returns>
    private static async Task<bool> WatchForDisconnectAsync(Socket socket, CancellationTokenSource handshake, CancellationToken stop)
    {
        var probe = new byte[1];
        try
        {
            var read = await socket.ReceiveAsync(probe, SocketFlags.Peek, stop).ConfigureAwait(false);
            if (read > 0)
            {
                return false;
            }
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        catch (SocketException)
        {
            // Reset by the peer: gone as well.
        }
        catch (ObjectDisposedException)
        {
            return false;
        }

        await handshake.CancelAsync().ConfigureAwait(false);
        return true;
    }

    /// <summary>A handshake whose 101 was written: what the session needs.</summary>
    private sealed record AcceptedHandshake(Stream Stream, HttpRequestHead Head, WebSocketConnectionInfo Info, HandshakeDecision Decision, byte[] Leftover);
}
