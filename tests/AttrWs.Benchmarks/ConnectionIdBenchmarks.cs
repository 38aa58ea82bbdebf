using System.Globalization;
using AttrWs.Server;
using BenchmarkDotNet.Attributes;

namespace AttrWs.Benchmarks;

/// <summary>
/// The cost of a connection id, once per accepted connection: the former scheme (a random 32-bit prefix plus a hex
/// counter, guessable) against <see cref="ConnectionIds"/> (128 bits from the OS's cryptographic generator, drawn in
/// batches into a per-thread buffer, as 22 base64url characters).
/// </summary>
[MemoryDiagnoser]
public class ConnectionIdBenchmarks
{
    private readonly string _prefix = Convert.ToHexString(BitConverter.GetBytes(Random.Shared.Next())) + "-";
    private long _counter;

    /// <summary>The former id: prefix + counter.</summary>
    [Benchmark(Baseline = true)]
    public string PrefixAndCounter() => _prefix + Interlocked.Increment(ref _counter).ToString("X8", CultureInfo.InvariantCulture);

    /// <summary>The unguessable id.</summary>
    [Benchmark]
    public string CryptographicRandom() => ConnectionIds.Next();
}
