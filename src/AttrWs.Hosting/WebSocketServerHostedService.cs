using Microsoft.Extensions.Hosting;

namespace AttrWs.Hosting;

/// <summary>Whether the hosted server listens (read by the health check).</summary>
internal sealed class WebSocketServerStatus
{
    private int _listening;

    public bool IsListening => Volatile.Read(ref _listening) == 1;

    public void Set(bool listening) => Volatile.Write(ref _listening, listening ? 1 : 0);
}

/// <summary>
/// Starts the <see cref="WebSocketServer"/> with the host and stops it on host shutdown: no new connections, close 1001
/// to every session, and a wait bounded by both <see cref="WebSocketServerLimits.ShutdownTimeout"/> and the host's
/// shutdown timeout (its cancellation token), after which the remaining sessions are aborted.
/// </summary>
internal sealed class WebSocketServerHostedService(WebSocketServer server, WebSocketServerStatus status) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await server.StartAsync(cancellationToken).ConfigureAwait(false);
        status.Set(true);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        status.Set(false);
        return server.StopAsync(cancellationToken);
    }
}
