using System.Security.Claims;

namespace AttrWs.Security;

/// <summary>
/// Named authorization policies for <c>[Authorize(Policy = "name")]</c>. A policy sees the authenticated caller and the
/// handshake request (route values, headers, origin). Every policy an endpoint names must be registered before the
/// server starts, or the start fails naming the endpoint and the policy.
/// </summary>
public sealed class WebSocketAuthorizationOptions
{
    private readonly Dictionary<string, Func<ClaimsPrincipal, WebSocketOpenRequestContext, CancellationToken, ValueTask<bool>>> _policies =
        new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The registered policy names.</summary>
    public IReadOnlyCollection<string> PolicyNames => _policies.Keys;

    /// <summary>Registers a synchronous policy.</summary>
    /// <param name="name">The name <c>[Authorize(Policy = ...)]</c> uses (case-insensitive).</param>
    /// <param name="policy">Returns true to allow the caller.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentException">The name is empty or already registered.</exception>
    public WebSocketAuthorizationOptions AddPolicy(string name, Func<ClaimsPrincipal, WebSocketOpenRequestContext, bool> policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return AddPolicy(name, (user, request, _) => new ValueTask<bool>(policy(user, request)));
    }

    /// <summary>Registers an asynchronous policy (one that looks something up).</summary>
    /// <param name="name">The name <c>[Authorize(Policy = ...)]</c> uses (case-insensitive).</param>
    /// <param name="policy">Completes with true to allow the caller.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentException">The name is empty or already registered.</exception>
    public WebSocketAuthorizationOptions AddPolicy(string name, Func<ClaimsPrincipal, WebSocketOpenRequestContext, CancellationToken, ValueTask<bool>> policy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(policy);
        if (!_policies.TryAdd(name, policy))
        {
            throw new ArgumentException($"A policy named '{name}' is already registered.", nameof(name));
        }

        return this;
    }

    /// <summary>Finds a policy by name.</summary>
    /// <param name="name">The policy name.</param>
    /// <param name="policy">The policy when found.</param>
    /// <returns>True when registered.</returns>
    public bool TryGetPolicy(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Func<ClaimsPrincipal, WebSocketOpenRequestContext, CancellationToken, ValueTask<bool>>? policy)
        => _policies.TryGetValue(name, out policy);
}
