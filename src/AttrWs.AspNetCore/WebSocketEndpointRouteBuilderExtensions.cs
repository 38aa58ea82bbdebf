using System.Text.RegularExpressions;
using AttrWs;
using AttrWs.AspNetCore;
using AttrWs.Routing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps AttrWs routing tables onto ASP.NET Core endpoint routing.</summary>
public static partial class WebSocketEndpointRouteBuilderExtensions
{
    private static readonly string[] WebSocketMethods = ["GET", "CONNECT"];

    /// <summary>
    /// Registers every endpoint of <paramref name="table"/> with endpoint routing: one route endpoint per template,
    /// answering GET (HTTP/1.1 upgrade) and CONNECT (HTTP/2 extended CONNECT, RFC 8441), named after its endpoint, with
    /// the <see cref="WebSocketEndpoint"/>s, the <see cref="WebSocketRoute"/> and their <c>[Authorize]</c>/<c>[AllowAnonymous]</c>
    /// as metadata. Applications call the generated <c>app.MapWebSocketEndpoints()</c>, which passes this assembly's table.
    /// </summary>
    /// <param name="endpoints">The application (or any endpoint route builder).</param>
    /// <param name="table">The routing table (the generated one, or a <see cref="RuntimeRouteTable"/>).</param>
    /// <returns>A group holding the WebSocket routes: apply <c>RequireAuthorization</c>, <c>RequireCors</c>, <c>RequireRateLimiting</c> and other conventions to it.</returns>
    public static RouteGroupBuilder MapWebSocketEndpoints(this IEndpointRouteBuilder endpoints, IWebSocketRouteTable table)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(table);
        var host = endpoints.ServiceProvider.GetService<WebSocketEndpointHost>()
            ?? throw new InvalidOperationException("Call builder.Services.AddWebSocketEndpoints() before app.MapWebSocketEndpoints().");
        var processor = host.CreateProcessor([table], endpoints.ServiceProvider, out var authorizes, out var runsApplicationCode);
        var handler = new WebSocketRequestHandler(host, processor, authorizes, runsApplicationCode);
        var group = endpoints.MapGroup(string.Empty);
        foreach (var route in Routes(table))
        {
            var first = route.Endpoints[0];
            var builder = group.MapMethods(ToRoutePattern(route.Template), WebSocketMethods, handler.HandleAsync);
            builder.WithName(first.Name).WithDisplayName("WebSocket " + route.Template + " (" + first.Name + ")");
            builder.WithMetadata(route);
            foreach (var endpoint in route.Endpoints)
            {
                builder.WithMetadata(endpoint);
            }

            AddAuthorizationMetadata(builder, route);
        }

        return group;
    }

    /// <summary>
    /// The route's <c>[Authorize]</c>/<c>[AllowAnonymous]</c> as ASP.NET Core metadata, so <c>UseAuthorization</c> (and a
    /// fallback policy) decide before the handshake. Only when every method sharing the template agrees: otherwise the
    /// subprotocol picks the method, and the core authorizes that method's own requirements during the handshake.
    /// </summary>
    private static void AddAuthorizationMetadata(IEndpointConventionBuilder builder, WebSocketRoute route)
    {
        var first = route.Endpoints[0].Authorization;
        for (var i = 1; i < route.Endpoints.Count; i++)
        {
            if (!SameAuthorization(first, route.Endpoints[i].Authorization))
            {
                return;
            }
        }

        if (first.AllowAnonymous)
        {
            builder.WithMetadata(new Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute());
            return;
        }

        foreach (var requirement in first.Requirements)
        {
            builder.WithMetadata(AspNetCoreAuthorizer.ToAuthorizeData(requirement));
        }
    }

    private static bool SameAuthorization(EndpointAuthorization a, EndpointAuthorization b)
    {
        if (a.AllowAnonymous != b.AllowAnonymous || a.Requirements.Count != b.Requirements.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Requirements.Count; i++)
        {
            var x = a.Requirements[i];
            var y = b.Requirements[i];
            if (!string.Equals(x.Policy, y.Policy, StringComparison.Ordinal) || !x.Roles.SequenceEqual(y.Roles) || !x.Schemes.SequenceEqual(y.Schemes))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The table's routes: endpoints grouped by template (the core's grouping: trailing slash and case ignored).</summary>
    private static List<WebSocketRoute> Routes(IWebSocketRouteTable table)
    {
        var routes = new List<WebSocketRoute>();
        var byTemplate = new Dictionary<string, List<WebSocketEndpoint>>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var endpoint in table.Endpoints)
        {
            var key = endpoint.Template.Length > 1 ? endpoint.Template.TrimEnd('/') : endpoint.Template;
            if (!byTemplate.TryGetValue(key, out var list))
            {
                byTemplate[key] = list = [];
                order.Add(key);
            }

            list.Add(endpoint);
        }

        foreach (var key in order)
        {
            routes.Add(new WebSocketRoute(byTemplate[key][0].Template, byTemplate[key]));
        }

        return routes;
    }

    /// <summary>
    /// The template as an ASP.NET Core route pattern. The grammar is a subset of ASP.NET Core's; constraints are left to
    /// the core (it checks them with the generated matcher, so both hosts accept exactly the same values).
    /// </summary>
    internal static string ToRoutePattern(string template) => ConstraintPattern().Replace(template, "{$1$2$4}");

    [GeneratedRegex(@"\{(\*?)([A-Za-z_][A-Za-z0-9_]*)(:[^}]*?)?(\?)?\}", RegexOptions.CultureInvariant)]
    private static partial Regex ConstraintPattern();
}
