namespace AttrWs.Redis;

/// <summary>An auto-reset signal one loop waits on (with a time limit) and any thread sets.</summary>
internal sealed class AsyncSignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Set()
    {
        try
        {
            _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already set: one wake-up covers every Set before it.
        }
        catch (ObjectDisposedException)
        {
            // Set after the owner was disposed (a late Redis event): nobody waits any more.
        }
    }

    public void Dispose() => _semaphore.Dispose();

    /// <summary>Waits for the signal or the timeout; throws when <paramref name="cancellationToken"/> is cancelled.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _semaphore.WaitAsync(timeout, cancellationToken);
}
