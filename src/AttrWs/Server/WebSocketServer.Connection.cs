using System.Buffers;
using System.Net.Security;
using System.Net.Sockets;
using System.Net.WebSockets;
using AttrWs.Diagnostics;
using AttrWs.Handshake;
using AttrWs.Server;

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

            var id = Interlocked.Increment(ref _nextConnection);
            var task = TrackConnectionAsync(client, id);
            _connectionTasks[id] = task;
            if (task.IsCompleted)
            {
                _connectionTasks.TryRemove(id, out _);
            }
        }
    }

    private async Task TrackConnectionAsync(Socket client, long id)
    {
        try
        {
            await HandleConnectionAsync(client, id).ConfigureAwait(false);
        }
        finally
        {
            _connectionTasks.TryRemove(id, out _);
        }
    }

    private async Task HandleConnectionAsync(Socket socket, long sequence)
    {
        // Leave the accept loop at once: everything below runs on the thread pool.
        await Task.Yield();
        var connectionId = _connectionIdPrefix + sequence.ToString("X8", System.Globalization.CultureInfo.InvariantCulture);
        var admitted = Interlocked.Increment(ref _activeConnections) <= Options.MaxConnections;
        if (!admitted)
        {
            Interlocked.Decrement(ref _activeConnections);
        }

        Stream stream = new CountingStream(new NetworkStream(socket, ownsSocket: true), Metrics);
        try
        {
            socket.NoDelay = true;
            await ServeConnectionAsync(socket, stream, connectionId, admitted).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // Whatever happens to one connection, the server keeps serving.
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

    private async Task ServeConnectionAsync(Socket socket, Stream transport, string connectionId, bool admitted)
    {
        var stream = transport;
        RequestHeadReadResult read;
        using (var handshakeTimeout = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token))
        {
            handshakeTimeout.CancelAfter(Options.HandshakeTimeout);
            try
            {
                if (Options.Certificate is { } certificate)
                {
                    var ssl = new SslStream(transport, leaveInnerStreamOpen: false);
                    stream = ssl;
                    await ssl.AuthenticateAsServerAsync(
                        new SslServerAuthenticationOptions { ServerCertificate = certificate, EnabledSslProtocols = Options.SslProtocols },
                        handshakeTimeout.Token).ConfigureAwait(false);
                }

                read = await RequestHeadReader.ReadAsync(stream, _parser!, Options.Handshake.MaxRequestHeadBytes, handshakeTimeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!_stopping.IsCancellationRequested)
            {
                OnHandshakeTimeout(connectionId);
                return;
            }
        }

        var result = read.Result;
        if (result.Status == RequestHeadParseStatus.Incomplete)
        {
            return; // The peer closed before sending a whole head.
        }

        if (result.Status == RequestHeadParseStatus.Rejected)
        {
            await RejectAsync(stream, connectionId, "-", _processor!.Reject(result.Reason, result.Detail ?? string.Empty)).ConfigureAwait(false);
            return;
        }

        var head = result.Head!;
        if (!admitted)
        {
            ServerLog.ServerBusy(_logger, connectionId, Options.MaxConnections);
            await RejectAsync(stream, connectionId, head.Path, ServerBusyDecision()).ConfigureAwait(false);
            return;
        }

        if (Options.PlainRequestHandler is { } plain && !head.Headers.Contains("Upgrade")
            && await TryServePlainAsync(plain, head, stream).ConfigureAwait(false))
        {
            return;
        }

        var info = new WebSocketConnectionInfo(connectionId, socket.RemoteEndPoint, socket.LocalEndPoint, stream != transport);
        var decision = await _processor!.ProcessAsync(head, info, _stopping.Token).ConfigureAwait(false);
        if (!decision.IsAccepted)
        {
            await RejectAsync(stream, connectionId, head.Path, decision).ConfigureAwait(false);
            return;
        }

        await WriteDecisionAsync(stream, decision).ConfigureAwait(false);
        Metrics.HandshakeAccepted();
        await RunSessionAsync(new ReplayStream(stream, read.Leftover), head, info, decision).ConfigureAwait(false);
    }

    private async Task RunSessionAsync(Stream stream, HttpRequestHead head, WebSocketConnectionInfo info, HandshakeDecision decision)
    {
        var endpoint = decision.Endpoint!;
        using var lifetime = new CancellationTokenSource();
        // MaskEnforcingStream: the BCL framing does not reject unmasked client frames (RFC 6455 §5.1); see that class.
        using var webSocket = WebSocket.CreateFromStream(new MaskEnforcingStream(stream), new WebSocketCreationOptions
        {
            IsServer = true,
            SubProtocol = decision.SubProtocol,
            KeepAliveInterval = Options.KeepAliveInterval,
            KeepAliveTimeout = Options.KeepAliveTimeout,
            DangerousDeflateOptions = decision.DeflateOptions,
        });
        var session = new WebSocketSession
        {
            ConnectionId = info.ConnectionId,
            RequestTarget = head.Target,
            Path = head.Path,
            Query = head.Query,
            RouteValues = decision.RouteValues,
            RequestHeaders = head.Headers,
            SubProtocol = decision.SubProtocol,
            User = decision.User,
            RemoteEndPoint = info.RemoteEndPoint,
            Endpoint = endpoint,
            OpenRequest = decision.Context ?? new WebSocketOpenRequestContext(head, info),
            Services = Options.Services,
            Aborted = lifetime.Token,
            Lifetime = lifetime,
            WebSocket = webSocket,
            Metrics = Metrics,
            Options = new WebSocketSessionOptions
            {
                MaxMessageSize = Options.MaxMessageSize,
                ReceiveBufferSize = Options.ReceiveBufferSize,
                SendQueueLimit = Options.SendQueueLimit,
                CloseTimeout = Options.CloseTimeout,
            },
        };

        Connections.TryAdd(session);
        Metrics.SessionOpened();
        ServerLog.SessionOpened(_logger, info.ConnectionId, head.Path, endpoint.Name);
        try
        {
            WebSocketCloseStatus status;
            string? reason = null;
            try
            {
                await endpoint.Handler(session).ConfigureAwait(false);
                status = WebSocketCloseStatus.NormalClosure;
            }
            catch (Exception ex)
            {
                ServerLog.EndpointFailed(_logger, endpoint.Name, info.ConnectionId, ex);
                status = WebSocketCloseStatus.InternalServerError;
                reason = "internal error";
            }

            // Joins a close already under way (the peer's or the server's); otherwise closes with the handler's outcome.
            await session.CloseAsync(status, reason).ConfigureAwait(false);
        }
        finally
        {
            Connections.Remove(session);
            Metrics.SessionClosed();
            session.CancelLifetime();
            session.ReleaseReceiveBuffer();
            ServerLog.SessionEnded(_logger, info.ConnectionId, session.CloseStatus);
        }
    }

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
        if (decision.Exception is { } exception)
        {
            ServerLog.HandshakeError(_logger, connectionId, path, exception);
        }
        else
        {
            ServerLog.HandshakeRejected(_logger, connectionId, path, decision.Reason, decision.StatusCode);
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
        var decision = _processor!.Reject(HandshakeRejectReason.HandshakeTimeout, "No complete request head within the handshake timeout.");
        Metrics.HandshakeRejected(decision.Reason, decision.StatusCode);
    }

    private HandshakeDecision ServerBusyDecision()
        => _processor!.Reject(HandshakeRejectReason.ServerBusy, "The server is at its connection limit.");
}
