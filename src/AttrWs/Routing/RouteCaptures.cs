using System.Runtime.CompilerServices;

namespace AttrWs.Routing;

/// <summary>
/// Where a match found its route values: the range of each value in the matched path, still percent-encoded, so a
/// match records offsets instead of strings and a value is decoded only when someone reads it.
/// </summary>
/// <remarks>Held inline (no array) in <see cref="RouteMatch"/> and <see cref="RouteValues"/>: up to <see cref="Capacity"/> values.</remarks>
[InlineArray(Capacity)]
internal struct RouteCaptures
{
    /// <summary>The most values a match records as offsets; a template with more parameters decodes its values at once.</summary>
    public const int Capacity = 4;

    private Range _first;

    /// <summary>The marker of an absent optional value (a range from the end: never one that splitting a path gives).</summary>
    public static Range Absent => new(Index.End, Index.End);

    /// <summary>Whether a recorded range is the <see cref="Absent"/> marker.</summary>
    public static bool IsAbsent(Range range) => range.Start.IsFromEnd;
}
