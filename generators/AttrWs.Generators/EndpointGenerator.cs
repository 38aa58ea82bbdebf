using AttrWs.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AttrWs.Generators
{
    /// <summary>
    /// Turns <c>[WebSocketEndpoint]</c> methods into a compile-time routing table, typed invokers and an endpoint map.
    /// This file only wires the pipeline: parsing is in <c>EndpointGenerator.Parser.cs</c>, emitting in
    /// <c>EndpointGenerator.Emitter.cs</c>. Diagnostics are reported by the analyzers, which reuse the parser.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed partial class EndpointGenerator : IIncrementalGenerator
    {
        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var endpoints = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    Parser.EndpointAttributeName,
                    static (node, _) => node is MethodDeclarationSyntax,
                    static (ctx, ct) => Parser.Parse((IMethodSymbol)ctx.TargetSymbol, ctx.Attributes[0], ct))
                .WithTrackingName(TrackingNames.ParsedEndpoints)
                .Select(static (result, _) => result.Endpoint)
                .Where(static endpoint => endpoint is not null)
                .WithTrackingName(TrackingNames.ValidEndpoints)
                .Collect()
                .WithTrackingName(TrackingNames.CollectedEndpoints);

            context.RegisterSourceOutput(endpoints, static (spc, items) => Emitter.Emit(spc, items!));
        }
    }
}
