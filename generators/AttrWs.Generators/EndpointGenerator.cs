using AttrWs.Generators.Emitting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AttrWs.Generators
{
    /// <summary>
    /// Turns <c>[WebSocketEndpoint]</c> methods into a compile-time routing table, typed invokers and an endpoint map.
    /// This file only wires the pipeline: parsing is in <c>Parsing/</c> (<see cref="Parser"/>), the steps between the
    /// collected endpoints and the outputs in <c>Emitting/Projections.cs</c>, emitting in <c>Emitting/</c>
    /// (<see cref="EndpointsEmitter"/>). Diagnostics are reported by the analyzers, which reuse the parser.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed partial class EndpointGenerator : IIncrementalGenerator
    {
        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var ordered = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    Parser.EndpointAttributeName,
                    static (node, _) => node is MethodDeclarationSyntax,
                    static (ctx, ct) => Parser.Parse((IMethodSymbol)ctx.TargetSymbol, ctx.Attributes[0], ct))
                .WithTrackingName(TrackingNames.ParsedEndpoints)
                .Select(static (result, _) => result.Endpoint)
                .Where(static endpoint => endpoint is not null)
                .WithTrackingName(TrackingNames.ValidEndpoints)
                .Collect()
                .WithTrackingName(TrackingNames.CollectedEndpoints)
                .Select(static (items, _) => Projections.InDeclarationOrder(items))
                .WithTrackingName(TrackingNames.OrderedEndpoints);

            // Two outputs so an edit that only moves declarations (new lines above an endpoint) regenerates the
            // source locations and leaves the routing table cached.
            var routeTable = ordered
                .Select(static (items, _) => Projections.RouteTableEndpoints(items))
                .WithTrackingName(TrackingNames.RouteTableEndpoints);
            // The endpoint map's paths: relative to the project, or PathMap-mapped. Both inputs are small equatable
            // values, so the compilation itself never flows into the pipeline.
            var sourcePaths = context.AnalyzerConfigOptionsProvider
                .Select(static (options, _) => SourcePaths.ProjectDirectoryOf(options))
                .Combine(context.CompilationProvider.Select(static (compilation, _) => SourcePaths.PathMapOf(compilation)))
                .Select(static (pair, _) => new SourcePaths(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.SourcePaths);
            var sourceLocations = ordered
                .Combine(sourcePaths)
                .Select(static (pair, _) => Projections.SourceLocations(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.EndpointSourceLocations);

            // The ASP.NET Core hook: only when the app references AttrWs.AspNetCore (a bool, so the step caches).
            var hostsOnAspNetCore = context.CompilationProvider
                .Select(static (compilation, _) => compilation.GetTypeByMetadataName(AspNetCoreHookEmitter.AdapterMarkerType) is not null)
                .WithTrackingName(TrackingNames.AspNetCoreHost);

            context.RegisterSourceOutput(routeTable, static (spc, endpoints) => EndpointsEmitter.EmitRouteTable(spc, endpoints));
            context.RegisterSourceOutput(hostsOnAspNetCore, static (spc, referenced) =>
            {
                if (referenced)
                {
                    spc.AddSource(AspNetCoreHookEmitter.HintName, AspNetCoreHookEmitter.Generate());
                }
            });
            context.RegisterSourceOutput(sourceLocations, static (spc, locations) => EndpointsEmitter.EmitSourceLocations(spc, locations));
        }
    }
}
