using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace AttrWs.IntegrationTests.Hosts;

/// <summary>A singleton that records what the connections' scoped services and endpoint instances go through.</summary>
public sealed class ConnectionProbe
{
    private int _next;

    public ConcurrentQueue<string> Events { get; } = new();

    public int NextId() => Interlocked.Increment(ref _next);
}

/// <summary>A scoped service: one per connection, numbered; records its disposal.</summary>
public sealed class ConnectionCounter(ConnectionProbe probe) : IDisposable
{
    public int Id { get; } = probe.NextId();

    public void Dispose() => probe.Events.Enqueue("counter " + Id + " disposed");
}

/// <summary>The services both test hosts register for <see cref="ScopedEndpoint"/>.</summary>
public static class HostServices
{
    public static IServiceCollection AddHostServices(this IServiceCollection services) =>
        services.AddSingleton<ConnectionProbe>().AddScoped<ConnectionCounter>()
            .AddKeyedScoped<ConnectionCounter>("keyed", (provider, _) => provider.GetRequiredService<ConnectionCounter>());
}

/// <summary>
/// An endpoint class with a constructor-injected scoped service. First message: "constructor|parameter|request|keyed" (the
/// counter's id seen by the constructor, by a method parameter, by ASP.NET Core's <c>HttpContext.RequestServices</c> ("-" on
/// the standalone server, which has no request) and by a keyed parameter); then it waits for the client to close.
/// </summary>
public sealed class ScopedEndpoint(ConnectionCounter counter, ConnectionProbe probe) : IAsyncDisposable
{
    [WebSocketEndpoint("/hosts/scoped")]
    public async Task RunAsync(WebSocketSession session, ConnectionCounter again, [FromKeyedServices("keyed")] ConnectionCounter keyed)
    {
        var request = session.GetHttpContext()?.RequestServices.GetService<ConnectionCounter>();
        await session.SendTextAsync(counter.Id + "|" + again.Id + "|" + (request is null ? "-" : request.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)) + "|" + keyed.Id, session.Aborted);
        await foreach (var _ in session.ReadMessagesAsync(session.Aborted))
        {
        }
    }

    public ValueTask DisposeAsync()
    {
        probe.Events.Enqueue("instance " + counter.Id + " disposed");
        return default;
    }
}

/// <summary>An endpoint class that takes ASP.NET Core's request in its constructor (Kestrel only: the standalone server has none).</summary>
public sealed class HttpContextEndpoint(Microsoft.AspNetCore.Http.HttpContext http, ConnectionCounter counter)
{
    [WebSocketEndpoint("/hosts/class-http")]
    public async Task RunAsync(WebSocketSession session)
    {
        var sameScope = ReferenceEquals(http.RequestServices.GetService<ConnectionCounter>(), counter);
        await session.SendTextAsync("class-http:" + http.Request.Path + ":" + sameScope, session.Aborted);
        await session.CloseAsync(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, "done", session.Aborted);
    }
}
