using AttrWs;
using AttrWs.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using System.Diagnostics.Metrics;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the AttrWs <see cref="WebSocketServer"/> in the .NET Generic Host.</summary>
public static class AttrWsHostingExtensions
{
    /// <summary>The configuration section the options are bound from: <c>AttrWs</c>.</summary>
    public const string DefaultSectionName = "AttrWs";

    /// <summary>
    /// Adds the standalone <see cref="WebSocketServer"/> as a hosted service (started with the host, stopped on host
    /// shutdown with close 1001 to every session) and as a singleton (inject it for <see cref="WebSocketServer.Groups"/>
    /// and <see cref="WebSocketServer.Connections"/>). Options: <paramref name="configureOptions"/> first, then the
    /// <c>AttrWs</c> configuration section (appsettings.json, environment, command line: later sources win); invalid
    /// options or unknown keys fail the host's start naming the key. Services, <see cref="ILoggerFactory"/> and
    /// <see cref="IMeterFactory"/> come from the host unless code set them.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="mapEndpoints">Maps endpoints, typically <c>server => server.MapGeneratedEndpoints()</c> (this assembly's <c>[WebSocketEndpoint]</c> methods).</param>
    /// <param name="configureOptions">Options in code (hooks, authenticators, certificate...); configuration overrides the keys it names.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddWebSocketServer(
        this IServiceCollection services,
        Action<WebSocketServer> mapEndpoints,
        Action<WebSocketServerOptions>? configureOptions = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(mapEndpoints);

        var builder = services.AddOptions<WebSocketServerOptions>();
        if (configureOptions is not null)
        {
            builder.Configure(configureOptions);
        }

        services.AddSingleton<IConfigureOptions<WebSocketServerOptions>>(
            provider => new ConfigureFromConfiguration(provider.GetService<IConfiguration>(), DefaultSectionName));
        services.AddSingleton<IValidateOptions<WebSocketServerOptions>>(new ValidateWebSocketServerOptions(DefaultSectionName));
        builder.ValidateOnStart();

        services.AddSingleton<WebSocketServerStatus>();
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<WebSocketServerOptions>>().Value;
            options.Services ??= provider;
            options.LoggerFactory ??= provider.GetService<ILoggerFactory>();
            options.MeterFactory ??= provider.GetService<IMeterFactory>();
            var server = new WebSocketServer(options);
            mapEndpoints(server);
            return server;
        });
        services.AddHostedService<WebSocketServerHostedService>();
        return services;
    }

    /// <summary>
    /// Adds a health check on the server added by <see cref="AddWebSocketServer"/>: healthy while it listens, unhealthy
    /// (or <paramref name="failureStatus"/>) before start and after stop; data <c>connections</c>, <c>maxConnections</c>, <c>endpoints</c>.
    /// </summary>
    /// <param name="builder">The health checks builder (<c>services.AddHealthChecks()</c>).</param>
    /// <param name="name">The check's name. Default <c>attrws</c>.</param>
    /// <param name="failureStatus">The status when the server does not listen. Default <see cref="HealthStatus.Unhealthy"/>.</param>
    /// <param name="tags">Tags to filter checks by.</param>
    /// <returns>The builder.</returns>
    public static IHealthChecksBuilder AddWebSocketServerCheck(
        this IHealthChecksBuilder builder,
        string name = "attrws",
        HealthStatus? failureStatus = null,
        IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new HealthCheckRegistration(
            name,
            provider => new WebSocketServerHealthCheck(provider.GetRequiredService<WebSocketServer>(), provider.GetRequiredService<WebSocketServerStatus>()),
            failureStatus,
            tags));
    }
}
