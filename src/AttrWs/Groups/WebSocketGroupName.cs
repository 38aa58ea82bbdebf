namespace AttrWs;

/// <summary>The rules for group names: 1 to 128 characters among ASCII letters, digits and <c>- _ . : / @ # ~ + =</c>.</summary>
/// <remarks>
/// A small, printable alphabet keeps names safe to use in Redis keys, logs and metrics, and makes a name that came from
/// user input fail loudly instead of creating look-alike groups (spaces, control or invisible characters).
/// </remarks>
public static class WebSocketGroupName
{
    /// <summary>The longest group name accepted.</summary>
    public const int MaxLength = 128;

    /// <summary>True when <paramref name="name"/> is a valid group name.</summary>
    /// <param name="name">The candidate.</param>
    /// <returns>True when it can be used as a group name.</returns>
    public static bool IsValid(string? name) => name is not null && Problem(name) is null;

    /// <summary>Throws when <paramref name="name"/> is not a valid group name.</summary>
    /// <param name="name">The candidate.</param>
    /// <param name="parameterName">The caller's parameter name, for the exception.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, too long, or has a character outside the alphabet.</exception>
    public static void Validate(string name, string parameterName = "group")
    {
        ArgumentNullException.ThrowIfNull(name, parameterName);
        if (Problem(name) is { } problem)
        {
            throw new ArgumentException(problem, parameterName);
        }
    }

    private static string? Problem(string name)
    {
        if (name.Length == 0)
        {
            return "A group name must not be empty.";
        }

        if (name.Length > MaxLength)
        {
            return $"A group name is at most {MaxLength} characters; this one has {name.Length}.";
        }

        for (var i = 0; i < name.Length; i++)
        {
            if (!IsAllowed(name[i]))
            {
                return $"A group name may only contain ASCII letters, digits and - _ . : / @ # ~ + =; character {i} (U+{(int)name[i]:X4}) is not allowed.";
            }
        }

        return null;
    }

    private static bool IsAllowed(char c)
        => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '/' or '@' or '#' or '~' or '+' or '=';
}
