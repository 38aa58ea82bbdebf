namespace AttrWs.Generators.Model
{
    /// <summary>How an endpoint method returns.</summary>
    internal enum EndpointReturnKind
    {
        Void = 0,
        Task = 1,
        ValueTask = 2,
    }

    /// <summary>
    /// One valid endpoint, symbol-free and value-equal: everything the emitter needs for the routing table, the invoker
    /// and the endpoint map, except where it is declared. Position-free on purpose: an edit that moves the declaration
    /// (a line added above it) leaves the model equal, so the routing-table output stays cached. The declaration site
    /// travels next to it in <see cref="LocatedEndpoint"/>.
    /// </summary>
    /// <param name="Template">The route template as written.</param>
    /// <param name="SubProtocols">Trimmed subprotocols, in server-preference order.</param>
    /// <param name="Deflate">The <c>DeflateMode</c> value.</param>
    /// <param name="Name">The endpoint-map name (<c>Type.Method</c> unless named).</param>
    /// <param name="DeclaringTypeName">The declaring type's full name as users read it (<c>Ns.Outer.Inner</c>).</param>
    /// <param name="DeclaringTypeReference">The declaring type as code (<c>global::Ns.Outer.Inner</c>).</param>
    /// <param name="AllowedOrigins">Trimmed, non-empty entries of <c>AllowedOrigins</c> (the runtime validates them at start).</param>
    internal sealed record EndpointModel(
        string Template,
        EquatableArray<string> SubProtocols,
        bool AllowMissingSubProtocol,
        int Deflate,
        string Name,
        string DeclaringTypeName,
        string DeclaringTypeReference,
        string MethodName,
        EndpointReturnKind ReturnKind,
        EquatableArray<ParameterModel> Parameters,
        AuthorizationModel Authorization,
        EquatableArray<string> AllowedOrigins)
    {
        /// <summary>For an instance endpoint: how the class is created and disposed per connection; null for a static one.</summary>
        public ActivationModel? Activation { get; init; }
    }

    /// <summary>How generated code creates an endpoint class for one connection.</summary>
    /// <param name="ClassName">The class's full name as users read it.</param>
    /// <param name="ClassReference">The class as code (<c>global::Ns.Rooms</c>).</param>
    /// <param name="ConstructorParameters">The chosen constructor's parameters, all services.</param>
    internal sealed record ActivationModel(
        string ClassName,
        string ClassReference,
        EquatableArray<ConstructorParameterModel> ConstructorParameters,
        DisposeKind Dispose);

    /// <summary>What the class implements to be disposed at the end of the connection.</summary>
    internal enum DisposeKind
    {
        None = 0,
        Disposable = 1,
        AsyncDisposable = 2,
    }

    /// <summary>A constructor parameter of an endpoint class.</summary>
    internal sealed record ConstructorParameterModel(string Name, ServiceModel Service);

    /// <summary>How a service parameter is resolved.</summary>
    /// <param name="TypeName">The service type as code.</param>
    /// <param name="IsKeyed">It has <c>[FromKeyedServices]</c>.</param>
    /// <param name="KeyCode">The key as code (<c>"primary"</c>, <c>null</c>).</param>
    /// <param name="IsOptional">It has a default value or is nullable: absent means the default.</param>
    /// <param name="DefaultCode">The default value as code.</param>
    internal sealed record ServiceModel(string TypeName, bool IsKeyed, string KeyCode, bool IsOptional, string DefaultCode);

    /// <summary>Where a parameter's value comes from (mirrors <c>AttrWs.EndpointParameterSource</c>).</summary>
    internal enum ParameterSource
    {
        Route = 0,
        Session = 1,
        CancellationToken = 2,
        OpenRequestContext = 3,
        Service = 4,
    }

    /// <summary>How a route value string becomes the parameter's type.</summary>
    internal enum RouteValueKind
    {
        None = 0,
        String = 1,
        Int32 = 2,
        Int64 = 3,
        Guid = 4,
        Boolean = 5,

        /// <summary>The type's <c>static bool TryParse(string, out T)</c>.</summary>
        TryParse = 6,

        /// <summary>The type's <c>static bool TryParse(string, IFormatProvider, out T)</c> (invariant culture).</summary>
        TryParseWithProvider = 7,
    }

    /// <summary>One parameter of an endpoint method and its binding.</summary>
    /// <param name="Name">The C# parameter name.</param>
    /// <param name="TypeName">The fully qualified type as code (<c>global::System.Int32?</c>).</param>
    /// <param name="ParsedTypeName">For route values: the type that parses (the underlying type of a nullable), as code.</param>
    /// <param name="RouteName">For route values: the template's spelling of the parameter name.</param>
    /// <param name="RouteIndex">For route values: the slot in <c>RouteValues</c> (template parameter order).</param>
    /// <param name="IsOptional">For route values: the template marks it optional (or it is a catch-all).</param>
    /// <param name="Constraints">For route values: the constraints as written.</param>
    internal sealed record ParameterModel(
        string Name,
        string TypeName,
        ParameterSource Source,
        RouteValueKind RouteKind,
        string ParsedTypeName,
        string RouteName,
        int RouteIndex,
        bool IsOptional,
        bool IsNullable,
        EquatableArray<string> Constraints)
    {
        /// <summary>For services of class endpoints, and keyed services: how the service is resolved.</summary>
        public ServiceModel? Service { get; init; }
    }

    /// <summary>The combined <c>[Authorize]</c>/<c>[AllowAnonymous]</c> of an endpoint.</summary>
    internal sealed record AuthorizationModel(EquatableArray<AuthorizeModel> Requirements, bool AllowAnonymous);

    /// <summary>One <c>[Authorize]</c>.</summary>
    internal sealed record AuthorizeModel(string? Policy, string? Roles, string? Schemes);

    /// <summary>What the parser produced for one attributed method: the model (null when invalid) and its diagnostics.</summary>
    internal sealed record EndpointParseResult(LocatedEndpoint? Endpoint, EquatableArray<DiagnosticInfo> Diagnostics);
}
