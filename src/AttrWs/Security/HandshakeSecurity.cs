namespace AttrWs.Security;

/// <summary>
/// Wires the server's security options into the handshake core when the server starts: validates the endpoints,
/// installs the <see cref="WebSocketAuthorizationGate"/> and the <see cref="WebSocketOriginPolicy"/>, and teaches
/// the log redactor the credential locations of the registered bearer authenticators.
/// </summary>
internal static class HandshakeSecurity
{
    public static void Install(WebSocketServerOptions options, IReadOnlyList<WebSocketEndpoint> endpoints)
    {
        var handshake = options.Handshake;
        var custom = handshake.Authorizer is not null and not WebSocketAuthorizationGate;
        if (custom && options.Authentication.Authenticators.Count > 0)
        {
            throw new InvalidOperationException(
                "WebSocketServerOptions.Handshake.Authorizer is set and options.Authentication has authenticators: use one or the other " +
                "(the authenticators run inside the built-in [Authorize] gate, which a custom authorizer replaces).");
        }

        if (!custom)
        {
            // With a custom authorizer, policies and schemes are its business; otherwise they must all resolve.
            SecurityStartupValidator.Validate(endpoints, options.Authentication, options.Authorization);
            handshake.Authorizer = options.Authentication.Authenticators.Count > 0
                ? new WebSocketAuthorizationGate(options.Authentication, options.Authorization)
                : null;
        }

        if (handshake.OriginPolicy is null or WebSocketOriginPolicy)
        {
            handshake.OriginPolicy = new WebSocketOriginPolicy(options.Origins, options.Authentication);
        }

        if (handshake.Authorizer is WebSocketAuthorizationGate gate)
        {
            gate.OriginPolicy = handshake.OriginPolicy as WebSocketOriginPolicy;
        }

        foreach (var authenticator in options.Authentication.Authenticators)
        {
            if (authenticator is BearerAuthenticator bearer)
            {
                options.Redaction.SensitiveQueryKeys.Add(bearer.QueryParameter);
                if (bearer.SubProtocolPrefix is { Length: > 0 } prefix && !options.Redaction.CredentialSubProtocolPrefixes.Contains(prefix))
                {
                    options.Redaction.CredentialSubProtocolPrefixes.Add(prefix);
                }
            }
        }
    }
}
