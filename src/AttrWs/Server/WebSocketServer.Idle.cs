using System.Net.WebSockets;
using AttrWs.Diagnostics;

namespace AttrWs;

public sealed partial class WebSocketServer
{
    /// <summary>
    /// Closes sessions that received no message for <see cref="WebSocketServerLimits.IdleTimeout"/>. One sweep for the
    /// whole server (a few times per timeout, at most once a second) instead of a timer per session.
    /// </summary>
    private async Task SweepIdleSessionsAsync(CancellationToken stopping)
    {
        var idle = Options.Limits.IdleTimeout;
        var period = TimeSpan.FromTicks(Math.Clamp(idle.Ticks / 4, TimeSpan.TicksPerMillisecond * 10, TimeSpan.TicksPerSecond));
        using var timer = new PeriodicTimer(period);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping).ConfigureAwait(false))
            {
                var now = Environment.TickCount64;
                foreach (var session in Connections)
                {
                    if (!session.IsClosing && now - session.LastReceiveTimestamp >= (long)idle.TotalMilliseconds)
                    {
                        ServerLog.IdleTimeout(_logger, session.ConnectionId, idle);
                        _ = session.CloseAsync(WebSocketCloseStatus.EndpointUnavailable, "idle timeout", CancellationToken.None);
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The server is stopping.
        }
    }
}
