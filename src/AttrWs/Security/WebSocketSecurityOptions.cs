using AttrWs.Handshake;
using AttrWs.Server;

namespace AttrWs.Security;

/// <summary>
/// The security group of <see cref="WebSocketServerOptions"/> (<see cref="WebSocketServerOptions.Security"/>): who may
/// call (<see cref="Authentication"/>, <see cref="Authorization"/>), from which pages (<see cref="Origins"/>), on which
/// host names (<see cref="AllowedHosts"/>), and what is masked in logs (<see cref="Redaction"/>). This is the one way to
/// plug in authorization and origin policy: the server builds its gate and origin policy from it at start.
/// </summary>
public sealed class WebSocketSecurityOptions
{
    /// <summary>
    /// The authenticators for <c>[Authorize]</c> endpoints (<c>AddBasic</c>, <c>AddBearer</c>, <c>AddCookie</c>, <c>Add</c>).
    /// At start the server builds its authorization gate from them and <see cref="Authorization"/>.
    /// </summary>
    public WebSocketAuthenticationOptions Authentication { get; } = new();

    /// <summary>Named policies for <c>[Authorize(Policy = ...)]</c>; an endpoint naming an unregistered one stops the start.</summary>
    public WebSocketAuthorizationOptions Authorization { get; } = new();

    /// <summary>The server-wide origin policy: allow-list, missing-origin rule (see <see cref="WebSocketOriginOptions"/>).</summary>
    public WebSocketOriginOptions Origins { get; } = new();

    /// <summary>
    /// Allowed <c>Host</c> header values: host names with an optional port (<c>example.com</c>, <c>example.com:8443</c>),
    /// compared case-insensitively. An entry without a port matches any port. Empty (the default) allows any host.
    /// </summary>
    public IList<string> AllowedHosts { get; } = new List<string>();

    /// <summary>
    /// How request targets and headers are redacted wherever the server logs them (tokens, cookies, credentials). The
    /// query parameters and subprotocol prefixes of registered bearer authenticators are masked as well.
    /// </summary>
    public SecretRedactor Redaction { get; } = new();

    internal void Validate()
    {
        for (var i = 0; i < AllowedHosts.Count; i++)
        {
            var host = AllowedHosts[i];
            OptionsCheck.Check(
                HostAllowList.IsValidEntry(host),
                $"Security.AllowedHosts[{i}] ('{host}') is not a host name with an optional port: use entries like 'example.com' or 'example.com:8443' (no scheme, path or wildcard).");
        }

        Origins.Validate();
    }
}
