using AttrWs;
using AttrWs.AspNetCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the AttrWs WebSocket host in an ASP.NET Core application.</summary>
public static class WebSocketServiceCollectionExtensions
{
    /// <summary>
    /// Adds the <see cref="WebSocketEndpointHost"/> (registry, groups, limits) that <c>MapWebSocketEndpoints()</c> uses, and
    /// a hosted service that starts the groups backplane and closes every session with 1001 when the application stops.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configure">Sets limits, handshake options, origins and the backplane.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddWebSocketEndpoints(this IServiceCollection services, Action<WebSocketServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(provider =>
        {
            var options = new WebSocketServerOptions { Services = provider };
            configure?.Invoke(options);
            return new WebSocketEndpointHost(options, provider.GetService<ILoggerFactory>(), provider.GetService<System.Diagnostics.Metrics.IMeterFactory>());
        });
        services.AddHostedService<WebSocketEndpointHostService>();
        return services;
    }
}
