using System;
using System.Collections.Generic;
using AttrWs.Generators.Diagnostics;
using AttrWs.Generators.Model;
using AttrWs.Routing.Template;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AttrWs.Generators
{
    public sealed partial class EndpointGenerator
    {
        // Parameter binding: route values, session, token, open-request context, services; ATTRWS007-009.
        internal static partial class Parser
        {
            private static List<ParameterModel> BindParameters(IMethodSymbol method, RouteTemplate template, Func<int, int, LocationInfo?> locate, List<DiagnosticInfo> diagnostics)
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

                    if (parameter.RefKind != RefKind.None)
                    {
                        // ATTRWS006 already reports it (one mistake, one diagnostic); it still names its route value.
                        if (routeIndex >= 0)
                        {
                            used[routeIndex] = true;
                        }

                        continue;
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

                    // Services of endpoint classes (resolved from the connection's scope) and keyed services carry how they resolve;
                    // a static endpoint's plain service parameter keeps its original binding.
                    var service = source == ParameterSource.Service ? ServiceOf(parameter, optionalAllowed: !method.IsStatic) : null;
                    result.Add(new ParameterModel(parameter.Name, typeName, source, RouteValueKind.None, typeName, string.Empty, -1, false, false, EquatableArray<string>.Empty)
                    {
                        Service = service is not null && (service.IsKeyed || !method.IsStatic) ? service : null,
                    });
                }

                for (var i = 0; i < routeParameters.Count; i++)
                {
                    if (!used[i])
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnusedRouteParameter,
                            locate(routeParameters[i].Offset, routeParameters[i].Length), routeParameters[i].Text));
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
        }
    }
}
