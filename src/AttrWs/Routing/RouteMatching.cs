using System.Collections.Frozen;
using System.ComponentModel;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace AttrWs.Routing;

/// <summary>
/// Span-based building blocks of route matching, shared by the generated matchers and <see cref="RuntimeRouteTable"/>
/// so both agree on every path: splitting, literal comparison, percent-decoding and constraint checks.
/// Values are checked still percent-encoded: a check decodes into a stack buffer only when the segment contains <c>%</c>.
/// </summary>
/// <remarks>
/// Public only because code the source generator emits into the application's assembly calls it; not for application
/// code (hidden from IntelliSense), and its members may change with the generator (docs/public-api.md).
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RouteMatching
{
    // Segments longer than this are decoded into a heap buffer; real-world path segments are far shorter.
    private const int StackDecodeLimit = 256;

    /// <summary>
    /// Prepares a request path for matching: cuts a query (<c>?...</c>) or fragment, requires a leading <c>/</c> and drops
    /// one trailing <c>/</c> (so <c>/chat/</c> matches like <c>/chat</c>; the root <c>/</c> becomes empty).
    /// </summary>
    /// <param name="path">The raw path (percent-encoded).</param>
    /// <param name="normalized">The path to split: empty (root) or <c>/</c> followed by segments.</param>
    /// <returns>False when the path does not start with <c>/</c>.</returns>
    public static bool TryNormalize(ReadOnlySpan<char> path, out ReadOnlySpan<char> normalized)
    {
        var query = path.IndexOfAny('?', '#');
        if (query >= 0)
        {
            path = path[..query];
        }

        if (path.IsEmpty || path[0] != '/')
        {
            normalized = default;
            return false;
        }

        if (path[^1] == '/')
        {
            path = path[..^1];
        }

        normalized = path;
        return true;
    }

    /// <summary>
    /// Splits a normalized path into segments: returns how many there are and stores the ranges of the first
    /// <c>segments.Length</c> of them (empty segments, as in <c>/a//b</c>, count and never match a literal or parameter).
    /// </summary>
    public static int SplitSegments(ReadOnlySpan<char> normalizedPath, Span<Range> segments)
    {
        if (normalizedPath.IsEmpty)
        {
            return 0;
        }

        // One pass over the path for all its slashes (eight characters at a time where vectors are fast), not a search
        // call per segment: paths are short, and most of a per-segment search's time was its set-up.
        var count = 0;
        var start = 1;
        var i = 1;
        if (Vector128.IsHardwareAccelerated)
        {
            var chars = MemoryMarshal.Cast<char, ushort>(normalizedPath);
            var slash = Vector128.Create((ushort)'/');
            for (; i <= chars.Length - Vector128<ushort>.Count; i += Vector128<ushort>.Count)
            {
                var mask = Vector128.Equals(Vector128.Create(chars.Slice(i, Vector128<ushort>.Count)), slash).ExtractMostSignificantBits();
                while (mask != 0)
                {
                    var at = i + BitOperations.TrailingZeroCount(mask);
                    if (count < segments.Length)
                    {
                        segments[count] = new Range(start, at);
                    }

                    count++;
                    start = at + 1;
                    mask &= mask - 1;
                }
            }
        }

        for (; i < normalizedPath.Length; i++)
        {
            if (normalizedPath[i] == '/')
            {
                if (count < segments.Length)
                {
                    segments[count] = new Range(start, i);
                }

                count++;
                start = i + 1;
            }
        }

        if (count < segments.Length)
        {
            segments[count] = new Range(start, normalizedPath.Length);
        }

        return count + 1;
    }

    /// <summary>Compares a raw path segment with a template literal, ASCII case-insensitively.</summary>
    public static bool LiteralEquals(ReadOnlySpan<char> segment, string literal) =>
        segment.Equals(literal, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A case-insensitive (<see cref="StringComparison.OrdinalIgnoreCase"/>, as <see cref="LiteralEquals"/>) lookup from a
    /// path segment to the index of a literal: generated matchers use it where a trie node has many literals.
    /// </summary>
    /// <param name="literals">The literals, distinct ignoring case; a segment equal to <c>literals[i]</c> gives <c>i</c>.</param>
    /// <returns>A lookup that takes the segment as a span, without allocating.</returns>
    public static FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> CreateLiteralLookup(string[] literals)
    {
        ArgumentNullException.ThrowIfNull(literals);
        var indexes = new Dictionary<string, int>(literals.Length, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < literals.Length; i++)
        {
            indexes.Add(literals[i], i);
        }

        return indexes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Percent-decodes a captured value (UTF-8; invalid escapes stay as written). Allocates only the result.</summary>
    public static string Decode(ReadOnlySpan<char> raw) =>
        raw.Contains('%') ? Uri.UnescapeDataString(raw) : new string(raw);

    /// <summary>
    /// The decoded catch-all value: the rest of <paramref name="normalizedPath"/> from segment <paramref name="index"/> on,
    /// slashes included; empty when the path has no segment there.
    /// </summary>
    public static string DecodeRest(ReadOnlySpan<char> normalizedPath, ReadOnlySpan<Range> segments, int index, int count) =>
        index >= count ? string.Empty : Decode(normalizedPath[segments[index].Start..]);

    /// <summary>The range of a catch-all value: the rest of the path from segment <paramref name="index"/> on (empty when none).</summary>
    public static Range RestRange(ReadOnlySpan<char> normalizedPath, ReadOnlySpan<Range> segments, int index, int count) =>
        index >= count ? new Range(normalizedPath.Length, normalizedPath.Length) : new Range(segments[index].Start, normalizedPath.Length);

    /// <summary>The range that marks an absent optional value in <see cref="Captured(WebSocketRoute, string[], string, Range)"/>.</summary>
    public static Range AbsentValue => RouteCaptures.Absent;

    /// <summary>A match that records where its value is in the path (decoded when read), for a template of one parameter.</summary>
    /// <param name="route">The matched route.</param>
    /// <param name="names">The template's parameter names.</param>
    /// <param name="source">
    /// The string the path came from, kept as it is (the values are decoded from it when read); null when the path was a
    /// span, and then <see cref="WithCopiedSource"/> completes the match.
    /// </param>
    /// <param name="value0">The value's range in the normalized path, or <see cref="AbsentValue"/>.</param>
    public static RouteMatch Captured(WebSocketRoute route, string[] names, string? source, Range value0)
    {
        var ranges = default(RouteCaptures);
        ranges[0] = value0;
        return Captured(route, names, source, ranges, 1);
    }

    /// <summary>As <see cref="Captured(WebSocketRoute, string[], string, Range)"/>, for two parameters.</summary>
    public static RouteMatch Captured(WebSocketRoute route, string[] names, string? source, Range value0, Range value1)
    {
        var ranges = default(RouteCaptures);
        ranges[0] = value0;
        ranges[1] = value1;
        return Captured(route, names, source, ranges, 2);
    }

    /// <summary>As <see cref="Captured(WebSocketRoute, string[], string, Range)"/>, for three parameters.</summary>
    public static RouteMatch Captured(WebSocketRoute route, string[] names, string? source, Range value0, Range value1, Range value2)
    {
        var ranges = default(RouteCaptures);
        ranges[0] = value0;
        ranges[1] = value1;
        ranges[2] = value2;
        return Captured(route, names, source, ranges, 3);
    }

    /// <summary>As <see cref="Captured(WebSocketRoute, string[], string, Range)"/>, for four parameters (the most a match records).</summary>
    public static RouteMatch Captured(WebSocketRoute route, string[] names, string? source, Range value0, Range value1, Range value2, Range value3)
    {
        var ranges = default(RouteCaptures);
        ranges[0] = value0;
        ranges[1] = value1;
        ranges[2] = value2;
        ranges[3] = value3;
        return Captured(route, names, source, ranges, 4);
    }

    /// <summary>
    /// Completes a match of a string path: a match made by <c>Captured</c> keeps <paramref name="path"/> (the string the
    /// ranges point into), so nothing is copied or decoded until a value is read. Other matches are returned as they are.
    /// </summary>
    public static RouteMatch WithSource(RouteMatch match, string path) => match.WithSource(path);

    /// <summary>
    /// Completes a match of a span path: a match made by <c>Captured</c> gets its values object now, over a copy of the
    /// part of <paramref name="path"/> its values are in (the span cannot be kept). Other matches are returned as they are.
    /// </summary>
    public static RouteMatch WithCopiedSource(RouteMatch match, ReadOnlySpan<char> path) => match.WithCopiedSource(path);

    private static RouteMatch Captured(WebSocketRoute route, string[] names, string? source, in RouteCaptures ranges, int count)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(names);
        if (names.Length != count)
        {
            throw new ArgumentException($"The route has {names.Length} parameters, not {count}.", nameof(names));
        }

        return new RouteMatch(route, names, ranges, source);
    }

    /// <summary><c>int</c>: a 32-bit integer with an optional sign.</summary>
    public static bool IsInt32(ReadOnlySpan<char> raw)
    {
        // One to nine ASCII digits always parse (the common route value): no decoding or full parse needed for them.
        if ((uint)(raw.Length - 1) < 9u && AreAsciiDigits(raw))
        {
            return true;
        }

        Span<char> buffer = NeedsDecoding(raw) ? stackalloc char[StackDecodeLimit] : default;
        return int.TryParse(DecodeInto(raw, buffer), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);
    }

    /// <summary><c>long</c>: a 64-bit integer with an optional sign.</summary>
    public static bool IsInt64(ReadOnlySpan<char> raw) => TryParseInt64(raw, out _);

    /// <summary><c>guid</c>: any format <see cref="Guid.TryParse(ReadOnlySpan{char}, out Guid)"/> accepts.</summary>
    public static bool IsGuid(ReadOnlySpan<char> raw)
    {
        Span<char> buffer = NeedsDecoding(raw) ? stackalloc char[StackDecodeLimit] : default;
        return Guid.TryParse(DecodeInto(raw, buffer), out _);
    }

    /// <summary><c>bool</c>: <c>true</c> or <c>false</c>, case-insensitive.</summary>
    public static bool IsBoolean(ReadOnlySpan<char> raw)
    {
        Span<char> buffer = NeedsDecoding(raw) ? stackalloc char[StackDecodeLimit] : default;
        return bool.TryParse(DecodeInto(raw, buffer), out _);
    }

    /// <summary><c>alpha</c>: one or more ASCII letters.</summary>
    public static bool IsAlpha(ReadOnlySpan<char> raw)
    {
        Span<char> buffer = NeedsDecoding(raw) ? stackalloc char[StackDecodeLimit] : default;
        return IsAsciiLetters(DecodeInto(raw, buffer));
    }

    /// <summary><c>length(min,max)</c> (and <c>length(n)</c> as <c>length(n,n)</c>): the decoded length in characters.</summary>
    public static bool HasLength(ReadOnlySpan<char> raw, long min, long max)
    {
        Span<char> buffer = NeedsDecoding(raw) ? stackalloc char[StackDecodeLimit] : default;
        var length = DecodeInto(raw, buffer).Length;
        return length >= min && length <= max;
    }

    /// <summary><c>min(n)</c>: a 64-bit integer at least <paramref name="min"/>.</summary>
    public static bool IsAtLeast(ReadOnlySpan<char> raw, long min) => TryParseInt64(raw, out var value) && value >= min;

    /// <summary><c>max(n)</c>: a 64-bit integer at most <paramref name="max"/>.</summary>
    public static bool IsAtMost(ReadOnlySpan<char> raw, long max) => TryParseInt64(raw, out var value) && value <= max;

    /// <summary><c>range(a,b)</c>: a 64-bit integer between <paramref name="min"/> and <paramref name="max"/> inclusive.</summary>
    public static bool IsInRange(ReadOnlySpan<char> raw, long min, long max) =>
        TryParseInt64(raw, out var value) && value >= min && value <= max;

    private static bool TryParseInt64(ReadOnlySpan<char> raw, out long value)
    {
        Span<char> buffer = NeedsDecoding(raw) ? stackalloc char[StackDecodeLimit] : default;
        return long.TryParse(DecodeInto(raw, buffer), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    private static bool NeedsDecoding(ReadOnlySpan<char> raw) => raw.Contains('%') && raw.Length <= StackDecodeLimit;

    /// <summary>Whether a raw value needs a decoding buffer of <see cref="StackDecodeLimit"/> characters.</summary>
    internal static bool NeedsDecodeBuffer(ReadOnlySpan<char> raw) => NeedsDecoding(raw);

    /// <summary>The stack buffer size for <see cref="DecodeInto"/>.</summary>
    internal const int DecodeBufferLength = StackDecodeLimit;

    // Decoding never makes a value longer, so a buffer of the raw length always suffices.
    internal static ReadOnlySpan<char> DecodeInto(ReadOnlySpan<char> raw, Span<char> buffer)
    {
        if (!raw.Contains('%'))
        {
            return raw;
        }

        if (raw.Length > buffer.Length)
        {
            return Uri.UnescapeDataString(raw);
        }

        return Uri.TryUnescapeDataString(raw, buffer, out var written) ? buffer[..written] : Uri.UnescapeDataString(raw);
    }

    private static bool AreAsciiDigits(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetters(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
