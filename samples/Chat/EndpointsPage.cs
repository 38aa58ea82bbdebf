using System.Net;
using System.Text;
using AttrWs;
using AttrWs.Generated;

namespace ChatSample;

/// <summary>One row of the endpoint map, as <c>/endpoints.json</c> serves it.</summary>
/// <param name="Template">The route template.</param>
/// <param name="SubProtocols">The subprotocols, in server preference.</param>
/// <param name="Authorization">anonymous, authenticated, or the roles, policies and schemes required.</param>
/// <param name="Class">The declaring class.</param>
/// <param name="Method">The method.</param>
public sealed record EndpointInfo(string Template, IReadOnlyList<string> SubProtocols, string Authorization, string Class, string Method);

/// <summary>The endpoint map the generator emitted at compile time (<c>GeneratedWebSocketEndpoints.Endpoints</c>), as data and as a page.</summary>
public static class EndpointsPage
{
    /// <summary>Every endpoint of this app, in declaration order.</summary>
    public static EndpointInfo[] Rows() => GeneratedWebSocketEndpoints.Endpoints
        .Select(e => new EndpointInfo(e.Template, e.SubProtocols, Describe(e.Authorization), e.DeclaringType ?? "-", e.MethodName ?? e.Name))
        .ToArray();

    /// <summary>The map as an HTML table.</summary>
    public static string Html()
    {
        var html = new StringBuilder("""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>AttrWs chat: endpoints</title>
            <style>body{font:15px system-ui,sans-serif;margin:2rem;color:#1d2330}table{border-collapse:collapse}
            th,td{border:1px solid #ccd;padding:.4rem .7rem;text-align:left}th{background:#eef1f8}code{font-size:14px}</style></head>
            <body><h1>Endpoint map</h1><p>Generated at compile time by the AttrWs source generator. Also as
            <a href="/endpoints.json">/endpoints.json</a> and as an AsyncAPI 3.0 document, <a href="/asyncapi.json">/asyncapi.json</a>; back to the <a href="/">chat</a>.</p>
            <table><thead><tr><th>template</th><th>subprotocols</th><th>authorization</th><th>class</th><th>method</th></tr></thead><tbody>
            """);
        foreach (var row in Rows())
        {
            html.Append("<tr><td><code>").Append(WebUtility.HtmlEncode(row.Template)).Append("</code></td><td>")
                .Append(WebUtility.HtmlEncode(row.SubProtocols.Count == 0 ? "-" : string.Join(", ", row.SubProtocols))).Append("</td><td>")
                .Append(WebUtility.HtmlEncode(row.Authorization)).Append("</td><td><code>")
                .Append(WebUtility.HtmlEncode(row.Class)).Append("</code></td><td><code>")
                .Append(WebUtility.HtmlEncode(row.Method)).Append("</code></td></tr>\n");
        }

        return html.Append("</tbody></table></body></html>\n").ToString();
    }

    private static string Describe(EndpointAuthorization authorization)
    {
        if (!authorization.RequiresAuthentication)
        {
            return "anonymous";
        }

        var parts = new List<string>();
        foreach (var requirement in authorization.Requirements)
        {
            if (requirement.Roles.Count > 0)
            {
                parts.Add("roles: " + string.Join(", ", requirement.Roles));
            }

            if (requirement.Policy is not null)
            {
                parts.Add("policy: " + requirement.Policy);
            }

            if (requirement.Schemes.Count > 0)
            {
                parts.Add("schemes: " + string.Join(", ", requirement.Schemes));
            }
        }

        return parts.Count == 0 ? "authenticated" : "authenticated; " + string.Join("; ", parts);
    }
}
