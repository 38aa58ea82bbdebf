using AttrWs;
using AttrWs.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the AttrWs WebSocket host in an ASP.NET Core application.</summary>
public static class WebSocketServiceCollectionExtensions
{
    /// <summary>
    /// Adds the <see cref="WebSocketEndpointHost"/> (registry, groups, limits) that <c>MapWebSocketEndpoints()</c> uses, and
    /// a hosted service that starts the groups backplane and closes every session with 1001 when the application stops,
    /// and the WebSockets middleware at the start of the pipeline (with the client-frame checks of the standalone server:
    /// unmasked client frames and RSV1 on control frames fail the connection with 1002).
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configure">
    /// Sets limits, handshake options, origins and the backplane. Without <see cref="WebSocketServerOptions.Backplane"/>,
    /// an <see cref="IWebSocketBackplane"/> registered in <paramref name="services"/> (e.g. <c>RedisBackplane</c>) carries
    /// groups and sends across nodes; without either, the in-memory backplane (one node).
    /// </param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddWebSocketEndpoints(this IServiceCollection services, Action<WebSocketServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(provider =>
        {
            var options = new WebSocketServerOptions { Services = provider };
            configure?.Invoke(options);
            // A backplane registered as a service (which the container then disposes) when the options set none.
            options.Backplane ??= provider.GetService<IWebSocketBackplane>();
            return new WebSocketEndpointHost(options, provider.GetService<ILoggerFactory>(), provider.GetService<System.Diagnostics.Metrics.IMeterFactory>());
        });
        services.AddHostedService<WebSocketEndpointHostService>();
        // The WebSockets middleware (HttpContext.WebSockets, HTTP/1.1 upgrade and HTTP/2 extended CONNECT) at the
        // start of the pipeline; calling app.UseWebSockets() as well is harmless.
        services.AddTransient<IStartupFilter, WebSocketsStartupFilter>();
        return services;
    }
}

/// <summary>Puts the WebSockets middleware first in the pipeline, behind the client-frame guard's feature wrappers.</summary>
internal sealed class WebSocketsStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(ClientFrameGuardFeatures.WrapAsync);
        app.UseWebSockets();
        next(app);
    };
}
