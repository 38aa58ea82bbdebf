using System.ComponentModel;
using Microsoft.Extensions.DependencyInjection;

namespace AttrWs.Routing;

/// <summary>
/// Helpers of the generated invokers of endpoint classes: one service scope per connection, service resolution with
/// errors that name the endpoint, the class and the service type.
/// </summary>
/// <remarks>
/// Public only because code the source generator emits into the application's assembly calls it; not for application
/// code (hidden from IntelliSense), and its members may change with the generator (docs/public-api.md).
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class EndpointActivation
{
    /// <summary>
    /// Creates the connection's scope: the session's provider itself when a host already made it the connection's scope
    /// (ASP.NET Core: the request's services), else an <see cref="AsyncServiceScope"/> of the server's provider, the provider
    /// itself when it has no <see cref="IServiceScopeFactory"/>, or nothing when the server has no provider.
    /// </summary>
    public static EndpointServiceScope CreateScope(WebSocketSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var root = session.Services;
        if (root is IConnectionServiceScope)
        {
            return new EndpointServiceScope(root); // the host disposes it when the connection ends
        }

        if (root?.GetService(typeof(IServiceScopeFactory)) is IServiceScopeFactory factory)
        {
            return new EndpointServiceScope(factory.CreateAsyncScope());
        }

        return new EndpointServiceScope(root);
    }

    /// <summary>Resolves a required service.</summary>
    /// <exception cref="InvalidOperationException">There is no provider, or it has no such service.</exception>
    public static T GetRequiredService<T>(IServiceProvider? services, string endpointName, string? className)
    {
        if (services?.GetService(typeof(T)) is T service)
        {
            return service;
        }

        throw new InvalidOperationException(EndpointServiceErrors.Missing(endpointName, className, typeof(T), false, null, services is not null));
    }

    /// <summary>Resolves a required keyed service (<c>[FromKeyedServices]</c>).</summary>
    /// <exception cref="InvalidOperationException">There is no provider, it does not support keys, or it has no such service.</exception>
    public static T GetRequiredKeyedService<T>(IServiceProvider? services, object? key, string endpointName, string? className)
    {
        if (services is IKeyedServiceProvider keyed && keyed.GetKeyedService(typeof(T), key) is T service)
        {
            return service;
        }

        throw new InvalidOperationException(services is null or IKeyedServiceProvider
            ? EndpointServiceErrors.Missing(endpointName, className, typeof(T), true, key, services is not null)
            : EndpointServiceErrors.NotKeyed(endpointName, className, typeof(T), key));
    }

    /// <summary>Resolves an optional service (a parameter with a default value, or nullable): <paramref name="fallback"/> when absent.</summary>
    public static T GetOptionalService<T>(IServiceProvider? services, T fallback) =>
        services?.GetService(typeof(T)) is T service ? service : fallback;

    /// <summary>Resolves an optional keyed service: <paramref name="fallback"/> when absent.</summary>
    public static T GetOptionalKeyedService<T>(IServiceProvider? services, object? key, T fallback) =>
        services is IKeyedServiceProvider keyed && keyed.GetKeyedService(typeof(T), key) is T service ? service : fallback;
}

/// <summary>
/// A provider that already is one connection's scope, owned by the host (on ASP.NET Core the request's
/// <c>HttpContext.RequestServices</c>, disposed when the request, and with it the connection, ends): endpoint classes and
/// their services resolve from it, so the endpoint, its parameters and the app's middleware see the same scoped instances.
/// </summary>
internal interface IConnectionServiceScope : IServiceProvider;

/// <summary>
/// The service scope of one connection to an endpoint class: created before the class, disposed after it, whatever way
/// the connection ends.
/// </summary>
/// <remarks>
/// Public only because code the source generator emits into the application's assembly calls it; not for application
/// code (hidden from IntelliSense), and its members may change with the generator (docs/public-api.md).
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class EndpointServiceScope : IAsyncDisposable
{
    private readonly AsyncServiceScope? _scope;

    internal EndpointServiceScope(AsyncServiceScope scope)
    {
        _scope = scope;
        Services = scope.ServiceProvider;
    }

    internal EndpointServiceScope(IServiceProvider? services) => Services = services;

    /// <summary>The scope's provider (the server's provider when it cannot create scopes); null without a provider.</summary>
    public IServiceProvider? Services { get; }

    /// <summary>Disposes the scope and the scoped and transient disposable services it created.</summary>
    public ValueTask DisposeAsync() => _scope is { } scope ? scope.DisposeAsync() : default;
}

/// <summary>The messages of missing services, shared by the invokers and the start-up check.</summary>
internal static class EndpointServiceErrors
{
    public static string Missing(string endpointName, string? className, Type type, bool isKeyed, object? key, bool hasProvider) =>
        hasProvider
            ? $"The endpoint '{endpointName}'{Class(className)} needs a service of type '{type.FullName}'{Key(isKeyed, key)}, which the server's service provider does not have; register it."
            : $"The endpoint '{endpointName}'{Class(className)} needs a service of type '{type.FullName}'{Key(isKeyed, key)}, but the server has no service provider; set WebSocketServerOptions.Services to one that registers it.";

    public static string NotKeyed(string endpointName, string? className, Type type, object? key) =>
        $"The endpoint '{endpointName}'{Class(className)} needs a service of type '{type.FullName}'{Key(true, key)}, but the server's service provider does not support keyed services (IKeyedServiceProvider); use one that does.";

    private static string Class(string? className) => className is null ? string.Empty : $" (class '{className}')";

    private static string Key(bool isKeyed, object? key) => isKeyed ? $" with key \"{key}\"" : string.Empty;
}
