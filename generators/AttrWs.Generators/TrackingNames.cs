namespace AttrWs.Generators
{
    /// <summary>Names of the tracked pipeline steps (incremental tests assert they are cached).</summary>
    internal static class TrackingNames
    {
        public const string ParsedEndpoints = nameof(ParsedEndpoints);
        public const string ValidEndpoints = nameof(ValidEndpoints);
        public const string CollectedEndpoints = nameof(CollectedEndpoints);
    }
}
