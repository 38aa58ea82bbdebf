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
    /// <param name="security">The user's security options (read, never changed).</param>
    /// <param name="endpoints">Every endpoint the host serves.</param>
    /// <param name="hostAuthorizer">
    /// A host's own authorizer (ASP.NET Core's policy evaluator) used instead of the built-in <see cref="WebSocketAuthorizationGate"/>:
    /// policies and schemes are then the host's business (only origin entries are validated), and AttrWs authenticators must not be registered.
    /// Null (the standalone server): the built-in gate, with every policy and scheme validated.
    /// </param>
    public static HandshakeSecurity Build(WebSocketSecurityOptions security, IReadOnlyList<WebSocketEndpoint> endpoints, IHandshakeAuthorizer? hostAuthorizer = null)
    {
        IHandshakeAuthorizer? authorizer;
        var originPolicy = new WebSocketOriginPolicy(security.Origins, security.Authentication);
        if (hostAuthorizer is not null)
        {
            if (security.Authentication.Authenticators.Count > 0)
            {
                throw new InvalidOperationException(
                    "WebSocketServerOptions.Security.Authentication has AttrWs authenticators, but this host authenticates WebSocket requests " +
                    "with its own authentication (on ASP.NET Core: register schemes with AddAuthentication() instead).");
            }

            SecurityStartupValidator.ValidateOrigins(endpoints);
            authorizer = hostAuthorizer;
        }
        else
        {
            // Policies, schemes and origin entries of every endpoint are checked now, not at the first caller.
            SecurityStartupValidator.Validate(endpoints, security.Authentication, security.Authorization);
            authorizer = security.Authentication.Authenticators.Count > 0
                ? new WebSocketAuthorizationGate(security.Authentication, security.Authorization) { OriginPolicy = originPolicy }
                : null;
        }

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

        return new HandshakeSecurity(authorizer, originPolicy, redactor);
    }
}
