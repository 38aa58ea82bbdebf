using System.Buffers;
using System.Security.Claims;
using System.Text;
using AttrWs.Handshake;

namespace AttrWs.Security;

/// <summary>
/// HTTP Basic authentication (RFC 7617) for the opening handshake: <c>Authorization: Basic base64(user:password)</c>,
/// checked by an application delegate. Challenge: <c>WWW-Authenticate: Basic realm="...", charset="UTF-8"</c>.
/// </summary>
/// <remarks>
/// Basic sends the password in clear text: use it over TLS (<c>wss</c>) only. Malformed credentials (bad base64, no
/// colon, invalid UTF-8) are a failure, never an exception. Browsers replay cached Basic credentials on handshakes that
/// pages of other sites start, so they are ambient credentials (<see cref="UsesAmbientCredentials"/>): endpoints that
/// require them accept only same-origin pages unless an origin allow-list applies.
/// </remarks>
public sealed class BasicAuthenticator : IWebSocketAuthenticator
{
    /// <summary>The default scheme name.</summary>
    public const string DefaultScheme = "Basic";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly Func<string, string, CancellationToken, ValueTask<ClaimsPrincipal?>> _validate;

    /// <summary>Creates the authenticator.</summary>
    /// <param name="realm">The protection space named in the challenge (no <c>"</c>, <c>\</c> or control characters).</param>
    /// <param name="validate">Checks a user name and password; returns the caller, or null to refuse.</param>
    /// <exception cref="ArgumentException">The realm is empty or contains a character it cannot carry.</exception>
    public BasicAuthenticator(string realm, Func<string, string, CancellationToken, ValueTask<ClaimsPrincipal?>> validate)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(realm);
        ArgumentNullException.ThrowIfNull(validate);
        if (realm.AsSpan().IndexOfAny('"', '\\') >= 0 || !HttpChars.IsSafeFieldValue(realm))
        {
            throw new ArgumentException("The Basic realm must not contain '\"', '\\' or control characters.", nameof(realm));
        }

        Realm = realm;
        _validate = validate;
        Challenges = [new("WWW-Authenticate", $"Basic realm=\"{realm}\", charset=\"UTF-8\"")];
    }

    /// <summary>Creates the authenticator with a synchronous check.</summary>
    /// <param name="realm">The protection space named in the challenge.</param>
    /// <param name="validate">Checks a user name and password; returns the caller, or null to refuse.</param>
    public BasicAuthenticator(string realm, Func<string, string, ClaimsPrincipal?> validate)
        : this(realm, Wrap(validate))
    {
    }

    /// <summary>The realm named in the challenge.</summary>
    public string Realm { get; }

    /// <inheritdoc />
    public string Scheme { get; init; } = DefaultScheme;

    /// <inheritdoc />
    public IReadOnlyList<KeyValuePair<string, string>> Challenges { get; }

    /// <inheritdoc />
    public bool UsesAmbientCredentials => true;

    /// <inheritdoc />
    public async ValueTask<WebSocketAuthenticationResult> AuthenticateAsync(WebSocketOpenRequestContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var encoded = RequestCredentials.GetAuthorization(context.RequestHeaders, "Basic");
        if (encoded is null)
        {
            return WebSocketAuthenticationResult.NoResult;
        }

        if (!TryDecode(encoded, out var user, out var password))
        {
            return WebSocketAuthenticationResult.Fail("malformed Basic credentials");
        }

        var principal = await _validate(user, password, cancellationToken).ConfigureAwait(false);
        return principal is null
            ? WebSocketAuthenticationResult.Fail("invalid user name or password")
            : WebSocketAuthenticationResult.Success(principal);
    }

    /// <summary>Decodes <c>base64(user:password)</c>; false for anything malformed.</summary>
    internal static bool TryDecode(string encoded, out string user, out string password)
    {
        user = password = string.Empty;
        var maxLength = (encoded.Length / 4 * 3) + 3;
        var rented = ArrayPool<byte>.Shared.Rent(Math.Max(maxLength, 1));
        try
        {
            if (!Convert.TryFromBase64String(encoded, rented, out var written))
            {
                return false;
            }

            string decoded;
            try
            {
                decoded = StrictUtf8.GetString(rented, 0, written);
            }
            catch (DecoderFallbackException)
            {
                return false;
            }

            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0 || decoded.AsSpan().ContainsAnyInRange('\0', '\u001F'))
            {
                return false;
            }

            user = decoded[..colon];
            password = decoded[(colon + 1)..];
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented, clearArray: true); // it held a password
        }
    }

    private static Func<string, string, CancellationToken, ValueTask<ClaimsPrincipal?>> Wrap(Func<string, string, ClaimsPrincipal?> validate)
    {
        ArgumentNullException.ThrowIfNull(validate);
        return (user, password, _) => new(validate(user, password));
    }
}
