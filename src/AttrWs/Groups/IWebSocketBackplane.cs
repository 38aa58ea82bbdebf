namespace AttrWs;

/// <summary>
/// Carries group, broadcast and connection sends between the nodes of a cluster, and counts group membership across
/// them. The node that sends always delivers to its own connections itself; the backplane brings the message to every
/// other node, whose <see cref="IWebSocketBackplaneHost.Deliver"/> delivers it to theirs.
/// </summary>
/// <remarks>
/// The default, <see cref="InMemoryWebSocketBackplane"/>, is a single node. Implementations must never block
/// <see cref="Publish"/> (buffer instead) and must deliver each message at most once per node.
/// Public on purpose: the host seam that backplane packages (AttrWs.Redis) and applications implement, with
/// <see cref="IWebSocketBackplaneHost"/> and <see cref="WebSocketBackplaneMessage"/> (docs/public-api.md).
/// </remarks>
public interface IWebSocketBackplane : IAsyncDisposable
{
    /// <summary>True while the backplane can reach the other nodes (always true for a single node).</summary>
    bool IsConnected { get; }

    /// <summary>Validates the options and starts carrying messages for <paramref name="host"/>.</summary>
    /// <param name="host">The node: delivers messages and reports its local membership.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>Completes when the backplane is running (it may still be reconnecting to its store).</returns>
    /// <exception cref="InvalidOperationException">An option is invalid (the message names it).</exception>
    Task StartAsync(IWebSocketBackplaneHost host, CancellationToken cancellationToken);

    /// <summary>Hands a message to the other nodes; never blocks (a disconnected backplane buffers within its bound).</summary>
    /// <param name="message">The message; the local node has already delivered it.</param>
    void Publish(WebSocketBackplaneMessage message);

    /// <summary>Tells the backplane that this node's member count of <paramref name="group"/> changed.</summary>
    /// <param name="group">The group.</param>
    void OnLocalMembershipChanged(string group);

    /// <summary>The number of members of a group across every live node.</summary>
    /// <param name="group">The group.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The count.</returns>
    ValueTask<long> GetMemberCountAsync(string group, CancellationToken cancellationToken);

    /// <summary>Stops: sends what it still can within the time given, leaves the cluster's membership, releases connections.</summary>
    /// <param name="cancellationToken">Cuts the flush short.</param>
    /// <returns>Completes when stopped.</returns>
    Task StopAsync(CancellationToken cancellationToken);
}

/// <summary>The node a backplane serves: local delivery, local membership, logging and metrics.</summary>
/// <remarks>Public on purpose: the other half of the <see cref="IWebSocketBackplane"/> seam; AttrWs implements it, backplanes call it.</remarks>
public interface IWebSocketBackplaneHost
{
    /// <summary>Delivers a message that another node sent to this node's recipients.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The number of local connections it was queued on.</returns>
    int Deliver(WebSocketBackplaneMessage message);

    /// <summary>This node's member count of a group.</summary>
    /// <param name="group">The group.</param>
    /// <returns>The count (0 for an unknown group).</returns>
    int GetLocalMemberCount(string group);

    /// <summary>This node's groups with their member counts (a snapshot; groups without members are absent).</summary>
    /// <returns>Group name and count pairs.</returns>
    IReadOnlyList<KeyValuePair<string, int>> GetLocalGroupCounts();

    /// <summary>Where the backplane logs; null for no logging.</summary>
    Microsoft.Extensions.Logging.ILoggerFactory? LoggerFactory { get; }

    /// <summary>Creates the backplane's meter; null: the backplane creates its own.</summary>
    System.Diagnostics.Metrics.IMeterFactory? MeterFactory { get; }
}
