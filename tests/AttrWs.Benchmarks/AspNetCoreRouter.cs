using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AttrWs.Benchmarks;

/// <summary>
/// ASP.NET Core's own endpoint routing over the same templates: <c>UseRouting()</c> (the DFA matcher built from
/// <c>RoutePatternFactory</c> patterns, constraints included) in a minimal pipeline with no server. This is what a
/// Kestrel application pays to pick an endpoint, so it is the fairest public baseline; the per-route
/// <c>TemplateMatcher</c> is linear in the route count by design and would flatter AttrWs.
/// </summary>
internal sealed class AspNetCoreRouter
{
    private readonly RequestDelegate _pipeline;
    private readonly DefaultHttpContext _context;

    public AspNetCoreRouter(string[] templates)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(new DiagnosticListener("Microsoft.AspNetCore")); // what the host registers

        services.AddRouting();
        var app = new ApplicationBuilder(services.BuildServiceProvider());
        app.UseRouting();
        app.UseEndpoints(endpoints =>
        {
            foreach (var template in templates)
            {
                endpoints.Map(template, static _ => Task.CompletedTask);
            }
        });
        _pipeline = app.Build();
        _context = new DefaultHttpContext();
        _context.Request.Method = HttpMethods.Get;
    }

    /// <summary>Routes one request (the context is reused, as Kestrel pools them); returns the matched endpoint.</summary>
    public Endpoint? Match(string path)
    {
        var context = _context;
        context.SetEndpoint(null);
        context.Request.RouteValues = null!;
        context.Request.Path = new PathString(path);
        var pending = _pipeline(context);
        if (!pending.IsCompletedSuccessfully)
        {
            pending.GetAwaiter().GetResult();
        }

        return context.GetEndpoint();
    }
}
