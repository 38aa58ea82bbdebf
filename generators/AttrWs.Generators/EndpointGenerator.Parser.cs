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
        /// Turns one <c>[WebSocketEndpoint]</c> method into a symbol-free <see cref="EndpointModel"/> plus diagnostics as
        /// data. The generator skips endpoints with errors; the analyzers call <see cref="Parse"/> too and report the
        /// diagnostics, so both see exactly the same rules.
        /// </summary>
        internal static class Parser
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
                var parsed = RouteTemplateParser.Parse(template, out var templateError);
                if (templateError is not null)
                {
                    var descriptor = templateError.Id == RouteTemplateError.SyntaxId
                        ? DiagnosticDescriptors.InvalidRouteTemplate
                        : DiagnosticDescriptors.InvalidRouteConstraint;
                    diagnostics.Add(DiagnosticInfo.Create(descriptor, TemplateLocation(templateArgument, templateError.Offset, templateError.Length), template, templateError.Message));
                }

                var subProtocols = ParseSubProtocols(attribute, attributeSyntax, diagnostics);
                CheckMethodShape(method, methodLocation, diagnostics, out var returnKind);
                CheckAccessibility(method, methodLocation, diagnostics);
                var authorization = ParseAuthorization(method, attributeSyntax, diagnostics);
                var parameters = parsed is null
                    ? new List<ParameterModel>()
                    : BindParameters(method, parsed, templateArgument, diagnostics);

                var allowMissing = false;
                var deflate = 0;
                string? name = null;
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
                    }
                }

                var hasErrors = false;
                foreach (var diagnostic in diagnostics)
                {
                    hasErrors |= diagnostic.IsError;
                }

                EndpointModel? model = null;
                if (!hasErrors && parsed is not null)
                {
                    var typeName = TypeNameWithoutNamespace(method.ContainingType);
                    var tree = attributeSyntax?.SyntaxTree;
                    var position = attributeSyntax?.SpanStart ?? 0;
                    model = new EndpointModel(
                        template,
                        subProtocols.ToEquatableArray(),
                        allowMissing,
                        deflate,
                        string.IsNullOrEmpty(name) ? typeName + "." + method.Name : name!,
                        method.ContainingType.ToDisplayString(),
                        method.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                        method.Name,
                        tree?.FilePath ?? string.Empty,
                        tree is null ? 0 : tree.GetLineSpan(attributeSyntax!.Span, cancellationToken).StartLinePosition.Line + 1,
                        position,
                        returnKind,
                        parameters.ToEquatableArray(),
                        authorization);
                }

                return new EndpointParseResult(model, diagnostics.ToEquatableArray());
            }

            private static List<string> ParseSubProtocols(AttributeData attribute, AttributeSyntax? syntax, List<DiagnosticInfo> diagnostics)
            {
                var result = new List<string>();
                string? list = null;
                foreach (var named in attribute.NamedArguments)
                {
                    if (named.Key == "SubProtocols")
                    {
                        list = named.Value.Value as string;
                    }
                }

                if (string.IsNullOrEmpty(list))
                {
                    return result;
                }

                var location = LocationInfo.From(FindArgument(syntax, "SubProtocols"));
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var raw in list!.Split(','))
                {
                    var entry = raw.Trim();
                    if (!IsToken(entry))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidSubProtocol, location, entry));
                        continue;
                    }

                    if (!seen.Add(entry))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateSubProtocol, location, entry));
                        continue;
                    }

                    result.Add(entry);
                }

                return result;
            }

            private static void CheckMethodShape(IMethodSymbol method, LocationInfo? location, List<DiagnosticInfo> diagnostics, out EndpointReturnKind returnKind)
            {
                returnKind = EndpointReturnKind.Void;
                var display = method.ContainingType.Name + "." + method.Name;
                void Fail(string reason, LocationInfo? at) =>
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedMethodShape, at ?? location, display, reason));

                if (!method.IsStatic)
                {
                    Fail("it must be static", location);
                }

                if (method.IsGenericMethod)
                {
                    Fail("it is generic; remove its type parameters", location);
                }

                for (var type = method.ContainingType; type is not null; type = type.ContainingType)
                {
                    if (type.TypeParameters.Length > 0)
                    {
                        Fail("its declaring type '" + type.Name + "' is generic; move it to a non-generic type", location);
                        break;
                    }
                }

                if (method.ReturnsVoid)
                {
                    if (method.IsAsync)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AsyncVoidEndpoint, location, display));
                    }
                }
                else if (IsType(method.ReturnType, "System.Threading.Tasks", "Task") && method.ReturnType is INamedTypeSymbol { IsGenericType: false })
                {
                    returnKind = EndpointReturnKind.Task;
                }
                else if (IsType(method.ReturnType, "System.Threading.Tasks", "ValueTask") && method.ReturnType is INamedTypeSymbol { IsGenericType: false })
                {
                    returnKind = EndpointReturnKind.ValueTask;
                }
                else
                {
                    Fail("it returns '" + method.ReturnType.ToDisplayString() + "'; return Task, ValueTask or void", location);
                }

                if (method.ReturnsByRef || method.ReturnsByRefReadonly)
                {
                    Fail("it returns by reference; return Task, ValueTask or void", location);
                }

                foreach (var parameter in method.Parameters)
                {
                    if (parameter.RefKind != RefKind.None)
                    {
                        Fail("the parameter '" + parameter.Name + "' is passed by reference (ref/out/in); pass it by value",
                            LocationInfo.From(FirstLocation(parameter)));
                    }
                }
            }

            private static void CheckAccessibility(IMethodSymbol method, LocationInfo? location, List<DiagnosticInfo> diagnostics)
            {
                var display = method.ContainingType.Name + "." + method.Name;
                if (!IsVisibleInAssembly(method.DeclaredAccessibility))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InaccessibleEndpoint, location, display,
                        "it is " + AccessibilityText(method.DeclaredAccessibility)));
                    return;
                }

                for (var type = method.ContainingType; type is not null; type = type.ContainingType)
                {
                    if (type.IsFileLocal)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InaccessibleEndpoint, location, display,
                            "its declaring type '" + type.Name + "' is file-local"));
                        return;
                    }

                    if (!IsVisibleInAssembly(type.DeclaredAccessibility))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InaccessibleEndpoint, location, display,
                            "its declaring type '" + type.Name + "' is " + AccessibilityText(type.DeclaredAccessibility)));
                        return;
                    }
                }
            }

            private static AuthorizationModel ParseAuthorization(IMethodSymbol method, AttributeSyntax? endpointAttribute, List<DiagnosticInfo> diagnostics)
            {
                var requirements = new List<AuthorizeModel>();
                var allowAnonymous = false;
                CollectAuthorization(method.ContainingType.GetAttributes(), requirements, ref allowAnonymous, out _, diagnostics);
                CollectAuthorization(method.GetAttributes(), requirements, ref allowAnonymous, out var methodAuthorize, diagnostics);

                var methodAllowsAnonymous = false;
                foreach (var attribute in method.GetAttributes())
                {
                    methodAllowsAnonymous |= IsAttribute(attribute, "AllowAnonymousAttribute");
                }

                if (methodAllowsAnonymous && methodAuthorize is not null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SuspiciousAuthorization,
                        LocationInfo.From(methodAuthorize.ApplicationSyntaxReference?.GetSyntax()) ?? LocationInfo.From(endpointAttribute),
                        "'" + method.Name + "' has both [Authorize] and [AllowAnonymous]: [AllowAnonymous] wins and the requirement is ignored; remove one of them"));
                }

                return new AuthorizationModel(requirements.ToEquatableArray(), allowAnonymous);
            }

            private static void CollectAuthorization(
                System.Collections.Immutable.ImmutableArray<AttributeData> attributes,
                List<AuthorizeModel> requirements,
                ref bool allowAnonymous,
                out AttributeData? firstAuthorize,
                List<DiagnosticInfo> diagnostics)
            {
                firstAuthorize = null;
                foreach (var attribute in attributes)
                {
                    if (IsAttribute(attribute, "AllowAnonymousAttribute"))
                    {
                        allowAnonymous = true;
                        continue;
                    }

                    if (!IsAttribute(attribute, "AuthorizeAttribute"))
                    {
                        continue;
                    }

                    firstAuthorize ??= attribute;
                    string? policy = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
                    var policySet = attribute.ConstructorArguments.Length == 1;
                    string? roles = null;
                    string? schemes = null;
                    var rolesSet = false;
                    foreach (var named in attribute.NamedArguments)
                    {
                        switch (named.Key)
                        {
                            case "Policy":
                                policy = named.Value.Value as string;
                                policySet = true;
                                break;
                            case "Roles":
                                roles = named.Value.Value as string;
                                rolesSet = true;
                                break;
                            case "Schemes":
                                schemes = named.Value.Value as string;
                                break;
                        }
                    }

                    var location = LocationInfo.From(attribute.ApplicationSyntaxReference?.GetSyntax());
                    if (policySet && string.IsNullOrWhiteSpace(policy))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SuspiciousAuthorization, location,
                            "[Authorize] has an empty policy name, which no policy matches; name a registered policy or remove the argument"));
                    }

                    if (rolesSet && IsEmptyList(roles))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SuspiciousAuthorization, location,
                            "[Authorize] has an empty Roles list, so it only requires authentication; list the roles or remove Roles"));
                    }

                    requirements.Add(new AuthorizeModel(string.IsNullOrWhiteSpace(policy) ? null : policy, roles, schemes));
                }
            }

            private static List<ParameterModel> BindParameters(IMethodSymbol method, RouteTemplate template, ExpressionSyntax? templateArgument, List<DiagnosticInfo> diagnostics)
            {
                var routeParameters = template.GetParameters();
                var used = new bool[routeParameters.Count];
                var result = new List<ParameterModel>();
                foreach (var parameter in method.Parameters)
                {
                    var type = parameter.Type;
                    var location = LocationInfo.From(FirstLocation(parameter));
                    var typeName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
                    var routeIndex = -1;
                    for (var i = 0; i < routeParameters.Count; i++)
                    {
                        if (string.Equals(routeParameters[i].Text, parameter.Name, StringComparison.OrdinalIgnoreCase))
                        {
                            routeIndex = i;
                        }
                    }

                    if (routeIndex >= 0)
                    {
                        used[routeIndex] = true;
                        var segment = routeParameters[routeIndex];
                        result.Add(BindRouteValue(parameter, segment, routeIndex, location, diagnostics));
                        continue;
                    }

                    var source = IsType(type, "AttrWs", "WebSocketSession") ? ParameterSource.Session
                        : IsType(type, "System.Threading", "CancellationToken") ? ParameterSource.CancellationToken
                        : IsType(type, "AttrWs", "WebSocketOpenRequestContext") ? ParameterSource.OpenRequestContext
                        : (type.TypeKind is TypeKind.Class or TypeKind.Interface) && type.SpecialType != SpecialType.System_String && type.SpecialType != SpecialType.System_Object
                            ? ParameterSource.Service
                            : (ParameterSource)(-1);
                    if ((int)source < 0)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnbindableParameter, location, parameter.Name, type.ToDisplayString()));
                        continue;
                    }

                    result.Add(new ParameterModel(parameter.Name, typeName, source, RouteValueKind.None, typeName, string.Empty, -1, false, false, EquatableArray<string>.Empty));
                }

                for (var i = 0; i < routeParameters.Count; i++)
                {
                    if (!used[i])
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnusedRouteParameter,
                            TemplateLocation(templateArgument, routeParameters[i].Offset, routeParameters[i].Length), routeParameters[i].Text));
                    }
                }

                return result;
            }

            private static ParameterModel BindRouteValue(IParameterSymbol parameter, RouteSegment segment, int routeIndex, LocationInfo? location, List<DiagnosticInfo> diagnostics)
            {
                var type = parameter.Type;
                var isNullableValue = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable;
                var parsedType = isNullableValue ? ((INamedTypeSymbol)type).TypeArguments[0] : type;
                var kind = RouteKindOf(parsedType);
                var typeDisplay = type.ToDisplayString();
                var constraints = new List<string>();
                foreach (var constraint in segment.Constraints)
                {
                    constraints.Add(constraint.Text);
                }

                var isOptional = segment.IsOptional;
                if (kind == RouteValueKind.None)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.RouteParameterTypeMismatch, location, parameter.Name, typeDisplay,
                        "has no static TryParse(string, out " + parsedType.Name + ") or TryParse(string, IFormatProvider, out " + parsedType.Name + "); use string, int, long, Guid, bool or a type with TryParse"));
                }
                else
                {
                    var problem = RouteTypeChecks.Check(kind, segment);
                    if (problem is not null)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.RouteParameterTypeMismatch, location, parameter.Name, typeDisplay, problem));
                    }
                    else if (isOptional && parsedType.IsValueType && !isNullableValue)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.RouteParameterTypeMismatch, location, parameter.Name, typeDisplay,
                            "cannot hold an absent value of the optional segment '{" + segment.Text + "?}'; declare it as '" + typeDisplay + "?'"));
                    }
                }

                return new ParameterModel(
                    parameter.Name,
                    type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                    ParameterSource.Route,
                    kind,
                    parsedType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                    segment.Text,
                    routeIndex,
                    isOptional,
                    isNullableValue,
                    constraints.ToEquatableArray());
            }

            private static RouteValueKind RouteKindOf(ITypeSymbol type)
            {
                switch (type.SpecialType)
                {
                    case SpecialType.System_String: return RouteValueKind.String;
                    case SpecialType.System_Int32: return RouteValueKind.Int32;
                    case SpecialType.System_Int64: return RouteValueKind.Int64;
                    case SpecialType.System_Boolean: return RouteValueKind.Boolean;
                }

                if (IsType(type, "System", "Guid"))
                {
                    return RouteValueKind.Guid;
                }

                var withProvider = false;
                foreach (var member in type.GetMembers("TryParse"))
                {
                    if (member is not IMethodSymbol { IsStatic: true, ReturnType.SpecialType: SpecialType.System_Boolean } tryParse
                        || !IsVisibleInAssembly(tryParse.DeclaredAccessibility))
                    {
                        continue;
                    }

                    var ps = tryParse.Parameters;
                    var last = ps.Length > 0 ? ps[ps.Length - 1] : null;
                    if (last is null || last.RefKind != RefKind.Out || !SymbolEqualityComparer.Default.Equals(last.Type, type)
                        || ps[0].Type.SpecialType != SpecialType.System_String || ps[0].RefKind != RefKind.None)
                    {
                        continue;
                    }

                    if (ps.Length == 2)
                    {
                        return RouteValueKind.TryParse;
                    }

                    withProvider |= ps.Length == 3 && IsType(ps[1].Type, "System", "IFormatProvider");
                }

                return withProvider ? RouteValueKind.TryParseWithProvider : RouteValueKind.None;
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

            private static bool IsVisibleInAssembly(Accessibility accessibility) =>
                accessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal;

            private static string AccessibilityText(Accessibility accessibility) => accessibility switch
            {
                Accessibility.Private => "private",
                Accessibility.Protected => "protected",
                Accessibility.ProtectedAndInternal => "private protected",
                _ => accessibility.ToString().ToLowerInvariant(),
            };

            private static string TypeNameWithoutNamespace(INamedTypeSymbol type) =>
                type.ContainingType is null ? type.Name : TypeNameWithoutNamespace(type.ContainingType) + "." + type.Name;

            private static bool IsEmptyList(string? list)
            {
                if (list is null)
                {
                    return true;
                }

                foreach (var entry in list.Split(','))
                {
                    if (entry.Trim().Length > 0)
                    {
                        return false;
                    }
                }

                return true;
            }

            /// <summary>RFC 7230 token: one or more tchar.</summary>
            internal static bool IsToken(string value)
            {
                if (value.Length == 0)
                {
                    return false;
                }

                foreach (var c in value)
                {
                    var ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$%&'*+-.^_`|~".IndexOf(c) >= 0;
                    if (!ok)
                    {
                        return false;
                    }
                }

                return true;
            }
        }
    }
}
