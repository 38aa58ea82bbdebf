using Microsoft.AspNetCore.Http;

namespace AttrWs.AspNetCore;

/// <summary>
/// The services a session's endpoint parameters resolve from: the request's scope, plus the request's
/// <see cref="HttpContext"/> itself, so an endpoint method may take an <see cref="HttpContext"/> parameter
/// (the generator binds class-typed parameters as services).
/// </summary>
internal sealed class RequestServiceProvider(HttpContext http) : IServiceProvider
{
    public object? GetService(Type serviceType) =>
        serviceType == typeof(HttpContext) ? http : http.RequestServices.GetService(serviceType);
}
