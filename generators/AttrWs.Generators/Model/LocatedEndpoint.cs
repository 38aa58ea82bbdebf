namespace AttrWs.Generators.Model
{
    /// <summary>Where an endpoint's <c>[WebSocketEndpoint]</c> attribute is.</summary>
    /// <param name="FilePath">The file path the compiler saw.</param>
    /// <param name="Line">1-based line of the attribute.</param>
    /// <param name="Position">Character position of the attribute (orders endpoints inside a file).</param>
    internal sealed record EndpointSource(string FilePath, int Line, int Position);

    /// <summary>
    /// What the parser produces for a valid endpoint: the position-free model and its declaration site, kept apart so
    /// the pipeline can cache the routing table on the first and the source locations on the second.
    /// </summary>
    internal sealed record LocatedEndpoint(EndpointModel Model, EndpointSource Source);

    /// <summary>The endpoint map's <c>SourceFile</c>/<c>SourceLine</c> of the endpoint at <paramref name="Index"/>.</summary>
    /// <param name="Index">The endpoint's index in the endpoint map (declaration order).</param>
    /// <param name="FilePath">The file path as the endpoint map shows it (project-relative or PathMap-mapped).</param>
    /// <param name="Line">1-based line of the attribute.</param>
    internal sealed record EndpointSourceLocation(int Index, string FilePath, int Line);
}
