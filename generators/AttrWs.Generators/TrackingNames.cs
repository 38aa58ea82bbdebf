namespace AttrWs.Generators
{
    /// <summary>Names of the tracked pipeline steps (incremental tests assert they are cached).</summary>
    internal static class TrackingNames
    {
        public const string ParsedEndpoints = nameof(ParsedEndpoints);
        public const string ValidEndpoints = nameof(ValidEndpoints);
        public const string CollectedEndpoints = nameof(CollectedEndpoints);

        /// <summary>The collected endpoints sorted by declaration (file, then position).</summary>
        public const string OrderedEndpoints = nameof(OrderedEndpoints);

        /// <summary>The position-free models the routing table and invokers are emitted from.</summary>
        public const string RouteTableEndpoints = nameof(RouteTableEndpoints);

        /// <summary>The project directory and path map the endpoint map's paths are written with.</summary>
        public const string SourcePaths = nameof(SourcePaths);

        /// <summary>The (index, file, line) triples the endpoint map's source locations are emitted from.</summary>
        public const string EndpointSourceLocations = nameof(EndpointSourceLocations);

        /// <summary>Whether the compilation references AttrWs.AspNetCore (the ASP.NET Core hook is emitted then).</summary>
        public const string AspNetCoreHost = nameof(AspNetCoreHost);
    }
}
