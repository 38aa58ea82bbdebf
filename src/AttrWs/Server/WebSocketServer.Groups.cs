using AttrWs.Groups;

namespace AttrWs;

public sealed partial class WebSocketServer
{
    private readonly WebSocketGroupManager _groups;

    /// <summary>
    /// Groups and cluster-wide sends: join and leave by connection id, send to a group, to all, to all but some, to one
    /// connection id (on any node with <see cref="WebSocketServerOptions.Backplane"/>), and member counts.
    /// </summary>
    public IWebSocketGroups Groups => _groups;

    private WebSocketGroupManager CreateGroups()
        => new(Connections, Options.Backplane ?? new InMemoryWebSocketBackplane(), Options.LoggerFactory, Options.MeterFactory, Metrics.Meter);

    private async Task StartGroupsAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _groups.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // An invalid backplane option fails the start: release the listeners bound a moment ago.
            await StopAsync(CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    private async Task StopGroupsAsync()
    {
        try
        {
            using var flush = new CancellationTokenSource(Options.Limits.ShutdownTimeout);
            await _groups.StopAsync(flush.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            GroupLog.BackplaneStopFailed(_logger, ex);
        }
    }
}
