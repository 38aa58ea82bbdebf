using System.Buffers.Text;
using System.Security.Cryptography;

namespace AttrWs.Server;

/// <summary>
/// Connection ids: 128 bits from the operating system's cryptographic random source, as base64url text without padding
/// (22 characters of <c>A-Z a-z 0-9 - _</c>). Applications address connections by id (sends, registry look-ups), so
/// an id must not be guessable from another one; 128 bits also make a collision practically impossible.
/// </summary>
/// <remarks>
/// Random bytes are drawn in batches into a per-thread buffer, so one id costs one copy and one encoding, not one call
/// into the OS's generator.
/// </remarks>
internal static class ConnectionIds
{
    /// <summary>The random bytes per id.</summary>
    public const int ByteCount = 16;

    /// <summary>The length of an id: base64url of <see cref="ByteCount"/> bytes, unpadded.</summary>
    public const int Length = 22;

    private const int IdsPerBatch = 64;

    [ThreadStatic]
    private static byte[]? t_batch;

    [ThreadStatic]
    private static int t_next;

    /// <summary>A new connection id.</summary>
    public static string Next()
    {
        var batch = t_batch;
        var offset = t_next;
        if (batch is null || offset == batch.Length)
        {
            batch ??= t_batch = new byte[ByteCount * IdsPerBatch];
            RandomNumberGenerator.Fill(batch);
            offset = 0;
        }

        t_next = offset + ByteCount;
        var bytes = batch.AsSpan(offset, ByteCount);
        Span<char> chars = stackalloc char[Length];
        Base64Url.EncodeToChars(bytes, chars);
        var id = new string(chars);

        // Used bytes never stay in memory to be read back.
        bytes.Clear();
        return id;
    }
}
