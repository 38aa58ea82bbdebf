namespace AttrWs;

/// <summary>
/// The default backplane: one node, nothing to set up. Sends reach this node's connections only (the node delivers
/// them itself), and member counts are this node's.
/// </summary>
public sealed class InMemoryWebSocketBackplane : IWebSocketBackplane
{
    private IWebSocketBackplaneHost? _host;

    /// <inheritdoc />
    public bool IsConnected => true;

    /// <inheritdoc />
    public Task StartAsync(IWebSocketBackplaneHost host, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        _host = host;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void Publish(WebSocketBackplaneMessage message)
    {
        // A single node: the sender already delivered to every local recipient.
    }

    /// <inheritdoc />
    public void OnLocalMembershipChanged(string group)
    {
    }

    /// <inheritdoc />
    public ValueTask<long> GetMemberCountAsync(string group, CancellationToken cancellationToken)
        => ValueTask.FromResult((long)(_host?.GetLocalMemberCount(group) ?? 0));

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
