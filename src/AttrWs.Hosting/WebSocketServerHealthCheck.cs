using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AttrWs.Hosting;

/// <summary>Healthy while the hosted server listens; unhealthy before start and after stop. Data: connections and the limit.</summary>
internal sealed class WebSocketServerHealthCheck(WebSocketServer server, WebSocketServerStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>
        {
            ["connections"] = server.Connections.Count,
            ["maxConnections"] = server.Options.Limits.MaxConnections,
            ["endpoints"] = string.Join(' ', server.ListeningEndPoints.Select(e => e.ToString())),
        };
        return Task.FromResult(status.IsListening
            ? HealthCheckResult.Healthy("The WebSocket server is listening.", data)
            : new HealthCheckResult(context.Registration.FailureStatus, "The WebSocket server is not listening.", data: data));
    }
}
