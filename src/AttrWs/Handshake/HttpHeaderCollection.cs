using System.Collections;

namespace AttrWs.Handshake;

/// <summary>
/// Request or response header fields in arrival order: names compare case-insensitively and repeated fields are kept.
/// A request head's collection is read-only (<see cref="IsReadOnly"/>): what the client sent cannot be changed afterwards.
/// </summary>
public sealed class HttpHeaderCollection : IReadOnlyList<KeyValuePair<string, string>>
{
    private readonly List<KeyValuePair<string, string>> _fields;

    /// <summary>An empty read-only collection, shared (a decision with no extra headers).</summary>
    internal static readonly HttpHeaderCollection Empty = CreateEmpty();

    /// <summary>Creates an empty collection.</summary>
    public HttpHeaderCollection() => _fields = [];

    /// <summary>Creates a collection with room for <paramref name="capacity"/> fields.</summary>
    public HttpHeaderCollection(int capacity) => _fields = new(capacity);

    /// <summary>True when the fields cannot be changed (the headers of a request head): <see cref="Add"/>, <see cref="Set"/> and <see cref="Remove"/> throw.</summary>
    public bool IsReadOnly { get; private set; }

    /// <summary>The number of fields (repeated fields count once each).</summary>
    public int Count => _fields.Count;

    /// <summary>The field at <paramref name="index"/>.</summary>
    public KeyValuePair<string, string> this[int index] => _fields[index];

    /// <summary>
    /// The field's value; repeated fields are joined with <c>", "</c> (RFC 9110 §5.3). Null when absent.
    /// </summary>
    public string? this[string name]
    {
        get
        {
            string? result = null;
            foreach (var field in _fields)
            {
                if (string.Equals(field.Key, name, StringComparison.OrdinalIgnoreCase))
                {
                    result = result is null ? field.Value : result + ", " + field.Value;
                }
            }

            return result;
        }
    }

    /// <summary>Appends a field (no validation: callers that take names or values from applications validate first).</summary>
    /// <exception cref="InvalidOperationException">The collection is read-only.</exception>
    public void Add(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        ThrowIfReadOnly();
        _fields.Add(new(name, value));
    }

    /// <summary>Replaces every field with this name by one field with this value (appended when there was none).</summary>
    /// <param name="name">The field name (case-insensitive).</param>
    /// <param name="value">The value.</param>
    /// <exception cref="InvalidOperationException">The collection is read-only.</exception>
    public void Set(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        ThrowIfReadOnly();
        var first = IndexOf(name, 0);
        if (first < 0)
        {
            _fields.Add(new(name, value));
            return;
        }

        _fields[first] = new(name, value);
        for (var i = _fields.Count - 1; i > first; i--)
        {
            if (string.Equals(_fields[i].Key, name, StringComparison.OrdinalIgnoreCase))
            {
                _fields.RemoveAt(i);
            }
        }
    }

    /// <summary>Removes every field with this name.</summary>
    /// <param name="name">The field name (case-insensitive).</param>
    /// <returns>How many fields were removed.</returns>
    /// <exception cref="InvalidOperationException">The collection is read-only.</exception>
    public int Remove(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        ThrowIfReadOnly();
        return _fields.RemoveAll(field => string.Equals(field.Key, name, StringComparison.OrdinalIgnoreCase));
    }

    private static HttpHeaderCollection CreateEmpty()
    {
        var empty = new HttpHeaderCollection(0);
        empty.MakeReadOnly();
        return empty;
    }

    /// <summary>Makes the collection read-only for good (request heads do this when they are created).</summary>
    internal void MakeReadOnly() => IsReadOnly = true;

    private void ThrowIfReadOnly()
    {
        if (IsReadOnly)
        {
            throw new InvalidOperationException("These header fields are read-only: they are what the client sent.");
        }
    }

    /// <summary>True when at least one field has this name.</summary>
    public bool Contains(string name) => IndexOf(name, 0) >= 0;

    /// <summary>How many fields have this name.</summary>
    public int CountOf(string name)
    {
        var count = 0;
        for (var i = IndexOf(name, 0); i >= 0; i = IndexOf(name, i + 1))
        {
            count++;
        }

        return count;
    }

    /// <summary>Every value of the fields with this name, in arrival order.</summary>
    public IEnumerable<string> GetValues(string name)
    {
        for (var i = IndexOf(name, 0); i >= 0; i = IndexOf(name, i + 1))
        {
            yield return _fields[i].Value;
        }
    }

    /// <summary>The index of the first field with this name at or after <paramref name="start"/>, or -1.</summary>
    public int IndexOf(string name, int start)
    {
        for (var i = start; i < _fields.Count; i++)
        {
            if (string.Equals(_fields[i].Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _fields.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
