using System.Collections.Frozen;
using System.ComponentModel;
using System.Numerics;
using System.Text;

namespace AttrWs.Routing;

/// <summary>
/// A case-insensitive (<see cref="StringComparison.OrdinalIgnoreCase"/>, as <see cref="RouteMatching.LiteralEquals"/>)
/// lookup from a path segment to the index of a literal, for the trie nodes of generated matchers that have many
/// literals. Template literals are ASCII, and no non-ASCII character equals an ASCII one under OrdinalIgnoreCase, so
/// the table hashes each character with its ASCII case bit set and compares with <see cref="Ascii.EqualsIgnoreCase(ReadOnlySpan{char}, ReadOnlySpan{char})"/>:
/// no delegate or interface call, no allocation. A set with a non-ASCII literal is served by a frozen dictionary.
/// </summary>
/// <remarks>
/// Public only because code the source generator emits into the application's assembly calls it; not for application
/// code (hidden from IntelliSense), and its members may change with the generator (docs/public-api.md).
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class RouteLiteralTable
{
    // Entries grouped by bucket: bucket b holds entries _starts[b] .. _starts[b + 1] - 1.
    private readonly int[] _starts;
    private readonly uint[] _hashes;
    private readonly string[] _literals;
    private readonly int[] _indexes;
    private readonly int _shift;
    private readonly int _minLength;
    private readonly int _maxLength;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>>? _fallback;

    internal RouteLiteralTable(string[] literals)
    {
        ArgumentNullException.ThrowIfNull(literals);
        var distinct = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var ascii = true;
        _minLength = int.MaxValue;
        foreach (var literal in literals)
        {
            ArgumentNullException.ThrowIfNull(literal, nameof(literals));
            if (!distinct.Add(literal))
            {
                throw new ArgumentException("The literals must be distinct ignoring case: '" + literal + "' repeats.", nameof(literals));
            }

            ascii &= Ascii.IsValid(literal);
            _minLength = Math.Min(_minLength, literal.Length);
            _maxLength = Math.Max(_maxLength, literal.Length);
        }

        if (!ascii)
        {
            _fallback = RouteMatching.CreateLiteralLookup(literals);
        }

        // A power of two at least twice the literal count: most buckets hold at most one literal.
        var bits = Math.Min(30, BitOperations.Log2((uint)Math.Max(1, literals.Length)) + 2);
        _shift = 32 - bits;
        var buckets = 1 << bits;
        var counts = new int[buckets + 1];
        var hashes = new uint[literals.Length];
        for (var i = 0; i < literals.Length; i++)
        {
            hashes[i] = Hash(literals[i]);
            counts[(int)(hashes[i] >> _shift) + 1]++;
        }

        _starts = new int[buckets + 1];
        for (var b = 0; b < buckets; b++)
        {
            _starts[b + 1] = _starts[b] + counts[b + 1];
        }

        var next = (int[])_starts.Clone();
        _hashes = new uint[literals.Length];
        _literals = new string[literals.Length];
        _indexes = new int[literals.Length];
        for (var i = 0; i < literals.Length; i++)
        {
            var at = next[(int)(hashes[i] >> _shift)]++;
            _hashes[at] = hashes[i];
            _literals[at] = literals[i];
            _indexes[at] = i;
        }
    }

    /// <summary>The index of the literal the segment equals ignoring case, or -1.</summary>
    /// <param name="segment">A raw path segment.</param>
    public int IndexOf(ReadOnlySpan<char> segment)
    {
        if (_fallback is { } fallback)
        {
            return fallback.TryGetValue(segment, out var index) ? index : -1;
        }

        if ((uint)(segment.Length - _minLength) > (uint)(_maxLength - _minLength))
        {
            return -1;
        }

        var hash = Hash(segment);
        var bucket = (int)(hash >> _shift);
        var starts = _starts;
        var end = starts[bucket + 1];
        for (var i = starts[bucket]; i < end; i++)
        {
            if (_hashes[i] == hash && Ascii.EqualsIgnoreCase(segment, _literals[i]))
            {
                return _indexes[i];
            }
        }

        return -1;
    }

    // Equal for strings that are equal ignoring ASCII case (c | 0x20 folds exactly the two cases of a letter together);
    // the multiply spreads the bits into the high ones the bucket is taken from.
    private static uint Hash(ReadOnlySpan<char> value)
    {
        var hash = (uint)value.Length;
        foreach (var c in value)
        {
            hash = (BitOperations.RotateLeft(hash, 5) + hash) ^ (c | 0x20u);
        }

        return hash * 0x9E3779B1u;
    }
}
