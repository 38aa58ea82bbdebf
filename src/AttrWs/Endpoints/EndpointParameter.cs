namespace AttrWs;

/// <summary>Where an endpoint parameter's value comes from.</summary>
public enum EndpointParameterSource
{
    /// <summary>A route value, parsed to the parameter's type.</summary>
    Route = 0,

    /// <summary>The <see cref="WebSocketSession"/> itself.</summary>
    Session = 1,

    /// <summary>The connection's <see cref="CancellationToken"/> (<see cref="WebSocketSession.Aborted"/>).</summary>
    CancellationToken = 2,

    /// <summary>The open-request context of the handshake that accepted the connection.</summary>
    OpenRequestContext = 3,

    /// <summary>A service resolved from the server's <see cref="IServiceProvider"/>.</summary>
    Service = 4,
}

/// <summary>Describes one parameter of an endpoint method in the endpoint map.</summary>
/// <param name="Name">The parameter's name.</param>
/// <param name="TypeName">The parameter's fully qualified C# type name.</param>
/// <param name="Source">Where its value comes from.</param>
/// <param name="Constraints">For route parameters, the template's constraints (e.g. <c>int</c>, <c>range(1,10)</c>); otherwise empty.</param>
/// <param name="IsOptional">For route parameters, whether the template marks it optional.</param>
public sealed record EndpointParameter(
    string Name,
    string TypeName,
    EndpointParameterSource Source,
    IReadOnlyList<string> Constraints,
    bool IsOptional);
