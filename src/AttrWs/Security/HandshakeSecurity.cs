using AttrWs.Handshake;

namespace AttrWs.Security;

/// <summary>
/// Builds, when the server starts, what the handshake core needs from <see cref="WebSocketServerOptions.Security"/>:
/// validates the endpoints, creates the <see cref="WebSocketAuthorizationGate"/> and the <see cref="WebSocketOriginPolicy"/>,
/// and a copy of the log redactor that also masks the credential locations of the registered bearer authenticators.
/// The user's options are read, never changed.
/// </summary>
internal sealed record HandshakeSecurity(IHandshakeAuthorizer? Authorizer, IHandshakeOriginPolicy OriginPolicy, SecretRedactor Redactor)
{
    public static HandshakeSecurity Build(WebSocketSecurityOptions security, IReadOnlyList<WebSocketEndpoint> endpoints)
    {
        // Policies, schemes and origin entries of every endpoint are checked now, not at the first caller.
        SecurityStartupValidator.Validate(endpoints, security.Authentication, security.Authorization);
        var originPolicy = new WebSocketOriginPolicy(security.Origins, security.Authentication);
        var gate = security.Authentication.Authenticators.Count > 0
            ? new WebSocketAuthorizationGate(security.Authentication, security.Authorization) { OriginPolicy = originPolicy }
            : null;
        var redactor = security.Redaction.Copy();
        foreach (var authenticator in security.Authentication.Authenticators)
        {
            if (authenticator is BearerAuthenticator bearer)
            {
                redactor.SensitiveQueryKeys.Add(bearer.QueryParameter);
                if (bearer.SubProtocolPrefix is { Length: > 0 } prefix && !redactor.CredentialSubProtocolPrefixes.Contains(prefix))
                {
                    redactor.CredentialSubProtocolPrefixes.Add(prefix);
                }
            }
        }

        return new HandshakeSecurity(gate, originPolicy, redactor);
    }
}
