using System.Collections;

namespace AttrWs.Routing;

/// <summary>Route values captured by a match: immutable, names compared case-insensitively.</summary>
public sealed class RouteValues : IEnumerable<KeyValuePair<string, string>>
{
    private readonly string[] _names;
    private readonly string?[] _values;

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

    /// <summary>The number of slots: the template's parameters, absent optional ones included.</summary>
    public int SlotCount => _names.Length;

    /// <summary>The value of a parameter, or null when it is absent.</summary>
    public string? this[string name] => TryGetValue(name, out var value) ? value : null;

    /// <summary>Gets a parameter's value; false when the template has no such parameter or it was absent.</summary>
    public bool TryGetValue(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
    {
        for (var i = 0; i < _names.Length; i++)
        {
            if (string.Equals(_names[i], name, StringComparison.OrdinalIgnoreCase))
            {
                value = _values[i];
                return value is not null;
            }
        }

        value = null;
        return false;
    }

    /// <summary>Gets the value at an index (the template's parameter order), or null when absent.</summary>
    public string? GetValue(int index) => _values[index];

    /// <summary>Enumerates the present values (absent optional parameters are skipped).</summary>
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < _names.Length; i++)
        {
            if (_values[i] is { } value)
            {
                yield return new KeyValuePair<string, string>(_names[i], value);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
