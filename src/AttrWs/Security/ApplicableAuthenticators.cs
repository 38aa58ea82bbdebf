namespace AttrWs.Security;

/// <summary>Which registered authenticators apply to an endpoint.</summary>
internal static class ApplicableAuthenticators
{
    /// <summary>
    /// For an endpoint that requires authentication: the authenticators whose scheme every requirement that names
    /// schemes lists (requirements without schemes accept any). For an open endpoint: all of them (a caller who
    /// presents credentials is still identified).
    /// </summary>
    public static IWebSocketAuthenticator[] For(IReadOnlyList<IWebSocketAuthenticator> registered, EndpointAuthorization authorization)
    {
        if (!authorization.RequiresAuthentication)
        {
            return [.. registered];
        }

        var result = new List<IWebSocketAuthenticator>(registered.Count);
        foreach (var authenticator in registered)
        {
            var accepted = true;
            foreach (var requirement in authorization.Requirements)
            {
                if (requirement.Schemes.Count > 0 && !Lists(requirement.Schemes, authenticator.Scheme))
                {
                    accepted = false;
                    break;
                }
            }

            if (accepted)
            {
                result.Add(authenticator);
            }
        }

        return [.. result];
    }

    /// <summary>The schemes the endpoint's requirements allow, for messages (<c>any</c> when unrestricted).</summary>
    public static string DescribeSchemes(EndpointAuthorization authorization)
    {
        var names = new List<string>();
        foreach (var requirement in authorization.Requirements)
        {
            foreach (var scheme in requirement.Schemes)
            {
                var trimmed = scheme.Trim();
                if (trimmed.Length > 0 && !names.Contains(trimmed, StringComparer.OrdinalIgnoreCase))
                {
                    names.Add(trimmed);
                }
            }
        }

        return names.Count == 0 ? "any" : string.Join(", ", names);
    }

    private static bool Lists(IReadOnlyList<string> schemes, string scheme)
    {
        foreach (var listed in schemes)
        {
            if (listed.AsSpan().Trim().Equals(scheme, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
