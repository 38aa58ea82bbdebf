using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace AttrWs.Generators.Emitting
{
    /// <summary>Literals and fixed names of the generated code.</summary>
    internal static class CodeText
    {
        public const string Matching = "global::AttrWs.Routing.RouteMatching";
        public const string Invocation = "global::AttrWs.Routing.EndpointInvocation";
        public const string Activation = "global::AttrWs.Routing.EndpointActivation";

        public static string Literal(string? value) =>
            value is null ? "null" : SymbolDisplay.FormatLiteral(value, quote: true);

        public static string Literal(long value) =>
            value == long.MinValue ? "long.MinValue" : value.ToString(CultureInfo.InvariantCulture) + "L";

        public static string Literal(int value) => value.ToString(CultureInfo.InvariantCulture);

        public static string StringArray(IEnumerable<string> values)
        {
            var builder = new StringBuilder("new string[] { ");
            var first = true;
            foreach (var value in values)
            {
                if (!first)
                {
                    builder.Append(", ");
                }

                builder.Append(Literal(value));
                first = false;
            }

            return first ? "global::System.Array.Empty<string>()" : builder.Append(" }").ToString();
        }

        /// <summary>An identifier as code: keywords get <c>@</c> (a method may be named <c>@event</c>).</summary>
        public static string Identifier(string name) =>
            SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.UnderscoreToken ? "@" + name : name;

        /// <summary>A type name for users to read (<c>global::</c> removed).</summary>
        public static string Display(string fullyQualified) => fullyQualified.Replace("global::", string.Empty);
    }
}
