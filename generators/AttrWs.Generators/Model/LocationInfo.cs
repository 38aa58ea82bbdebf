using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AttrWs.Generators.Model
{
    /// <summary>A source location as plain data (a <see cref="Location"/> would pin the syntax tree in the cache).</summary>
    internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
    {
        public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

        public static LocationInfo? From(Location? location)
        {
            if (location is null || location.SourceTree is null)
            {
                return null;
            }

            return new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);
        }

        public static LocationInfo? From(SyntaxNode? node) => node is null ? null : From(node.GetLocation());

        /// <summary>A location inside a syntax tree, e.g. some characters of a string literal.</summary>
        public static LocationInfo From(SyntaxTree tree, TextSpan span) =>
            new LocationInfo(tree.FilePath, span, tree.GetLineSpan(span).Span);
    }
}
