using System.Runtime.InteropServices;

namespace AttrWs;

public sealed partial class WebSocketServer
{
    /// <summary>
    /// Keeps a console app serving until it is asked to stop, then stops gracefully: waits for Ctrl+C (SIGINT), SIGTERM,
    /// <paramref name="cancellationToken"/> or a <see cref="StopAsync"/> called elsewhere, and then runs
    /// <see cref="StopAsync"/> (every session gets close 1001). The signal is handled, so the process is not killed and the
    /// code after this call runs.
    /// </summary>
    /// <param name="cancellationToken">Stops the server as a signal would (for apps that decide to stop themselves).</param>
    /// <returns>Completes when the server is stopped.</returns>
    /// <exception cref="InvalidOperationException">The server was never started.</exception>
    public async Task WaitForShutdownAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _state) == 0)
        {
            throw new InvalidOperationException("Call StartAsync before WaitForShutdownAsync.");
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping.Token);
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true; // the default would end the process before StopAsync runs
            stop.Cancel();
        }

        using (PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal))
        using (PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal))
        {
            var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await using (stop.Token.Register(() => stopped.TrySetResult()).ConfigureAwait(false))
            {
                await stopped.Task.ConfigureAwait(false);
            }
        }

        await StopAsync(CancellationToken.None).ConfigureAwait(false);
    }
}
