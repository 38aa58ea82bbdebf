using System.Collections;

namespace AttrWs.Handshake;

/// <summary>
/// Request or response header fields in arrival order: names compare case-insensitively and repeated fields are kept.
/// </summary>
public sealed class HttpHeaderCollection : IReadOnlyList<KeyValuePair<string, string>>
{
    private readonly List<KeyValuePair<string, string>> _fields;

    /// <summary>Creates an empty collection.</summary>
    public HttpHeaderCollection() => _fields = [];

    /// <summary>Creates a collection with room for <paramref name="capacity"/> fields.</summary>
    public HttpHeaderCollection(int capacity) => _fields = new(capacity);

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
    public void Add(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        _fields.Add(new(name, value));
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
