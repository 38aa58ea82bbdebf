namespace AttrWs.AspNetCore;

/// <summary>
/// The options only the standalone server reads (its sockets, TLS, HTTP/1.1 head and connection admission). On
/// ASP.NET Core, Kestrel and the app's middleware own those: setting one of them fails <c>MapWebSocketEndpoints()</c>
/// with a message naming what to use instead, so no option is silently ignored.
/// </summary>
internal static class StandaloneOnlyOptions
{
    /// <exception cref="InvalidOperationException">An option that does not apply on ASP.NET Core is set; the message lists each.</exception>
    public static void Reject(WebSocketServerOptions options)
    {
        var defaults = new WebSocketServerOptions();
        var limits = options.Limits;
        var problems = new List<string>();
        void Check(bool isSet, string option, string instead)
        {
            if (isSet)
            {
                problems.Add("- WebSocketServerOptions." + option + ": " + instead);
            }
        }

        Check(options.ListenEndPoints.Count > 0, "ListenEndPoints", "Listen(...) has no effect here: Kestrel listens on the app's addresses (builder.WebHost.UseKestrel(k => k.Listen(...)), --urls, ASPNETCORE_URLS).");
        Check(options.Backlog != defaults.Backlog, "Backlog", "set Kestrel's socket transport backlog (builder.WebHost.UseSockets(o => o.Backlog = n)).");
        Check(options.Certificate is not null || options.SslProtocols != defaults.SslProtocols, "Certificate/SslProtocols", "configure HTTPS on Kestrel (ListenOptions.UseHttps).");
        Check(options.PlainRequestHandler is not null, "PlainRequestHandler", "map ordinary ASP.NET Core endpoints (app.MapGet) for plain HTTP requests.");
        Check(limits.MaxConnections != defaults.Limits.MaxConnections, "Limits.MaxConnections", "set KestrelServerLimits.MaxConcurrentUpgradedConnections, or RequireRateLimiting with a concurrency limiter on the group MapWebSocketEndpoints() returns.");
        Check(limits.RetryAfter != defaults.Limits.RetryAfter, "Limits.RetryAfter", "rate limiting answers with its own status and headers (RateLimiterOptions.OnRejected).");
        Check(limits.MaxRequestHeadBytes != defaults.Limits.MaxRequestHeadBytes, "Limits.MaxRequestHeadBytes", "set KestrelServerLimits.MaxRequestHeadersTotalSize.");
        Check(limits.MaxRequestHeaders != defaults.Limits.MaxRequestHeaders, "Limits.MaxRequestHeaders", "set KestrelServerLimits.MaxRequestHeaderCount.");
        Check(
            limits.MaxConnectionsPerClient != 0 || limits.MaxHandshakesPerSecondPerClient != 0,
            "Limits.MaxConnectionsPerClient/MaxHandshakesPerSecondPerClient",
            "limit per client with ASP.NET Core rate limiting: builder.Services.AddRateLimiter(...) with a limiter partitioned by HttpContext.Connection.RemoteIpAddress, app.UseRateLimiter(), and app.MapWebSocketEndpoints().RequireRateLimiting(policy).");
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                "These options belong to the standalone WebSocketServer and do not apply on ASP.NET Core, where Kestrel and the app's middleware own them; remove them from AddWebSocketEndpoints(...):"
                + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }
    }
}
