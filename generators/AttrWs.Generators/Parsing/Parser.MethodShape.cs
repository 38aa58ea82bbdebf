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
        // ATTRWS006 (method shape), ATTRWS010 (accessibility) and ATTRWS012 (async void).
        internal static partial class Parser
        {
            private static void CheckMethodShape(IMethodSymbol method, LocationInfo? location, List<DiagnosticInfo> diagnostics, out EndpointReturnKind returnKind)
            {
                returnKind = EndpointReturnKind.Void;
                var display = method.ContainingType.Name + "." + method.Name;
                void Fail(string reason, LocationInfo? at) =>
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedMethodShape, at ?? location, display, reason));

                if (method.IsGenericMethod)
                {
                    Fail("it is generic; remove its type parameters", location);
                }

                // An instance method's generic class is ATTRWS015 (the class cannot be instantiated).
                for (var type = method.IsStatic ? method.ContainingType : null; type is not null; type = type.ContainingType)
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

                // An instance method's generic class is ATTRWS015 (the class cannot be instantiated).
                for (var type = method.IsStatic ? method.ContainingType : null; type is not null; type = type.ContainingType)
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

            private static bool IsVisibleInAssembly(Accessibility accessibility) =>
                accessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal;

            private static string AccessibilityText(Accessibility accessibility) => accessibility switch
            {
                Accessibility.Private => "private",
                Accessibility.Protected => "protected",
                Accessibility.ProtectedAndInternal => "private protected",
                _ => accessibility.ToString().ToLowerInvariant(),
            };
        }
    }
}
