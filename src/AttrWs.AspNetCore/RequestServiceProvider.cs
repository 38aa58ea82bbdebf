using AttrWs.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AttrWs.AspNetCore;

/// <summary>
/// The services of a session on ASP.NET Core: the request's scope (<see cref="HttpContext.RequestServices"/>), plus the
/// request's <see cref="HttpContext"/> itself, so an endpoint may take an <see cref="HttpContext"/> parameter (the
/// generator binds class-typed parameters as services). It is the connection's scope: endpoint classes are built from it
/// (not from a scope of their own), so the endpoint, its parameters and the app's middleware share the scoped instances,
/// and ASP.NET Core disposes them when the request ends, which is when the connection ends.
/// </summary>
internal sealed class RequestServiceProvider(HttpContext http) : IConnectionServiceScope, IKeyedServiceProvider
{
    private volatile bool _ended;

    /// <summary>
    /// The request while its session runs; null once the session has ended (Kestrel reuses a request's
    /// <see cref="HttpContext"/> for later requests, so it must not be reachable from a session kept past its end).
    /// </summary>
    internal HttpContext? HttpContext => _ended ? null : http;

    /// <summary>Called by the host when the session is over.</summary>
    internal void End() => _ended = true;

    /// <summary>What this provider supplies without the container.</summary>
    internal static bool Supplies(Type serviceType) => serviceType == typeof(HttpContext);

    public object? GetService(Type serviceType) =>
        Supplies(serviceType) ? http : http.RequestServices.GetService(serviceType);

    public object? GetKeyedService(Type serviceType, object? serviceKey) =>
        http.RequestServices is IKeyedServiceProvider keyed ? keyed.GetKeyedService(serviceType, serviceKey) : null;

    public object GetRequiredKeyedService(Type serviceType, object? serviceKey) =>
        http.RequestServices is IKeyedServiceProvider keyed
            ? keyed.GetRequiredKeyedService(serviceType, serviceKey)
            : throw new InvalidOperationException("The application's service provider does not support keyed services.");
}
