using System.Security.Claims;
using System.Text;
using AttrWs.Handshake;
using AttrWs.Security;
using AttrWs.Tests.Handshake;

namespace AttrWs.Tests.Security;

/// <summary>Processors wired with the real gate and origin policy, and principals for them (no sockets).</summary>
internal static class SecurityTestKit
{
    public const string Password = "s3cret";
    public const string GoodToken = "tok-alice";

    public static ClaimsPrincipal Principal(string name, string scheme, params string[] roles)
    {
        var identity = new ClaimsIdentity(scheme);
        identity.AddClaim(new Claim(ClaimTypes.Name, name));
        foreach (var role in roles)
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role));
        }

        return new ClaimsPrincipal(identity);
    }

    /// <summary>alice (roles: chat) and bob (roles: admin, chat) with password <see cref="Password"/>.</summary>
    public static ClaimsPrincipal? CheckUser(string user, string password) => (user, password) switch
    {
        ("alice", Password) => Principal("alice", "Basic", "chat"),
        ("bob", Password) => Principal("bob", "Basic", "admin", "chat"),
        _ => null,
    };

    public static ClaimsPrincipal? CheckToken(string token) => token == GoodToken ? Principal("alice", "Bearer", "chat") : null;

    public static ClaimsPrincipal? CheckCookie(string value) => value == "session-1" ? Principal("carol", "Cookie", "chat") : null;

    public static string BasicHeader(string user, string password) =>
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password));

    public static EndpointAuthorization Requires(params AuthorizationRequirement[] requirements) => new(requirements, allowAnonymous: false);

    public static WebSocketAuthenticationOptions AllAuthenticators() => new WebSocketAuthenticationOptions()
        .AddBasic("chat", CheckUser)
        .AddBearer(CheckToken)
        .AddCookie("sid", CheckCookie);

    public static HandshakeProcessor Processor(
        WebSocketAuthenticationOptions authentication,
        WebSocketAuthorizationOptions? authorization = null,
        WebSocketOriginOptions? origins = null,
        List<HandshakeRejection>? rejections = null,
        Func<WebSocketOpenRequestContext, ValueTask>? hook = null,
        params WebSocketEndpoint[] endpoints)
    {
        authorization ??= new WebSocketAuthorizationOptions();
        SecurityStartupValidator.Validate(endpoints, authentication, authorization);
        // Wired as HandshakeSecurity.Build wires the server: the gate reads the origin policy's allow-lists.
        var originPolicy = new WebSocketOriginPolicy(origins ?? new WebSocketOriginOptions(), authentication);
        var gate = authentication.Authenticators.Count > 0 ? new WebSocketAuthorizationGate(authentication, authorization) { OriginPolicy = originPolicy } : null;
        var options = new HandshakeSettings
        {
            Authorizer = gate,
            OriginPolicy = originPolicy,
            OnRejected = rejections is null ? null : rejections.Add,
            OnOpenRequest = hook is null ? null : (c, _) => hook(c),
        };
        return HandshakeTestKit.Processor(options, endpoints);
    }
}
