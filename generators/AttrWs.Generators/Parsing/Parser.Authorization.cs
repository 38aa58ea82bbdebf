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
        // [Authorize]/[AllowAnonymous] of the class and the method, and ATTRWS011.
        internal static partial class Parser
        {
            private static AuthorizationModel ParseAuthorization(IMethodSymbol method, AttributeSyntax? endpointAttribute, List<DiagnosticInfo> diagnostics)
            {
                var requirements = new List<AuthorizeModel>();
                var allowAnonymous = false;
                CollectAuthorization(method.ContainingType.GetAttributes(), requirements, ref allowAnonymous, out _, diagnostics);
                CollectAuthorization(method.GetAttributes(), requirements, ref allowAnonymous, out var methodAuthorize, diagnostics);

                var methodAllowsAnonymous = false;
                foreach (var attribute in method.GetAttributes())
                {
                    methodAllowsAnonymous |= IsAuthorizationAttribute(attribute, "AllowAnonymousAttribute");
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
                    if (IsAuthorizationAttribute(attribute, "AllowAnonymousAttribute"))
                    {
                        allowAnonymous = true;
                        continue;
                    }

                    if (!IsAuthorizationAttribute(attribute, "AuthorizeAttribute"))
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
                            case "AuthenticationSchemes": // Microsoft.AspNetCore.Authorization.AuthorizeAttribute
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

            /// <summary>
            /// AttrWs's <c>[Authorize]</c>/<c>[AllowAnonymous]</c>, or ASP.NET Core's
            /// (<c>Microsoft.AspNetCore.Authorization</c>), which mean the same and drive both hosts.
            /// </summary>
            private static bool IsAuthorizationAttribute(AttributeData attribute, string name) =>
                IsAttribute(attribute, name)
                || (attribute.AttributeClass is { } type && type.Name == name && IsNamespace(type.ContainingNamespace, "Microsoft.AspNetCore.Authorization"));

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
        }
    }
}
