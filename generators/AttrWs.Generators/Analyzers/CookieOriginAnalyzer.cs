using System;
using System.Collections.Immutable;
using AttrWs.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AttrWs.Generators.Analyzers
{
    /// <summary>
    /// ATTRWS014: an endpoint whose <c>[Authorize]</c> (on the method or on its declaring class) lists, in <c>Schemes</c>,
    /// a scheme whose credentials a browser attaches on its own (<see cref="AmbientSchemes"/>: cookies, Basic, Digest,
    /// Negotiate, NTLM, client certificates), while its <c>[WebSocketEndpoint]</c> has no non-empty <c>AllowedOrigins</c>
    /// entry. Reported at each such <c>[Authorize]</c> attribute, once per endpoint it applies to. Not reported when the
    /// method carries <c>[AllowAnonymous]</c> (the requirement is ignored; ATTRWS011 covers that).
    /// </summary>
    /// <remarks>
    /// Browsers attach cookies and replay cached Basic/Digest/Negotiate credentials and client certificates on cross-site
    /// WebSocket handshakes, so such an endpoint needs an origin policy. The runtime falls back to same-origin only, but an
    /// explicit list is the reviewed, intended policy; a server-wide list cannot be seen at compile time, hence a warning,
    /// not an error. Scheme names are read as the compiler's constant values, so <c>Schemes = MySchemes.Cookie</c> and
    /// <c>Schemes = CookieAuthenticator.DefaultScheme</c> count as well as literals.
    /// </remarks>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CookieOriginAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>The scheme name of the built-in cookie authenticator.</summary>
        public const string CookieScheme = "Cookie";

        /// <summary>
        /// Scheme names (compared ignoring case) whose credentials a browser attaches on its own: AttrWs's built-in
        /// <c>Cookie</c> and <c>Basic</c>, the common names of ASP.NET Core's cookie, certificate and Windows schemes, and
        /// the HTTP authentication schemes a browser answers from its cache.
        /// </summary>
        internal static readonly string[] AmbientSchemes =
        {
            CookieScheme, "Cookies", "Identity.Application", "Basic", "Digest", "Negotiate", "NTLM", "Kerberos", "Windows",
            "Certificate", "ClientCertificate",
        };

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
                if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, authorizeAttribute) || FindAmbientScheme(attribute) is not { } scheme)
                {
                    continue;
                }

                var syntax = attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken);
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.CookieAuthWithoutOriginPolicy,
                    syntax?.GetLocation() ?? Location.None,
                    endpointName,
                    scheme));
            }
        }

        /// <summary>The first ambient scheme the attribute's <c>Schemes</c> lists (as written there), or null.</summary>
        private static string? FindAmbientScheme(AttributeData authorize)
        {
            foreach (var named in authorize.NamedArguments)
            {
                // TypedConstant.Value is the compiler's constant value: literals, const fields and folded concatenations alike.
                if (named.Key == "Schemes" && named.Value.Value is string schemes)
                {
                    foreach (var entry in schemes.Split(','))
                    {
                        var scheme = entry.Trim();
                        foreach (var ambient in AmbientSchemes)
                        {
                            if (string.Equals(scheme, ambient, StringComparison.OrdinalIgnoreCase))
                            {
                                return scheme;
                            }
                        }
                    }
                }
            }

            return null;
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
