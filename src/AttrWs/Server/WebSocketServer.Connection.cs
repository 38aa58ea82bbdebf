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
            await HandleConnectionAsync(client).ConfigureAwait(false);
        }
        finally
        {
            _connectionTasks.TryRemove(id, out _);
        }
    }

    private async Task HandleConnectionAsync(Socket socket)
    {
        // Leave the accept loop at once: everything below runs on the thread pool.
        await Task.Yield();
        var connectionId = ConnectionIds.Next();
        using var client = ClientLimits.Admit(_clientLimits, socket.RemoteEndPoint); // per address (429), before the server-wide limit
        var admitted = Interlocked.Increment(ref _activeConnections) <= Options.MaxConnections;
        if (!admitted)
        {
            Interlocked.Decrement(ref _activeConnections);
        }

        Stream stream = new CountingStream(new NetworkStream(socket, ownsSocket: true), Metrics);
        try
        {
            socket.NoDelay = true;
            await ServeConnectionAsync(socket, stream, connectionId, admitted, client).ConfigureAwait(false);
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

    private async Task ServeConnectionAsync(Socket socket, Stream transport, string connectionId, bool admitted, ClientAdmission client)
    {
        var tls = Options.Certificate is null ? null : new SslStream(transport, leaveInnerStreamOpen: false);
        try
        {
            await ServeAsync(socket, transport, tls, connectionId, admitted, client).ConfigureAwait(false);
        }
        finally
        {
            if (tls is not null)
            {
                await tls.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task ServeAsync(Socket socket, Stream transport, SslStream? tls, string connectionId, bool admitted, ClientAdmission client)
    {
        var stream = transport;
        RequestHeadReadResult read;
        using (var handshakeTimeout = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token))
        {
            handshakeTimeout.CancelAfter(Options.HandshakeTimeout);
            try
            {
                if (tls is not null)
                {
                    stream = tls;
                    await tls.AuthenticateAsServerAsync(
                        new SslServerAuthenticationOptions { ServerCertificate = Options.Certificate, EnabledSslProtocols = Options.SslProtocols },
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
            await RejectAsync(stream, connectionId, "-", _processor!.Reject(result.Reason, result.Detail, connectionId)).ConfigureAwait(false);
            return;
        }

        var head = result.Head!;
        if (_logger.IsEnabled(LogLevel.Trace))
        {
            var redactedTarget = Options.Redaction.RedactTarget(head.Target);
            var redactedHeaders = Options.Redaction.RedactHeaders(head.Headers);
            ServerLog.HandshakeRequest(_logger, connectionId, head.Method, redactedTarget, redactedHeaders);
        }

        if (client.IsRefused)
        {
            await RejectAsync(stream, connectionId, head.Path, ClientLimitedDecision(connectionId, client)).ConfigureAwait(false);
            return;
        }

        if (!admitted)
        {
            ServerLog.ServerBusy(_logger, connectionId, Options.MaxConnections);
            await RejectAsync(stream, connectionId, head.Path, ServerBusyDecision(connectionId)).ConfigureAwait(false);
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
        // Clients almost always wait for the 101 before sending frames: only then is there nothing to replay, and the
        // session reads the transport directly (one stream layer fewer per connection).
        var sessionStream = read.Leftover.Length == 0 ? stream : new ReplayStream(stream, read.Leftover);
        await RunSessionAsync(sessionStream, head, info, decision).ConfigureAwait(false);
    }
}
