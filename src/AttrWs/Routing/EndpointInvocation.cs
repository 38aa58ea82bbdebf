using System.ComponentModel;
using System.Globalization;

namespace AttrWs.Routing;

/// <summary>
/// Helpers of the generated invokers: parse route values exactly as the matcher checked them, and resolve services
/// with an error that names the endpoint and the missing type.
/// </summary>
/// <remarks>
/// Public only because code the source generator emits into the application's assembly calls it; not for application
/// code (hidden from IntelliSense), and its members may change with the generator (docs/public-api.md).
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class EndpointInvocation
{
    /// <summary>Parses an <c>int</c> route value (the matcher already checked it).</summary>
    public static int ParseInt32(string value) => int.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    /// <summary>Parses a <c>long</c> route value.</summary>
    public static long ParseInt64(string value) => long.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    /// <summary>Parses a <see cref="Guid"/> route value.</summary>
    public static Guid ParseGuid(string value) => Guid.Parse(value);

    /// <summary>Parses a <c>bool</c> route value.</summary>
    public static bool ParseBoolean(string value) => bool.Parse(value);

    /// <summary>
    /// Reads the <c>int</c> route value at <paramref name="index"/> from the path itself, without creating its string
    /// (the matcher already checked it); false when the value is absent.
    /// </summary>
    public static bool TryGetInt32(RouteValues values, int index, out int value) =>
        TryGetParsed(values, index, static text => int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), out value);

    /// <summary>As <see cref="TryGetInt32"/>, for a <c>long</c> route value.</summary>
    public static bool TryGetInt64(RouteValues values, int index, out long value) =>
        TryGetParsed(values, index, static text => long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), out value);

    /// <summary>As <see cref="TryGetInt32"/>, for a <see cref="Guid"/> route value.</summary>
    public static bool TryGetGuid(RouteValues values, int index, out Guid value) =>
        TryGetParsed(values, index, static text => Guid.Parse(text), out value);

    /// <summary>As <see cref="TryGetInt32"/>, for a <c>bool</c> route value.</summary>
    public static bool TryGetBoolean(RouteValues values, int index, out bool value) =>
        TryGetParsed(values, index, static text => bool.Parse(text), out value);

    private delegate T SpanParser<T>(ReadOnlySpan<char> text);

    /// <summary>The value at <paramref name="index"/> parsed from the path's characters, decoded on the stack only when escaped.</summary>
    private static bool TryGetParsed<T>(RouteValues values, int index, SpanParser<T> parse, out T value)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!values.TryGetRaw(index, out var raw, out var encoded))
        {
            value = default!;
            return false;
        }

        Span<char> buffer = encoded && RouteMatching.NeedsDecodeBuffer(raw) ? stackalloc char[RouteMatching.DecodeBufferLength] : default;
        var text = encoded ? RouteMatching.DecodeInto(raw, buffer) : raw;
        value = parse(text);
        return true;
    }

    /// <summary>The exception for a route value that a custom <c>TryParse</c> rejected after the matcher accepted it.</summary>
    public static InvalidOperationException RouteValueNotParsed(string endpointName, string parameterName, string value) =>
        new($"The endpoint '{endpointName}' could not parse the route value '{value}' of '{parameterName}'.");

    /// <summary>Resolves a service for an endpoint parameter.</summary>
    /// <exception cref="InvalidOperationException">The session has no service provider, or it has no such service.</exception>
    public static T GetRequiredService<T>(WebSocketSession session, string endpointName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(session);
        if (session.Services?.GetService(typeof(T)) is T service)
        {
            return service;
        }

        throw new InvalidOperationException(session.Services is null
            ? $"The endpoint '{endpointName}' needs a service of type '{typeof(T).FullName}', but the server has no service provider; give the server one that registers it."
            : $"The endpoint '{endpointName}' needs a service of type '{typeof(T).FullName}', which the server's service provider does not have; register it.");
    }
}
