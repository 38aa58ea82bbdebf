using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace AttrWs.Routing;

/// <summary>Route values captured by a match: immutable, names compared case-insensitively.</summary>
/// <remarks>
/// Values a matcher recorded as offsets into the request path are percent-decoded on first read and cached: every later
/// read of a value returns the same string instance, from any thread.
/// </remarks>
public sealed class RouteValues : IEnumerable<KeyValuePair<string, string>>
{
    private readonly string[] _names;

    // The path the ranges point into (null when the values were given decoded); the ranges, index for index with _names.
    private readonly string? _source;
    private readonly RouteCaptures _ranges;

    // Decoded values: given to the public constructor, or filled in on first read of each (then created on first read).
    private string?[]? _values;

    /// <summary>No values.</summary>
    public static RouteValues Empty { get; } = new([], []);

    /// <summary>Creates route values. The arrays are owned by the instance from then on.</summary>
    /// <param name="names">Parameter names (usually a static array of the matcher).</param>
    /// <param name="values">Decoded values, index for index; null for an optional parameter that was absent.</param>
    public RouteValues(string[] names, string?[] values)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(values);
        if (names.Length != values.Length)
        {
            throw new ArgumentException("names and values must have the same length.", nameof(values));
        }

        _names = names;
        _values = values;
    }

    /// <summary>Values still encoded in <paramref name="source"/>, decoded on first read.</summary>
    /// <param name="names">Parameter names; at most <see cref="RouteCaptures.Capacity"/>.</param>
    /// <param name="source">The path the match ran on.</param>
    /// <param name="ranges">Each value's range in <paramref name="source"/>, or <see cref="RouteCaptures.Absent"/>.</param>
    internal RouteValues(string[] names, string source, in RouteCaptures ranges)
    {
        _names = names;
        _source = source;
        _ranges = ranges;
    }

    /// <summary>The number of slots: the template's parameters, absent optional ones included.</summary>
    public int SlotCount => _names.Length;

    /// <summary>The value of a parameter, or null when it is absent.</summary>
    public string? this[string name] => TryGetValue(name, out var value) ? value : null;

    /// <summary>Gets a parameter's value; false when the template has no such parameter or it was absent.</summary>
    public bool TryGetValue(string name, [NotNullWhen(true)] out string? value)
    {
        for (var i = 0; i < _names.Length; i++)
        {
            if (string.Equals(_names[i], name, StringComparison.OrdinalIgnoreCase))
            {
                value = GetValue(i);
                return value is not null;
            }
        }

        value = null;
        return false;
    }

    /// <summary>Gets the value at an index (the template's parameter order), or null when absent.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is negative or not below <see cref="SlotCount"/>.</exception>
    public string? GetValue(int index)
    {
        CheckIndex(index);
        if (_source is null)
        {
            return _values![index];
        }

        var range = _ranges[index];
        if (RouteCaptures.IsAbsent(range))
        {
            return null;
        }

        var values = Volatile.Read(ref _values) ?? Interlocked.CompareExchange(ref _values, new string?[_names.Length], null) ?? _values;
        if (Volatile.Read(ref values[index]) is { } cached)
        {
            return cached;
        }

        // Two first reads may race: the first to store wins, so every reader sees the same instance.
        var decoded = RouteMatching.Decode(_source.AsSpan()[range]);
        return Interlocked.CompareExchange(ref values[index], decoded, null) ?? decoded;
    }

    /// <summary>
    /// The value at an index as it came in the path, still percent-encoded (<paramref name="encoded"/>: it may contain
    /// escapes), without creating its string; false when it is absent.
    /// </summary>
    internal bool TryGetRaw(int index, out ReadOnlySpan<char> raw, out bool encoded)
    {
        CheckIndex(index);
        if (_source is null || Volatile.Read(ref _values) is { } values && values[index] is not null)
        {
            var value = GetValue(index);
            raw = value;
            encoded = false;
            return value is not null;
        }

        var range = _ranges[index];
        raw = RouteCaptures.IsAbsent(range) ? default : _source.AsSpan()[range];
        encoded = true;
        return !RouteCaptures.IsAbsent(range);
    }

    private void CheckIndex(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _names.Length);
    }

    /// <summary>Enumerates the present values (absent optional parameters are skipped).</summary>
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < _names.Length; i++)
        {
            if (GetValue(i) is { } value)
            {
                yield return new KeyValuePair<string, string>(_names[i], value);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
