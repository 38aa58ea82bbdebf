using AttrWs.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace AttrWs.AspNetCore;

/// <summary>
/// The standalone server's client-frame rules on Kestrel: the BCL framing that <c>AcceptWebSocketAsync</c> creates does not
/// fail an unmasked client frame (RFC 6455 §5.1) or RSV1 on a control frame (RFC 7692 §6.1), so AttrWs's sessions read
/// through <see cref="ClientFrameGuardStream"/> on both hosts. A middleware placed before the WebSockets middleware wraps
/// the upgrade (HTTP/1.1) and extended CONNECT (HTTP/2) features; the wrapped stream is handed out only to requests that
/// <see cref="WebSocketRequestHandler"/> accepts (<see cref="Arm"/>), so the app's other WebSocket endpoints are untouched.
/// </summary>
internal static class ClientFrameGuardFeatures
{
    /// <summary>Wraps the request's upgrade features (only on requests that can become a WebSocket).</summary>
    public static Task WrapAsync(HttpContext context, RequestDelegate next)
    {
        var features = context.Features;
        if (features.Get<IHttpUpgradeFeature>() is { IsUpgradableRequest: true } upgrade)
        {
            features.Set<IHttpUpgradeFeature>(new GuardedUpgradeFeature(upgrade));
        }

        if (features.Get<IHttpExtendedConnectFeature>() is { IsExtendedConnect: true } connect)
        {
            features.Set<IHttpExtendedConnectFeature>(new GuardedExtendedConnectFeature(connect));
        }

        return next(context);
    }

    /// <summary>Makes the request's upgraded stream pass through the guard; false when the middleware did not run.</summary>
    public static bool Arm(HttpContext context)
    {
        var armed = false;
        if (context.Features.Get<IHttpUpgradeFeature>() is GuardedUpgradeFeature upgrade)
        {
            upgrade.Armed = armed = true;
        }

        if (context.Features.Get<IHttpExtendedConnectFeature>() is GuardedExtendedConnectFeature connect)
        {
            connect.Armed = armed = true;
        }

        return armed;
    }

    /// <summary>The guard the accepted WebSocket reads through (it knows how much of the current frame is still to come), or null.</summary>
    public static ClientFrameGuardStream? GuardOf(HttpContext context) =>
        (context.Features.Get<IHttpUpgradeFeature>() as GuardedUpgradeFeature)?.Guard
        ?? (context.Features.Get<IHttpExtendedConnectFeature>() as GuardedExtendedConnectFeature)?.Guard;

    private sealed class GuardedUpgradeFeature(IHttpUpgradeFeature inner) : IHttpUpgradeFeature
    {
        public bool Armed { get; set; }

        public ClientFrameGuardStream? Guard { get; private set; }

        public bool IsUpgradableRequest => inner.IsUpgradableRequest;

        public async Task<Stream> UpgradeAsync()
        {
            var stream = await inner.UpgradeAsync().ConfigureAwait(false);
            return Armed ? Guard = new ClientFrameGuardStream(stream) : stream;
        }
    }

    private sealed class GuardedExtendedConnectFeature(IHttpExtendedConnectFeature inner) : IHttpExtendedConnectFeature
    {
        public bool Armed { get; set; }

        public bool IsExtendedConnect => inner.IsExtendedConnect;

        public string? Protocol => inner.Protocol;

        public ClientFrameGuardStream? Guard { get; private set; }

        public async ValueTask<Stream> AcceptAsync()
        {
            var stream = await inner.AcceptAsync().ConfigureAwait(false);
            return Armed ? Guard = new ClientFrameGuardStream(stream) : stream;
        }
    }
}
