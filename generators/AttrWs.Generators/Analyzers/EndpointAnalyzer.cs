using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using AttrWs.Generators.Diagnostics;
using AttrWs.Generators.Model;
using AttrWs.Routing.Template;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AttrWs.Generators.Analyzers
{
    /// <summary>
    /// Reports the diagnostics catalogue (DESIGN §7) for <c>[WebSocketEndpoint]</c> methods. Per-endpoint rules come from
    /// the generator's own parser (<see cref="EndpointGenerator.Parser"/>), so the analyzer and the generator can never
    /// disagree on what is valid; the generator reports nothing and skips invalid endpoints. The route checks that need
    /// every endpoint (ATTRWS003 duplicates, ATTRWS013 ambiguities) run once at compilation end.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EndpointAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.InvalidRouteTemplate,
            DiagnosticDescriptors.InvalidRouteConstraint,
            DiagnosticDescriptors.DuplicateRoute,
            DiagnosticDescriptors.InvalidSubProtocol,
            DiagnosticDescriptors.DuplicateSubProtocol,
            DiagnosticDescriptors.UnsupportedMethodShape,
            DiagnosticDescriptors.UnbindableParameter,
            DiagnosticDescriptors.UnusedRouteParameter,
            DiagnosticDescriptors.RouteParameterTypeMismatch,
            DiagnosticDescriptors.InaccessibleEndpoint,
            DiagnosticDescriptors.SuspiciousAuthorization,
            DiagnosticDescriptors.AsyncVoidEndpoint,
            DiagnosticDescriptors.AmbiguousRoutes,
            DiagnosticDescriptors.InvalidEndpointClass,
            DiagnosticDescriptors.NoUsableConstructor,
            DiagnosticDescriptors.UnresolvableConstructorParameter,
            DiagnosticDescriptors.InvalidRoutePrefix,
            DiagnosticDescriptors.InvalidPrefixCombination);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static start =>
            {
                var attributeType = start.Compilation.GetTypeByMetadataName(EndpointGenerator.Parser.EndpointAttributeName);
                if (attributeType is null)
                {
                    return; // AttrWs is not referenced: nothing to analyze
                }

                var routes = new ConcurrentBag<EndpointRoute>();
                var classDiagnostics = new ConcurrentDictionary<string, bool>();
                start.RegisterSymbolAction(symbol => AnalyzeMethod(symbol, attributeType, routes, classDiagnostics), SymbolKind.Method);
                start.RegisterCompilationEndAction(end => ReportRouteConflicts(end, routes));
            });
        }

        /// <param name="classDiagnostics">
        /// Class-level diagnostics already reported (ATTRWS015-018 concern the class, its constructor or its prefix, which
        /// every endpoint of the class parses): each is reported once.
        /// </param>
        private static void AnalyzeMethod(SymbolAnalysisContext context, INamedTypeSymbol attributeType, ConcurrentBag<EndpointRoute> routes, ConcurrentDictionary<string, bool> classDiagnostics)
        {
            var method = (IMethodSymbol)context.Symbol;
            foreach (var attribute in method.GetAttributes())
            {
                if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
                {
                    continue;
                }

                var result = EndpointGenerator.Parser.Parse(method, attribute, context.CancellationToken);
                foreach (var diagnostic in result.Diagnostics)
                {
                    if (IsClassLevel(diagnostic.Id) && !classDiagnostics.TryAdd(diagnostic.Id + "|" + diagnostic.Location?.FilePath + "|" + diagnostic.Location?.Span, true))
                    {
                        continue;
                    }

                    context.ReportDiagnostic(ToDiagnostic(diagnostic, context.Compilation));
                }

                // Only endpoints the generator will emit take part in the route table checks.
                if (result.Endpoint is { } endpoint && CreateRoute(endpoint.Model, attribute, context) is { } route)
                {
                    routes.Add(route);
                }
            }
        }

        private static bool IsClassLevel(string id) =>
            id == DiagnosticDescriptors.InvalidEndpointClass.Id || id == DiagnosticDescriptors.NoUsableConstructor.Id
            || id == DiagnosticDescriptors.UnresolvableConstructorParameter.Id || id == DiagnosticDescriptors.InvalidRoutePrefix.Id;

        private static EndpointRoute? CreateRoute(EndpointModel endpoint, AttributeData attribute, SymbolAnalysisContext context)
        {
            var template = RouteTemplateParser.Parse(endpoint.Template, out _);
            var syntax = attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) as AttributeSyntax;
            ExpressionSyntax? templateArgument = null;
            foreach (var argument in syntax?.ArgumentList?.Arguments ?? default)
            {
                if (argument.NameEquals is null && argument.NameColon is null)
                {
                    templateArgument = argument.Expression;
                    break;
                }
            }

            if (template is null || templateArgument is null)
            {
                return null;
            }

            return new EndpointRoute(
                endpoint.DeclaringTypeName + "." + endpoint.MethodName,
                endpoint.Template,
                new RouteShape(template),
                endpoint.SubProtocols,
                endpoint.AllowMissingSubProtocol,
                templateArgument.GetLocation());
        }

        private static void ReportRouteConflicts(CompilationAnalysisContext context, ConcurrentBag<EndpointRoute> routes)
        {
            foreach (var conflict in RouteConflictDetector.FindConflicts(new List<EndpointRoute>(routes)))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                Report(context, conflict, conflict.First, conflict.Second);
                Report(context, conflict, conflict.Second, conflict.First);
            }
        }

        private static void Report(CompilationAnalysisContext context, RouteConflict conflict, EndpointRoute endpoint, EndpointRoute other)
        {
            var diagnostic = conflict.Kind == RouteConflictKind.Duplicate
                ? Diagnostic.Create(
                    DiagnosticDescriptors.DuplicateRoute,
                    endpoint.TemplateLocation,
                    new[] { other.TemplateLocation },
                    endpoint.Template,
                    endpoint.DisplayName,
                    other.DisplayName,
                    endpoint.DescribeSubProtocolOverlap(other))
                : Diagnostic.Create(
                    DiagnosticDescriptors.AmbiguousRoutes,
                    endpoint.TemplateLocation,
                    new[] { other.TemplateLocation },
                    endpoint.Template,
                    endpoint.DisplayName,
                    other.Template,
                    other.DisplayName,
                    conflict.ExamplePath);
            context.ReportDiagnostic(diagnostic);
        }

        /// <summary>
        /// The parser's locations are plain data (path + span) so they can live in the generator's cache; reporting needs
        /// them back in their syntax tree, or suppressions and IDE squiggles would not find them.
        /// </summary>
        private static Diagnostic ToDiagnostic(DiagnosticInfo info, Compilation compilation)
        {
            var location = Location.None;
            if (info.Location is { } where)
            {
                location = where.ToLocation();
                foreach (var tree in compilation.SyntaxTrees)
                {
                    if (tree.FilePath == where.FilePath)
                    {
                        location = Location.Create(tree, where.Span);
                        break;
                    }
                }
            }

            var arguments = new object[info.Arguments.Count];
            for (var i = 0; i < arguments.Length; i++)
            {
                arguments[i] = info.Arguments[i];
            }

            return Diagnostic.Create(info.Descriptor, location, arguments);
        }
    }
}
