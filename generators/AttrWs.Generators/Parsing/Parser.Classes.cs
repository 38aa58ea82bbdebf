using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using AttrWs.Generators.Diagnostics;
using AttrWs.Generators.Model;
using AttrWs.Routing.Template;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AttrWs.Generators
{
    public sealed partial class EndpointGenerator
    {
        // Endpoint classes: the [WebSocketRoute] prefix (ATTRWS018, ATTRWS019), the class and its constructor
        // (ATTRWS015-017), and services ([FromKeyedServices], optional parameters).
        internal static partial class Parser
        {
            private const string DependencyInjectionNamespace = "Microsoft.Extensions.DependencyInjection";

            /// <summary>The endpoint's route: the template as written, or the class prefix combined with it.</summary>
            private sealed class RouteParse
            {
                public RouteParse(string template, RouteTemplate? parsed, Func<int, int, LocationInfo?> locate)
                {
                    Template = template;
                    Parsed = parsed;
                    Locate = locate;
                }

                public string Template { get; }

                public RouteTemplate? Parsed { get; }

                /// <summary>Maps characters of <see cref="Template"/> to the literal they came from.</summary>
                public Func<int, int, LocationInfo?> Locate { get; }

                public string? Prefix { get; set; }

                public List<string> PrefixOrigins { get; } = new List<string>();
            }

            private static RouteParse ParseRoute(IMethodSymbol method, string template, ExpressionSyntax? templateArgument, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
            {
                AttributeData? routeAttribute = null;
                foreach (var attribute in method.ContainingType.GetAttributes())
                {
                    if (IsAttribute(attribute, "WebSocketRouteAttribute"))
                    {
                        routeAttribute = attribute;
                    }
                }

                Func<int, int, LocationInfo?> inMethod = (offset, length) => TemplateLocation(templateArgument, offset, length);
                if (routeAttribute is null || routeAttribute.ConstructorArguments.Length != 1 || routeAttribute.ConstructorArguments[0].Value is not string prefix)
                {
                    var parsed = RouteTemplateParser.Parse(template, out var error);
                    if (error is not null)
                    {
                        ReportTemplateError(error, template, inMethod(error.Offset, error.Length), diagnostics);
                    }

                    return new RouteParse(template, parsed, inMethod);
                }

                var prefixArgument = FindArgument(routeAttribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax, null);
                var shift = prefix.StartsWith("/", StringComparison.Ordinal) ? 0 : 1;
                var normalized = shift == 1 ? "/" + prefix : prefix;
                if (normalized.Length > 1 && normalized[normalized.Length - 1] == '/')
                {
                    normalized = normalized.Substring(0, normalized.Length - 1);
                }

                var valid = true;
                RouteTemplateParser.Parse(normalized, out var prefixError);
                if (prefixError is not null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidRoutePrefix,
                        TemplateLocation(prefixArgument, Math.Max(prefixError.Offset - shift, 0), prefixError.Length), prefix, prefixError.Message));
                    valid = false;
                }

                var display = method.ContainingType.Name + "." + method.Name;
                if (template.StartsWith("/", StringComparison.Ordinal))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidPrefixCombination, inMethod(0, 1), template, display, prefix,
                        "in a class with [WebSocketRoute] the method template is relative to the prefix; remove the leading '/' (\"" + template.TrimStart('/') + "\")"));
                    valid = false;
                }
                else if (template.Length > 0)
                {
                    RouteTemplateParser.Parse("/" + template, out var methodError);
                    if (methodError is not null)
                    {
                        ReportTemplateError(methodError, template, inMethod(Math.Max(methodError.Offset - 1, 0), methodError.Length), diagnostics);
                        valid = false;
                    }
                }

                var head = normalized == "/" ? string.Empty : normalized;
                var combined = template.Length == 0 ? normalized : head + "/" + template;
                Func<int, int, LocationInfo?> locate = (offset, length) => offset > head.Length
                    ? inMethod(offset - head.Length - 1, length)
                    : TemplateLocation(prefixArgument, Math.Max(offset - shift, 0), length);
                RouteTemplate? combinedParsed = null;
                if (valid)
                {
                    combinedParsed = RouteTemplateParser.Parse(combined, out var combinedError);
                    if (combinedError is not null)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidPrefixCombination, LocationInfo.From(templateArgument), template, display, prefix,
                            "\"" + combined + "\" is invalid: " + combinedError.Message));
                    }
                }

                var result = new RouteParse(combined, combinedParsed, locate) { Prefix = prefix };
                foreach (var named in routeAttribute.NamedArguments)
                {
                    if (named.Key == "AllowedOrigins")
                    {
                        result.PrefixOrigins.AddRange(SplitOrigins(named.Value.Value as string));
                    }
                }

                return result;
            }

            private static void ReportTemplateError(RouteTemplateError error, string template, LocationInfo? location, List<DiagnosticInfo> diagnostics)
            {
                var descriptor = error.Id == RouteTemplateError.SyntaxId
                    ? DiagnosticDescriptors.InvalidRouteTemplate
                    : DiagnosticDescriptors.InvalidRouteConstraint;
                diagnostics.Add(DiagnosticInfo.Create(descriptor, location, template, error.Message));
            }

            /// <summary>For an instance method: the class, its constructor and their diagnostics (reported at the class or the parameter).</summary>
            private static ActivationModel? ParseActivation(IMethodSymbol method, List<DiagnosticInfo> diagnostics)
            {
                var type = method.ContainingType;
                var name = type.ToDisplayString();
                var classLocation = LocationInfo.From(FirstLocation(type));
                void Invalid(string reason) =>
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidEndpointClass, classLocation, name, reason));

                if (type.TypeKind != TypeKind.Class)
                {
                    Invalid("it is " + (type.TypeKind == TypeKind.Interface ? "an interface" : "a " + type.TypeKind.ToString().ToLowerInvariant()) + "; declare instance endpoints in a class, or make the method static");
                    return null;
                }

                if (type.IsAbstract)
                {
                    Invalid("it is abstract; make it a concrete class, or declare the endpoint in a derived class");
                    return null;
                }

                for (var t = type; t is not null; t = t.ContainingType)
                {
                    if (t.TypeParameters.Length > 0)
                    {
                        Invalid(SymbolEqualityComparer.Default.Equals(t, type)
                            ? "it is generic; the generator cannot choose its type arguments, so declare the endpoint in a non-generic class"
                            : "its containing type '" + t.Name + "' is generic; move it to a non-generic type");
                        return null;
                    }
                }

                var constructor = ChooseConstructor(type, name, classLocation, diagnostics);
                if (constructor is null)
                {
                    return null;
                }

                var parameters = new List<ConstructorParameterModel>();
                var ok = true;
                foreach (var parameter in constructor.Parameters)
                {
                    var reason = parameter.RefKind != RefKind.None ? "it is passed by reference (ref/out/in)"
                        : parameter.Type.TypeKind == TypeKind.Pointer ? "it is a pointer"
                        : parameter.Type.TypeKind == TypeKind.FunctionPointer ? "it is a function pointer"
                        : parameter.Type.IsRefLikeType ? "it is a ref struct, which cannot be boxed into a service"
                        : null;
                    if (reason is not null)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnresolvableConstructorParameter,
                            LocationInfo.From(FirstLocation(parameter)), parameter.Name, name, reason));
                        ok = false;
                        continue;
                    }

                    parameters.Add(new ConstructorParameterModel(parameter.Name, ServiceOf(parameter, optionalAllowed: true)));
                }

                if (!ok)
                {
                    return null;
                }

                var dispose = DisposeKind.None;
                foreach (var implemented in type.AllInterfaces)
                {
                    if (IsType(implemented, "System", "IAsyncDisposable"))
                    {
                        dispose = DisposeKind.AsyncDisposable;
                    }
                    else if (IsType(implemented, "System", "IDisposable") && dispose == DisposeKind.None)
                    {
                        dispose = DisposeKind.Disposable;
                    }
                }

                return new ActivationModel(name, type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), parameters.ToEquatableArray(), dispose);
            }

            private static IMethodSymbol? ChooseConstructor(INamedTypeSymbol type, string name, LocationInfo? classLocation, List<DiagnosticInfo> diagnostics)
            {
                var callable = new List<IMethodSymbol>();
                var marked = new List<IMethodSymbol>();
                foreach (var constructor in type.InstanceConstructors)
                {
                    var isCopyConstructor = type.IsRecord && constructor.Parameters.Length == 1
                        && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, type);
                    if (isCopyConstructor || !IsVisibleInAssembly(constructor.DeclaredAccessibility))
                    {
                        continue;
                    }

                    callable.Add(constructor);
                    foreach (var attribute in constructor.GetAttributes())
                    {
                        if (attribute.AttributeClass is { } attributeType && IsType(attributeType, DependencyInjectionNamespace, "ActivatorUtilitiesConstructorAttribute"))
                        {
                            marked.Add(constructor);
                        }
                    }
                }

                string? reason = null;
                IMethodSymbol? chosen = null;
                if (callable.Count == 0)
                {
                    reason = "it has no public or internal constructor; add one";
                }
                else if (callable.Count == 1)
                {
                    chosen = callable[0];
                }
                else if (marked.Count == 1)
                {
                    chosen = marked[0];
                }
                else
                {
                    reason = "it has " + callable.Count.ToString(CultureInfo.InvariantCulture) + " public or internal constructors and "
                        + (marked.Count == 0 ? "none is" : "more than one is") + " marked [ActivatorUtilitiesConstructor]; mark exactly one";
                }

                if (chosen is not null && !SetsRequiredMembers(chosen) && FirstRequiredMember(type) is { } required)
                {
                    reason = "it has the required member '" + required + "', which generated code cannot set; remove 'required', or mark the constructor [SetsRequiredMembers]";
                    chosen = null;
                }

                if (reason is not null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoUsableConstructor, classLocation, name, reason));
                }

                return chosen;
            }

            private static bool SetsRequiredMembers(IMethodSymbol constructor)
            {
                foreach (var attribute in constructor.GetAttributes())
                {
                    if (attribute.AttributeClass is { } type && IsType(type, "System.Diagnostics.CodeAnalysis", "SetsRequiredMembersAttribute"))
                    {
                        return true;
                    }
                }

                return false;
            }

            private static string? FirstRequiredMember(INamedTypeSymbol type)
            {
                for (var t = type; t is not null; t = t.BaseType)
                {
                    foreach (var member in t.GetMembers())
                    {
                        if (member is IPropertySymbol { IsRequired: true } or IFieldSymbol { IsRequired: true })
                        {
                            return member.Name;
                        }
                    }
                }

                return null;
            }

            /// <summary>
            /// How a service parameter resolves: keyed with <c>[FromKeyedServices(key)]</c>; optional (absent means the
            /// default) when <paramref name="optionalAllowed"/> and it has a default value or is nullable.
            /// </summary>
            private static ServiceModel ServiceOf(IParameterSymbol parameter, bool optionalAllowed)
            {
                var type = parameter.Type;
                var typeName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
                var isKeyed = false;
                var keyCode = "null";
                foreach (var attribute in parameter.GetAttributes())
                {
                    if (attribute.AttributeClass is { } attributeType && IsType(attributeType, DependencyInjectionNamespace, "FromKeyedServicesAttribute"))
                    {
                        isKeyed = true;
                        if (attribute.ConstructorArguments.Length == 1 && attribute.AttributeConstructor?.Parameters[0].Type.SpecialType == SpecialType.System_Object)
                        {
                            keyCode = ConstantCode(attribute.ConstructorArguments[0]);
                        }
                    }
                }

                var isNullable = type.IsReferenceType ? parameter.NullableAnnotation == NullableAnnotation.Annotated
                    : type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };
                var isOptional = optionalAllowed && (parameter.HasExplicitDefaultValue || isNullable);
                var defaultCode = parameter.HasExplicitDefaultValue ? DefaultValueCode(typeName, parameter.ExplicitDefaultValue) : "default!";
                return new ServiceModel(typeName, isKeyed, keyCode, isOptional, defaultCode);
            }

            private static string ConstantCode(TypedConstant constant)
            {
                if (constant.IsNull)
                {
                    return "null";
                }

                switch (constant.Kind)
                {
                    case TypedConstantKind.Enum:
                        return "(" + constant.Type!.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + ")(" + SymbolDisplay.FormatPrimitive(constant.Value!, quoteStrings: true, useHexadecimalNumbers: false) + ")";
                    case TypedConstantKind.Type:
                        return "typeof(" + ((ITypeSymbol)constant.Value!).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + ")";
                    case TypedConstantKind.Primitive:
                        return constant.Value is string text
                            ? SymbolDisplay.FormatLiteral(text, quote: true)
                            : "(" + constant.Type!.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + ")(" + SymbolDisplay.FormatPrimitive(constant.Value!, quoteStrings: true, useHexadecimalNumbers: false) + ")";
                    default:
                        return "null";
                }
            }

            private static string DefaultValueCode(string typeName, object? value)
            {
                if (value is null)
                {
                    return "default!";
                }

                if (value is string text)
                {
                    return SymbolDisplay.FormatLiteral(text, quote: true);
                }

                if (value is bool flag)
                {
                    return flag ? "true" : "false";
                }

                return "(" + typeName + ")(" + SymbolDisplay.FormatPrimitive(value, quoteStrings: true, useHexadecimalNumbers: false) + ")";
            }
        }
    }
}
