using System.Collections.Generic;
using System.Collections.Immutable;
using AttrWs.Generators.Model;

namespace AttrWs.Generators.Emitting
{
    /// <summary>
    /// The steps between the collected endpoints and the two outputs. The routing table and invokers depend on the
    /// declaration order only, the endpoint map's source locations on absolute lines; splitting them lets an edit
    /// that shifts lines regenerate the small locations file and leave the routing table cached.
    /// </summary>
    internal static class Projections
    {
        /// <summary>
        /// Declaration order (file, then position) is the stable key: it orders the endpoint map and the endpoints
        /// that share a template (their subprotocol preference). The name breaks ties between generated trees
        /// without a path.
        /// </summary>
        public static EquatableArray<LocatedEndpoint> InDeclarationOrder(ImmutableArray<LocatedEndpoint?> endpoints)
        {
            var ordered = new List<LocatedEndpoint>(endpoints.Length);
            foreach (var endpoint in endpoints)
            {
                if (endpoint is not null)
                {
                    ordered.Add(endpoint);
                }
            }

            ordered.Sort(static (a, b) =>
            {
                var byFile = string.CompareOrdinal(a.Source.FilePath, b.Source.FilePath);
                if (byFile != 0)
                {
                    return byFile;
                }

                return a.Source.Position != b.Source.Position
                    ? a.Source.Position.CompareTo(b.Source.Position)
                    : string.CompareOrdinal(a.Model.Name, b.Model.Name);
            });
            return new EquatableArray<LocatedEndpoint>(ordered.ToArray());
        }

        /// <summary>The position-free models, in declaration order: all the routing table and invokers read.</summary>
        public static EquatableArray<EndpointModel> RouteTableEndpoints(EquatableArray<LocatedEndpoint> ordered)
        {
            var models = new EndpointModel[ordered.Count];
            for (var i = 0; i < models.Length; i++)
            {
                models[i] = ordered[i].Model;
            }

            return new EquatableArray<EndpointModel>(models);
        }

        /// <summary>The declaration site of each endpoint, by endpoint-map index, its path as <paramref name="paths"/> shows it.</summary>
        public static EquatableArray<EndpointSourceLocation> SourceLocations(EquatableArray<LocatedEndpoint> ordered, SourcePaths paths)
        {
            var locations = new EndpointSourceLocation[ordered.Count];
            for (var i = 0; i < locations.Length; i++)
            {
                locations[i] = new EndpointSourceLocation(i, paths.Display(ordered[i].Source.FilePath), ordered[i].Source.Line);
            }

            return new EquatableArray<EndpointSourceLocation>(locations);
        }
    }
}
