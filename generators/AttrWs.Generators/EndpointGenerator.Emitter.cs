using System.Collections.Immutable;
using AttrWs.Generators.Model;
using Microsoft.CodeAnalysis;

namespace AttrWs.Generators
{
    public sealed partial class EndpointGenerator
    {
        internal static partial class Emitter
        {
            public static void Emit(SourceProductionContext context, ImmutableArray<EndpointModel> endpoints)
            {
                _ = context;
                _ = endpoints;
            }
        }
    }
}
