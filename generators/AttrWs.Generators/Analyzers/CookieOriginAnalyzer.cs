using System;
using System.Collections.Immutable;
using AttrWs.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AttrWs.Generators.Analyzers
{
    /// <summary>
    /// ATTRWS014: an endpoint whose <c>[Authorize]</c> (on the method or on its declaring class) lists the <c>Cookie</c>
    /// scheme in <c>Schemes</c>, while its <c>[WebSocketEndpoint]</c> has no non-empty <c>AllowedOrigins</c> entry.
    /// Reported at each such <c>[Authorize]</c> attribute, once per endpoint it applies to. Not reported when the method
    /// carries <c>[AllowAnonymous]</c> (the requirement is ignored; ATTRWS011 covers that).
    /// </summary>
    /// <remarks>
    /// Browsers attach cookies to cross-site WebSocket handshakes, so a cookie-authenticated endpoint needs an origin
    /// policy. The runtime falls back to same-origin only, but an explicit list is the reviewed, intended policy; a
    /// server-wide list cannot be seen at compile time, hence a warning, not an error.
    /// </remarks>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CookieOriginAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>The scheme name of the built-in cookie authenticator.</summary>
        public const string CookieScheme = "Cookie";

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.CookieAuthWithoutOriginPolicy);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static start =>
            {
                var endpointAttribute = start.Compilation.GetTypeByMetadataName(EndpointGenerator.Parser.EndpointAttributeName);
                var authorizeAttribute = start.Compilation.GetTypeByMetadataName("AttrWs.AuthorizeAttribute");
                var anonymousAttribute = start.Compilation.GetTypeByMetadataName("AttrWs.AllowAnonymousAttribute");
                if (endpointAttribute is null || authorizeAttribute is null)
                {
                    return; // AttrWs is not referenced
                }

                start.RegisterSymbolAction(
                    symbol => AnalyzeMethod(symbol, endpointAttribute, authorizeAttribute, anonymousAttribute),
                    SymbolKind.Method);
            });
        }

        private static void AnalyzeMethod(SymbolAnalysisContext context, INamedTypeSymbol endpointAttribute, INamedTypeSymbol authorizeAttribute, INamedTypeSymbol? anonymousAttribute)
        {
            var method = (IMethodSymbol)context.Symbol;
            AttributeData? endpoint = null;
            var allowsAnonymous = false;
            foreach (var attribute in method.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, endpointAttribute))
                {
                    endpoint = attribute;
                }
                else if (anonymousAttribute is not null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, anonymousAttribute))
                {
                    allowsAnonymous = true;
                }
            }

            if (endpoint is null || allowsAnonymous || HasAllowedOrigins(endpoint))
            {
                return;
            }

            var name = EndpointName(method, endpoint);
            ReportCookieAuthorizations(context, method.GetAttributes(), authorizeAttribute, name);
            if (method.ContainingType is { } type)
            {
                ReportCookieAuthorizations(context, type.GetAttributes(), authorizeAttribute, name);
            }
        }

        private static void ReportCookieAuthorizations(SymbolAnalysisContext context, ImmutableArray<AttributeData> attributes, INamedTypeSymbol authorizeAttribute, string endpointName)
        {
            foreach (var attribute in attributes)
            {
                if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, authorizeAttribute) || !NamesCookieScheme(attribute))
                {
                    continue;
                }

                var syntax = attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken);
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.CookieAuthWithoutOriginPolicy,
                    syntax?.GetLocation() ?? Location.None,
                    endpointName));
            }
        }

        private static bool NamesCookieScheme(AttributeData authorize)
        {
            foreach (var named in authorize.NamedArguments)
            {
                if (named.Key == "Schemes" && named.Value.Value is string schemes)
                {
                    foreach (var scheme in schemes.Split(','))
                    {
                        if (string.Equals(scheme.Trim(), CookieScheme, StringComparison.OrdinalIgnoreCase))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        private static bool HasAllowedOrigins(AttributeData endpoint)
        {
            foreach (var named in endpoint.NamedArguments)
            {
                if (named.Key == "AllowedOrigins" && named.Value.Value is string origins)
                {
                    foreach (var origin in origins.Split(','))
                    {
                        if (origin.Trim().Length > 0)
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        private static string EndpointName(IMethodSymbol method, AttributeData endpoint)
        {
            foreach (var named in endpoint.NamedArguments)
            {
                if (named.Key == "Name" && named.Value.Value is string { Length: > 0 } name)
                {
                    return name;
                }
            }

            return method.ContainingType.Name + "." + method.Name;
        }
    }
}
