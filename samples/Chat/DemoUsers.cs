using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;

namespace ChatSample;

/// <summary>The documented demo accounts: alice, bob and carol (members) and admin (member and admin); password = name.</summary>
public static class DemoUsers
{
    private static readonly (string Name, string[] Roles)[] Accounts =
    [
        ("alice", ["member"]),
        ("bob", ["member"]),
        ("carol", ["member"]),
        ("admin", ["member", "admin"]),
    ];

    /// <summary>The user's identity when the credentials are a demo account's (compared in fixed time); otherwise null.</summary>
    public static ClaimsIdentity? Check(string? user, string? password, string authenticationType)
    {
        var matched = -1;
        for (var i = 0; i < Accounts.Length; i++)
        {
            var name = Encoding.UTF8.GetBytes(Accounts[i].Name);
            var nameMatches = CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(user ?? string.Empty), name);
            var passwordMatches = CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(password ?? string.Empty), name);
            if (nameMatches & passwordMatches)
            {
                matched = i;
            }
        }

        if (matched < 0)
        {
            return null;
        }

        var (account, roles) = Accounts[matched];
        var identity = new ClaimsIdentity(authenticationType);
        identity.AddClaim(new Claim(ClaimTypes.Name, account));
        foreach (var role in roles)
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role));
        }

        return identity;
    }
}

/// <summary>POST /login as JSON: <c>{"user":"alice","password":"alice"}</c>.</summary>
public sealed class LoginRequest
{
    /// <summary>The user name.</summary>
    public string? User { get; set; }

    /// <summary>The password.</summary>
    public string? Password { get; set; }
}

/// <summary>The answer to a login (and to GET /me): the user, roles and a token for <c>?access_token=</c>.</summary>
public sealed class LoginResponse
{
    /// <summary>The user name.</summary>
    public required string User { get; init; }

    /// <summary>The user's roles.</summary>
    public required IReadOnlyList<string> Roles { get; init; }

    /// <summary>A bearer token for non-browser clients (<c>ws://.../chat/lobby?access_token=...</c>); only at login.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("access_token")]
    public string? AccessToken { get; init; }

    /// <summary>The node's label (<c>--node</c>).</summary>
    public string? Node { get; init; }
}
