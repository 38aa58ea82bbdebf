namespace AttrWs;

/// <summary>
/// A service an endpoint class needs for every connection (a required constructor or method parameter), listed in the
/// endpoint map so the server can check the container at start-up.
/// </summary>
public sealed class EndpointServiceDependency
{
    /// <summary>Creates a dependency.</summary>
    /// <param name="parameterName">The constructor or method parameter that takes the service.</param>
    /// <param name="serviceType">The service type.</param>
    /// <param name="isKeyed">Whether the parameter has <c>[FromKeyedServices]</c>.</param>
    /// <param name="serviceKey">The key of a keyed service.</param>
    /// <param name="isConstructorParameter">Whether the parameter belongs to the class's constructor (else to the method).</param>
    public EndpointServiceDependency(string parameterName, Type serviceType, bool isKeyed, object? serviceKey, bool isConstructorParameter)
    {
        ArgumentException.ThrowIfNullOrEmpty(parameterName);
        ArgumentNullException.ThrowIfNull(serviceType);
        ParameterName = parameterName;
        ServiceType = serviceType;
        IsKeyed = isKeyed;
        ServiceKey = serviceKey;
        IsConstructorParameter = isConstructorParameter;
    }

    /// <summary>The constructor or method parameter that takes the service.</summary>
    public string ParameterName { get; }

    /// <summary>The service type.</summary>
    public Type ServiceType { get; }

    /// <summary>Whether the service is resolved by key (<c>[FromKeyedServices]</c>).</summary>
    public bool IsKeyed { get; }

    /// <summary>The key of a keyed service.</summary>
    public object? ServiceKey { get; }

    /// <summary>Whether the parameter belongs to the class's constructor (else to the endpoint method).</summary>
    public bool IsConstructorParameter { get; }

    /// <inheritdoc />
    public override string ToString() => IsKeyed ? $"{ServiceType.FullName} (key \"{ServiceKey}\")" : ServiceType.FullName ?? ServiceType.Name;
}
