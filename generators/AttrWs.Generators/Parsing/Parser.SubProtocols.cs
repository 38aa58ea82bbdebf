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
        // The SubProtocols list: trimmed RFC 7230 tokens; ATTRWS004 and ATTRWS005.
        internal static partial class Parser
        {
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
