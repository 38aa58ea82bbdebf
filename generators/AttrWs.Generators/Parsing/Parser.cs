using System;
using System.Collections.Generic;
using System.Threading;
using AttrWs.Generators.Diagnostics;
using AttrWs.Generators.Model;
using AttrWs.Routing.Template;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AttrWs.Generators
{
    public sealed partial class EndpointGenerator
    {
        /// <summary>
        /// Turns one <c>[WebSocketEndpoint]</c> method into a symbol-free <see cref="LocatedEndpoint"/> plus diagnostics as
        /// data. The generator skips endpoints with errors; the analyzers call <see cref="Parse"/> too and report the
        /// diagnostics, so both see exactly the same rules.
        /// </summary>
        internal static partial class Parser
        {
            public const string EndpointAttributeName = "AttrWs.WebSocketEndpointAttribute";

            /// <summary>Parses an attributed method (<paramref name="attribute"/> is its <c>[WebSocketEndpoint]</c>).</summary>
            public static EndpointParseResult Parse(IMethodSymbol method, AttributeData attribute, CancellationToken cancellationToken)
            {
                var diagnostics = new List<DiagnosticInfo>();
                var attributeSyntax = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;
                var methodLocation = LocationInfo.From(FirstLocation(method));

                if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string template)
                {
                    // The compiler already reports the broken attribute; nothing to add.
                    return new EndpointParseResult(null, EquatableArray<DiagnosticInfo>.Empty);
                }

                var templateArgument = FindArgument(attributeSyntax, null);
                var route = ParseRoute(method, template, templateArgument, diagnostics, cancellationToken);
                var parsed = route.Parsed;
                var subProtocols = ParseSubProtocols(attribute, attributeSyntax, diagnostics);
                CheckMethodShape(method, methodLocation, diagnostics, out var returnKind);
                CheckAccessibility(method, methodLocation, diagnostics);
                var authorization = ParseAuthorization(method, attributeSyntax, diagnostics);
                var activation = method.IsStatic ? null : ParseActivation(method, diagnostics);
                var parameters = parsed is null
                    ? new List<ParameterModel>()
                    : BindParameters(method, parsed, route.Locate, diagnostics);

                var allowMissing = false;
                var deflate = 0;
                string? name = null;
                var allowedOrigins = new List<string>(route.PrefixOrigins);
                foreach (var named in attribute.NamedArguments)
                {
                    switch (named.Key)
                    {
                        case "AllowMissingSubProtocol":
                            allowMissing = named.Value.Value is true;
                            break;
                        case "Deflate":
                            deflate = named.Value.Value is int mode ? mode : 0;
                            break;
                        case "Name":
                            name = named.Value.Value as string;
                            break;
                        case "AllowedOrigins":
                            foreach (var origin in SplitOrigins(named.Value.Value as string))
                            {
                                if (!allowedOrigins.Contains(origin))
                                {
                                    allowedOrigins.Add(origin);
                                }
                            }

                            break;
                    }
                }

                var hasErrors = false;
                foreach (var diagnostic in diagnostics)
                {
                    hasErrors |= diagnostic.IsError;
                }

                LocatedEndpoint? located = null;
                if (!hasErrors && parsed is not null)
                {
                    var typeName = TypeNameWithoutNamespace(method.ContainingType);
                    var tree = attributeSyntax?.SyntaxTree;
                    var model = new EndpointModel(
                        route.Template,
                        subProtocols.ToEquatableArray(),
                        allowMissing,
                        deflate,
                        string.IsNullOrEmpty(name) ? typeName + "." + method.Name : name!,
                        method.ContainingType.ToDisplayString(),
                        method.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                        method.Name,
                        returnKind,
                        parameters.ToEquatableArray(),
                        authorization,
                        allowedOrigins.ToEquatableArray())
                    {
                        Activation = activation,
                    };
                    var source = new EndpointSource(
                        tree?.FilePath ?? string.Empty,
                        tree is null ? 0 : tree.GetLineSpan(attributeSyntax!.Span, cancellationToken).StartLinePosition.Line + 1,
                        attributeSyntax?.SpanStart ?? 0);
                    located = new LocatedEndpoint(model, source);
                }

                return new EndpointParseResult(located, diagnostics.ToEquatableArray());
            }

            private static List<string> SplitOrigins(string? list)
            {
                var result = new List<string>();
                foreach (var entry in (list ?? string.Empty).Split(','))
                {
                    var trimmed = entry.Trim();
                    if (trimmed.Length > 0)
                    {
                        result.Add(trimmed);
                    }
                }

                return result;
            }

            private static ExpressionSyntax? FindArgument(AttributeSyntax? attribute, string? propertyName)
            {
                if (attribute?.ArgumentList is null)
                {
                    return null;
                }

                foreach (var argument in attribute.ArgumentList.Arguments)
                {
                    if (propertyName is null && argument.NameEquals is null)
                    {
                        return argument.Expression;
                    }

                    if (propertyName is not null && argument.NameEquals?.Name.Identifier.ValueText == propertyName)
                    {
                        return argument.Expression;
                    }
                }

                return null;
            }

            /// <summary>
            /// Points at characters of the template inside its string literal when the literal is a plain one whose text
            /// maps one to one onto the value (no escapes, not verbatim); otherwise at the whole argument.
            /// </summary>
            private static LocationInfo? TemplateLocation(ExpressionSyntax? argument, int offset, int length)
            {
                if (argument is null)
                {
                    return null;
                }

                if (argument is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
                {
                    var token = literal.Token;
                    if (token.Text.Length == token.ValueText.Length + 2 && token.Text[0] == '"')
                    {
                        var start = token.SpanStart + 1 + offset;
                        return LocationInfo.From(argument.SyntaxTree, new TextSpan(start, Math.Max(length, 0)));
                    }
                }

                return LocationInfo.From(argument);
            }

            private static Location? FirstLocation(ISymbol symbol) => symbol.Locations.Length > 0 ? symbol.Locations[0] : null;

            private static bool IsAttribute(AttributeData attribute, string name) =>
                attribute.AttributeClass is { } type && type.Name == name && IsNamespace(type.ContainingNamespace, "AttrWs");

            internal static bool IsType(ITypeSymbol type, string ns, string name) =>
                type.Name == name && type.ContainingType is null && IsNamespace(type.ContainingNamespace, ns);

            private static bool IsNamespace(INamespaceSymbol? symbol, string name) =>
                symbol is not null && symbol.ToDisplayString() == name;

            private static string TypeNameWithoutNamespace(INamedTypeSymbol type) =>
                type.ContainingType is null ? type.Name : TypeNameWithoutNamespace(type.ContainingType) + "." + type.Name;
        }
    }
}
