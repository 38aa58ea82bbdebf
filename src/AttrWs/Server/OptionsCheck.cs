using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace AttrWs.Server;

/// <summary>
/// The checks <see cref="WebSocketServerOptions.Validate"/> runs: each failure throws one message that names the option
/// by its path from the root (<c>WebSocketServerOptions.Limits.MaxMessageSize is 0: ...</c>). Reads the options only.
/// </summary>
internal static class OptionsCheck
{
    public static void Check([DoesNotReturnIf(false)] bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException("WebSocketServerOptions." + message);
        }
    }

    public static void Range(int value, int min, int max, string path, string defaultValue)
    {
        if (value < min || value > max)
        {
            var range = max == int.MaxValue
                ? string.Create(CultureInfo.InvariantCulture, $"{min} or more")
                : string.Create(CultureInfo.InvariantCulture, $"between {min} and {max}");
            Check(false, string.Create(CultureInfo.InvariantCulture, $"{path} is {value}: set it to {range} (default {defaultValue})."));
        }
    }

    public static void Positive(TimeSpan value, string path, string defaultValue)
        => Check(
            value > TimeSpan.Zero && value != Timeout.InfiniteTimeSpan,
            $"{path} is {value}: set a positive, finite duration (default {defaultValue}).");
}
