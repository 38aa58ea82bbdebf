using System.Buffers;

namespace AttrWs.Sessions;

/// <summary>
/// Pooled arrays for message payloads. Small ones come from <see cref="ArrayPool{T}.Shared"/> (fast per-thread caches);
/// arrays above <see cref="LargeThreshold"/> come from one process-wide pool without per-thread caches that keeps at
/// most <see cref="LargeArraysPerSize"/> arrays per size. The shared pool keeps a large array in the cache of whichever
/// thread returned it, so a message whose receives and sends ran on several threads left one multi-megabyte array per
/// thread resident (measured: four 32 MiB arrays after six 16 MiB echoes); here every thread finds the same array.
/// </summary>
internal static class MessageBuffers
{
    /// <summary>Arrays longer than this come from the large-message pool.</summary>
    public const int LargeThreshold = 64 * 1024;

    /// <summary>How many arrays of one size the large-message pool keeps for reuse; more are left to the GC.</summary>
    public const int LargeArraysPerSize = 2;

    private static readonly ArrayPool<byte> Large = ArrayPool<byte>.Create(maxArrayLength: 1 << 30, maxArraysPerBucket: LargeArraysPerSize);

    /// <summary>An array of at least <paramref name="minimumLength"/> bytes (a power of two up to 1 GiB).</summary>
    public static byte[] Rent(int minimumLength)
        => minimumLength > LargeThreshold ? Large.Rent(minimumLength) : ArrayPool<byte>.Shared.Rent(minimumLength);

    /// <summary>Returns an array from <see cref="Rent"/> to the pool it came from.</summary>
    public static void Return(byte[] array)
    {
        if (array.Length > LargeThreshold)
        {
            Large.Return(array);
        }
        else
        {
            ArrayPool<byte>.Shared.Return(array);
        }
    }
}
