using Microsoft.Extensions.DependencyInjection;

namespace AttrWs.Routing;

/// <summary>
/// Checks at start-up that the server's provider has every service the endpoint classes list
/// (<see cref="WebSocketEndpoint.Services"/>): always when there is no provider, otherwise where the container can
/// tell (<see cref="IServiceProviderIsService"/>, <see cref="IServiceProviderIsKeyedService"/>).
/// </summary>
internal static class EndpointServiceValidator
{
    /// <param name="services">The provider the endpoint classes resolve from.</param>
    /// <param name="endpoints">The endpoints to check.</param>
    /// <param name="hostProvided">Types the host supplies without the container (ASP.NET Core: <c>HttpContext</c>).</param>
    /// <exception cref="InvalidOperationException">A listed service is missing; the message names every one.</exception>
    public static void Validate(IServiceProvider? services, IEnumerable<WebSocketEndpoint> endpoints, Func<Type, bool>? hostProvided = null)
    {
        var isService = services?.GetService(typeof(IServiceProviderIsService)) as IServiceProviderIsService;
        var problems = new List<string>();
        foreach (var endpoint in endpoints)
        {
            foreach (var dependency in endpoint.Services)
            {
                if (!dependency.IsKeyed && hostProvided?.Invoke(dependency.ServiceType) == true)
                {
                    continue;
                }

                if (services is not null && (isService is null || (dependency.IsKeyed && isService is not IServiceProviderIsKeyedService)))
                {
                    continue; // the container cannot tell: the first connection will
                }

                var present = isService is not null && (dependency.IsKeyed
                    ? ((IServiceProviderIsKeyedService)isService).IsKeyedService(dependency.ServiceType, dependency.ServiceKey)
                    : isService.IsService(dependency.ServiceType));
                if (!present)
                {
                    problems.Add(EndpointServiceErrors.Missing(endpoint.Name, endpoint.DeclaringType, dependency.ServiceType, dependency.IsKeyed, dependency.ServiceKey, services is not null));
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, problems));
        }
    }
}
