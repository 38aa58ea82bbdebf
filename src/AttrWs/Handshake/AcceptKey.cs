using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace AttrWs.Handshake;

/// <summary>
/// <c>Sec-WebSocket-Accept</c> (RFC 6455 §4.2.2): base64 of the SHA-1 of the client's key followed by the protocol GUID.
/// </summary>
internal static class AcceptKey
{
    /// <summary>The length of an accept value: base64 of a 20-byte SHA-1.</summary>
    public const int Length = 28;

    /// <summary>The length of a valid <c>Sec-WebSocket-Key</c>: base64 of 16 bytes.</summary>
    public const int KeyLength = 24;

    private static ReadOnlySpan<byte> Guid => "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"u8;

    /// <summary>True when <paramref name="key"/> is the base64 encoding of exactly 16 bytes (RFC 6455 §4.1).</summary>
    /// <param name="key">The <c>Sec-WebSocket-Key</c> value.</param>
    public static bool IsValidKey(ReadOnlySpan<char> key)
    {
        // Exactly 24 characters ending in "==" is the only encoding of 16 bytes; checking it first also rules out
        // the whitespace that Convert's decoder would otherwise skip.
        if (key.Length != KeyLength || key[22] != '=' || key[23] != '=')
        {
            return false;
        }

        Span<byte> decoded = stackalloc byte[18];
        return Convert.TryFromBase64Chars(key, decoded, out var written) && written == 16;
    }

    /// <summary>
    /// <see cref="IsValidKey(ReadOnlySpan{char})"/> for a key as received (a parsed head's bytes): the same answer
    /// for every input, without decoding it: 22 base64 characters and "==".
    /// </summary>
    /// <param name="key">The <c>Sec-WebSocket-Key</c> value's bytes.</param>
    public static bool IsValidKey(ReadOnlySpan<byte> key) =>
        key.Length == KeyLength && key[22] == (byte)'=' && key[23] == (byte)'=' && !key[..22].ContainsAnyExcept(Base64Alphabet);

    private static readonly System.Buffers.SearchValues<byte> Base64Alphabet =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"u8);

    /// <summary>Writes the accept value for <paramref name="key"/> as ASCII bytes.</summary>
    /// <param name="key">The client's key (validated by <see cref="IsValidKey(ReadOnlySpan{char})"/>).</param>
    /// <param name="destination">At least <see cref="Length"/> bytes.</param>
    /// <returns>True when written; false when the key is too long or the destination too small.</returns>
    public static bool TryWrite(ReadOnlySpan<char> key, Span<byte> destination)
    {
        if (destination.Length < Length || key.Length > 64)
        {
            return false;
        }

        Span<byte> keyBytes = stackalloc byte[64];
        var length = Encoding.ASCII.GetBytes(key, keyBytes);
        return TryWrite(keyBytes[..length], destination);
    }

    /// <summary>Writes the accept value for a key received as bytes (a parsed head's own), as ASCII bytes.</summary>
    /// <param name="key">The client's key (validated by <see cref="IsValidKey(ReadOnlySpan{byte})"/>), as received.</param>
    /// <param name="destination">At least <see cref="Length"/> bytes.</param>
    /// <returns>True when written; false when the key is too long or the destination too small.</returns>
    public static bool TryWrite(ReadOnlySpan<byte> key, Span<byte> destination)
    {
        if (destination.Length < Length || key.Length > 64)
        {
            return false;
        }

        Span<byte> hash = stackalloc byte[SHA1.HashSizeInBytes];
        if (key.Length == AcceptKeySha1.KeyLength)
        {
            // Every valid key: the SHA-1 specialised for this input (the one-shot's set-up costs more than the hashing).
            AcceptKeySha1.Hash(key, hash);
        }
        else
        {
            Span<byte> input = stackalloc byte[64 + 36];
            key.CopyTo(input);
            Guid.CopyTo(input[key.Length..]);

            // RFC 6455 mandates SHA-1 here: it proves the peer speaks WebSocket, it protects nothing.
#pragma warning disable CA5350 // SHA-1 is the protocol's choice, not a security hash
            SHA1.HashData(input[..(key.Length + Guid.Length)], hash);
#pragma warning restore CA5350
        }

        return Base64.EncodeToUtf8(hash, destination, out _, out var written) == System.Buffers.OperationStatus.Done && written == Length;
    }

    /// <summary>Computes the accept value for <paramref name="key"/> as a string (for hosts that set headers by string).</summary>
    /// <param name="key">The client's key.</param>
    /// <returns>The <c>Sec-WebSocket-Accept</c> value.</returns>
    /// <exception cref="ArgumentException">The key is longer than 64 characters.</exception>
    public static string Compute(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        Span<byte> accept = stackalloc byte[Length];
        if (!TryWrite(key, accept))
        {
            throw new ArgumentException("A Sec-WebSocket-Key is 24 characters; this one is longer than 64.", nameof(key));
        }

        return Encoding.ASCII.GetString(accept);
    }
}
