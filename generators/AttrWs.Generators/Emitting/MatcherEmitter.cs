using System;
using System.Collections.Generic;
using AttrWs.Routing.Template;

namespace AttrWs.Generators.Emitting
{
    /// <summary>
    /// Emits <c>TryMatch</c> as an unrolled trie: a switch over the segment count, then, segment by segment, a switch
    /// over the literal's length with case-insensitive comparisons, then constrained parameters, then parameters, then
    /// catch-alls. The depth-first walk in that order finds the highest-precedence route (a failed branch falls through
    /// to the next alternative), so it agrees with <c>RuntimeRouteTable</c>'s position-by-position comparison.
    /// </summary>
    internal static class MatcherEmitter
    {
        // Above this many literals at one trie node, the node looks the segment up in a frozen dictionary instead of
        // comparing it with each literal in turn, so matching stays flat however many routes share a prefix.
        private const int LookupThreshold = 8;

        // The most route values a match records as ranges (RouteMatching.Captured's overloads; RouteCaptures.Capacity).
        private const int RouteCaptureCapacity = 4;

        // Literals up to this long are compared inline, character by character; longer ones call LiteralEquals.
        private const int InlineLiteralLimit = 16;

        public static void Emit(SourceWriter w, IReadOnlyList<RouteGroup> routes)
        {
            var context = new MatcherContext();
            var max = 0;
            foreach (var route in routes)
            {
                max = Math.Max(max, FixedCount(route.Template));
            }

            EmitEntryPoints(w);
            w.Line();
            w.Open("private static bool MatchPath(global::System.ReadOnlySpan<char> path, string? source, out global::AttrWs.Routing.RouteMatch match)");
            w.Line("match = default;");
            if (routes.Count == 0)
            {
                w.Line("return false;");
                w.Close();
                return;
            }

            w.Line("if (!" + CodeText.Matching + ".TryNormalize(path, out var normalized))");
            w.Open().Line("return false;").Close();
            w.Line();
            w.Line("global::System.Span<global::System.Range> r = stackalloc global::System.Range[" + (max + 1) + "];");
            w.Line("var count = " + CodeText.Matching + ".SplitSegments(normalized, r);");
            w.Open("switch (count)");
            for (var count = 0; count <= max; count++)
            {
                var variants = new List<Variant>();
                foreach (var route in routes)
                {
                    Variant.AddFor(route, count, variants);
                }

                if (variants.Count > 0)
                {
                    w.Line("case " + count + ":");
                    w.Open().Line("return " + EmitBucket(variants, count, count, context) + "(normalized, source, r, count, out match);").Close();
                }
            }

            var rest = new List<Variant>();
            foreach (var route in routes)
            {
                if (route.Template.EndsWithCatchAll)
                {
                    rest.Add(new Variant(route, -1, false, route.Template.Segments.Count - 1));
                }
            }

            if (rest.Count > 0)
            {
                var deepest = 0;
                foreach (var variant in rest)
                {
                    deepest = Math.Max(deepest, variant.CatchAllAt);
                }

                w.Line("default:");
                w.Open().Line("return " + EmitBucket(rest, -1, deepest, context) + "(normalized, source, r, count, out match);").Close();
            }

            w.Close();
            if (rest.Count == 0)
            {
                // Without a default case, a path with more segments than any route falls out of the switch.
                w.Line();
                w.Line("return false;");
            }

            w.Close();
            foreach (var method in context.Methods)
            {
                w.Line();
                w.Raw(method);
            }

            for (var i = 0; i < context.Lookups.Count; i++)
            {
                w.Line();
                w.Line("private static readonly global::System.Collections.Frozen.FrozenDictionary<string, int>.AlternateLookup<global::System.ReadOnlySpan<char>> "
                    + LookupField(i) + " = " + CodeText.Matching + ".CreateLiteralLookup(" + CodeText.StringArray(context.Lookups[i]) + ");");
            }
        }

        /// <summary>
        /// The interface's two <c>TryMatch</c> methods around <c>MatchPath</c>: a match records its values as ranges of the
        /// path; a string path is passed down and kept by the match as it is (nothing allocated, the match built once), a
        /// span path is copied once values were captured.
        /// </summary>
        private static void EmitEntryPoints(SourceWriter w)
        {
            w.Open("public bool TryMatch(global::System.ReadOnlySpan<char> path, out global::AttrWs.Routing.RouteMatch match)");
            w.Line("if (!MatchPath(path, null, out match))");
            w.Open().Line("return false;").Close();
            w.Line();
            w.Line("match = " + CodeText.Matching + ".WithCopiedSource(match, path);");
            w.Line("return true;");
            w.Close();
            w.Line();
            w.Open("public bool TryMatch(string path, out global::AttrWs.Routing.RouteMatch match)");
            w.Line("global::System.ArgumentNullException.ThrowIfNull(path);");
            w.Line("return MatchPath(path, path, out match);");
            w.Close();
        }

        /// <summary>
        /// Which of <c>s0</c> .. <c>s{count - 1}</c> the emitted code mentions: an <c>s</c> that does not follow an identifier
        /// character, then digits that no identifier character follows. One pass over the text (a mention inside a string
        /// literal only costs an unused slice).
        /// </summary>
        private static bool[] UsedSegmentVariables(string text, int count)
        {
            var used = new bool[count];
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] != 's' || (i > 0 && IsIdentifierChar(text[i - 1])))
                {
                    continue;
                }

                var end = i + 1;
                var index = 0;
                while (end < text.Length && text[end] >= '0' && text[end] <= '9' && index < 100_000)
                {
                    index = (index * 10) + (text[end] - '0');
                    end++;
                }

                if (end > i + 1 && (end == text.Length || !IsIdentifierChar(text[end])) && index < count)
                {
                    used[index] = true;
                }

                i = end - 1;
            }

            return used;
        }

        private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c == '_';

        private static string LookupField(int index) => "s_literals" + index;

        private const string MethodParameters =
            "global::System.ReadOnlySpan<char> normalized, string? source, global::System.ReadOnlySpan<global::System.Range> r, int count";

        private static SourceWriter NewMethodWriter() => new SourceWriter(2);

        /// <summary>
        /// Emits one segment count's part of the trie as its own method and returns the method's name. Small methods
        /// keep a large table's matcher within what the JIT optimizes (a huge method is compiled without optimization
        /// and zeroes every local on each call) and only the parts a path reaches are compiled at all.
        /// </summary>
        private static string EmitBucket(List<Variant> variants, int count, int segmentVariables, MatcherContext context)
        {
            var name = count < 0 ? "MatchLongerPaths" : "MatchSegments" + count;
            context.SegmentVariables = segmentVariables;
            context.Methods.Add(EmitMethod(name, segmentVariables, body => EmitNode(body, variants, 0, count, context)));
            return name;
        }

        /// <summary>
        /// Emits one method of the matcher. It takes the path and its segment ranges and slices only the segments its
        /// body uses (<c>s0</c>, <c>s1</c>, ...): no segment is passed from method to method as a span argument.
        /// </summary>
        private static string EmitMethod(string name, int segmentVariables, Func<SourceWriter, bool> emitBody)
        {
            var body = new SourceWriter(3);
            if (!emitBody(body))
            {
                body.Line("return false;");
            }

            var text = body.ToString();
            var used = UsedSegmentVariables(text, segmentVariables);
            var w = NewMethodWriter();
            w.Open("private static bool " + name + "(" + MethodParameters + ", out global::AttrWs.Routing.RouteMatch match)");
            w.Line("match = default;");
            for (var i = 0; i < segmentVariables; i++)
            {
                if (used[i])
                {
                    w.Line("var s" + i + " = normalized[r[" + i + "]];");
                }
            }

            w.Raw(text);
            w.Close();
            return w.ToString();
        }

        /// <summary>Emits the alternatives of a trie node; returns true when the emitted code always returns.</summary>
        private static bool EmitNode(SourceWriter w, List<Variant> variants, int depth, int count, MatcherContext context)
        {
            if (depth == count)
            {
                variants.Sort((a, b) => a.TerminalRank != b.TerminalRank ? b.TerminalRank - a.TerminalRank : a.Route.Index - b.Route.Index);
                return EmitLeaves(w, variants);
            }


            var literals = new SortedDictionary<string, List<Variant>>(StringComparer.Ordinal);
            var constrained = new List<Variant>();
            var plain = new List<Variant>();
            var catchAlls = new List<Variant>();
            foreach (var variant in variants)
            {
                if (variant.CatchAllAt == depth)
                {
                    catchAlls.Add(variant);
                    continue;
                }

                var segment = variant.Route.Template.Segments[depth];
                if (segment.Kind == RouteSegmentKind.Literal)
                {
                    var key = segment.Text.ToUpperInvariant();
                    if (!literals.TryGetValue(key, out var list))
                    {
                        literals[key] = list = new List<Variant>();
                    }

                    list.Add(variant);
                }
                else if (segment.Rank == RouteRanks.ConstrainedParameter)
                {
                    constrained.Add(variant);
                }
                else
                {
                    plain.Add(variant);
                }
            }

            EmitLiterals(w, literals, depth, count, context);
            EmitParameters(w, constrained, depth, count, context);
            EmitParameters(w, plain, depth, count, context);
            catchAlls.Sort((a, b) => a.Route.Index - b.Route.Index);
            return EmitLeaves(w, catchAlls);
        }

        /// <summary>Emits leaves in order, up to the first that always matches (the rest would be unreachable).</summary>
        private static bool EmitLeaves(SourceWriter w, List<Variant> leaves)
        {
            foreach (var leaf in leaves)
            {
                if (EmitLeaf(w, leaf))
                {
                    return true;
                }
            }

            return false;
        }

        private static void EmitLiterals(SourceWriter w, SortedDictionary<string, List<Variant>> literals, int depth, int count, MatcherContext context)
        {
            if (literals.Count == 0)
            {
                return;
            }

            if (literals.Count > LookupThreshold)
            {
                EmitLiteralLookup(w, literals, depth, count, context);
                return;
            }

            var byLength = new SortedDictionary<int, List<KeyValuePair<string, List<Variant>>>>();
            foreach (var pair in literals)
            {
                if (!byLength.TryGetValue(pair.Key.Length, out var list))
                {
                    byLength[pair.Key.Length] = list = new List<KeyValuePair<string, List<Variant>>>();
                }

                list.Add(pair);
            }

            w.Open("switch (s" + depth + ".Length)");
            foreach (var length in byLength)
            {
                w.Line("case " + length.Key + ":");
                w.Open();
                var first = true;
                foreach (var literal in length.Value)
                {
                    var text = literal.Value[0].Route.Template.Segments[depth].Text;
                    w.Line((first ? "if (" : "else if (") + LiteralCondition("s" + depth, text) + ")");
                    w.Open();
                    EmitNode(w, literal.Value, depth + 1, count, context);
                    w.Close();
                    first = false;
                }

                w.Line("break;");
                w.Close();
            }

            w.Close();
        }

        /// <summary>
        /// The test that a segment, already known to have the literal's length, equals the literal ignoring case. An ASCII
        /// literal is compared character by character inline: a letter by its lower-case form (<c>c | 0x20</c> gives it only
        /// for the letter's two cases), anything else exactly. That is what <c>LiteralEquals</c> (OrdinalIgnoreCase) decides
        /// for such a literal, because no non-ASCII character equals an ASCII one under OrdinalIgnoreCase. Longer or
        /// non-ASCII literals call <c>LiteralEquals</c>.
        /// </summary>
        private static string LiteralCondition(string segment, string literal)
        {
            if (literal.Length == 0 || literal.Length > InlineLiteralLimit)
            {
                return CodeText.Matching + ".LiteralEquals(" + segment + ", " + CodeText.Literal(literal) + ")";
            }

            var checks = new List<string>();
            for (var i = 0; i < literal.Length; i++)
            {
                var c = literal[i];
                if (c >= 0x80)
                {
                    return CodeText.Matching + ".LiteralEquals(" + segment + ", " + CodeText.Literal(literal) + ")";
                }

                var at = segment + "[" + i + "]";
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
                {
                    checks.Add("(" + at + " | 0x20) == '" + char.ToLowerInvariant(c) + "'");
                }
                else if (c >= '0' && c <= '9')
                {
                    checks.Add(at + " == '" + c + "'");
                }
                else
                {
                    checks.Add(at + " == '\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) + "'");
                }
            }

            return string.Join(" && ", checks);
        }

        /// <summary>
        /// Many literals at one node: one dictionary probe (OrdinalIgnoreCase, as <c>LiteralEquals</c>) gives the
        /// literal's index, and a switch on it leads to the same subtree the comparison chain would.
        /// </summary>
        private static void EmitLiteralLookup(SourceWriter w, SortedDictionary<string, List<Variant>> literals, int depth, int count, MatcherContext context)
        {
            var texts = new List<string>();
            foreach (var literal in literals)
            {
                texts.Add(literal.Value[0].Route.Template.Segments[depth].Text);
            }

            var field = LookupField(context.Lookups.Count);
            var index = "literal" + context.Lookups.Count;
            context.Lookups.Add(texts);
            w.Open("switch (" + field + ".TryGetValue(s" + depth + ", out var " + index + ") ? " + index + " : -1)");
            var i = 0;
            foreach (var literal in literals)
            {
                // Each literal's subtree is a method of its own, so the node stays small however many literals it has.
                var name = "MatchLiteral" + context.Methods.Count + "_" + i;
                w.Line("case " + i + ":");
                w.Open("if (" + name + "(normalized, source, r, count, out match))").Line("return true;").Close();
                w.Line("break;");

                var variants = literal.Value;
                context.Methods.Add(EmitMethod(name, context.SegmentVariables, body => EmitNode(body, variants, depth + 1, count, context)));
                i++;
            }

            w.Close();
        }

        private static void EmitParameters(SourceWriter w, List<Variant> group, int depth, int count, MatcherContext context)
        {
            if (group.Count == 0)
            {
                return;
            }

            // The checks go on the branch when every route below shares them; otherwise each leaf runs its own, so
            // routes of equal rank but different constraints still compete on the positions that follow.
            var segment = "s" + depth;
            var shared = group[0].Route.ChecksAt(depth, segment);
            var allShare = true;
            foreach (var variant in group)
            {
                allShare &= string.Join("&&", variant.Route.ChecksAt(depth, segment)) == string.Join("&&", shared);
            }

            var condition = "!" + segment + ".IsEmpty";
            if (allShare)
            {
                foreach (var check in shared)
                {
                    condition += " && " + check;
                }
            }
            else
            {
                foreach (var variant in group)
                {
                    variant.Pending.Add(depth);
                }
            }

            w.Line("if (" + condition + ")");
            w.Open();
            EmitNode(w, group, depth + 1, count, context);
            w.Close();
        }

        /// <summary>Emits a leaf; returns true when it matches unconditionally.</summary>
        private static bool EmitLeaf(SourceWriter w, Variant variant)
        {
            var route = variant.Route;
            var checks = new List<string>();
            foreach (var position in variant.Pending)
            {
                checks.AddRange(route.ChecksAt(position, "s" + position));
            }

            // Up to RouteCaptureCapacity values are recorded as ranges of the path (decoded when read); more are decoded now.
            var deferred = route.Names.Count <= RouteCaptureCapacity;
            var values = new List<string>();
            var slot = 0;
            var segments = route.Template.Segments;
            for (var i = 0; i < segments.Count; i++)
            {
                if (segments[i].Kind == RouteSegmentKind.Literal)
                {
                    continue;
                }

                if (segments[i].Kind == RouteSegmentKind.CatchAll)
                {
                    var rest = CodeText.Matching + ".DecodeRest(normalized, r, " + i + ", count)";
                    var restChecks = route.CatchAllChecks(slot, "rest" + route.Index);
                    if (restChecks.Count > 0)
                    {
                        checks.Add("(" + rest + ") is var rest" + route.Index);
                        checks.AddRange(restChecks);
                        rest = "rest" + route.Index;
                    }

                    values.Add(deferred ? CodeText.Matching + ".RestRange(normalized, r, " + i + ", count)" : rest);
                }
                else if (variant.OptionalAbsent && i == segments.Count - 1)
                {
                    values.Add(deferred ? CodeText.Matching + ".AbsentValue" : "null");
                }
                else
                {
                    values.Add(deferred ? "r[" + i + "]" : CodeText.Matching + ".Decode(s" + i + ")");
                }

                slot++;
            }

            var matchCode = values.Count == 0
                ? "new global::AttrWs.Routing.RouteMatch(" + route.Field + ", global::AttrWs.Routing.RouteValues.Empty)"
                : deferred
                    ? CodeText.Matching + ".Captured(" + route.Field + ", " + route.NamesField + ", source, " + string.Join(", ", values) + ")"
                    : "new global::AttrWs.Routing.RouteMatch(" + route.Field + ", new global::AttrWs.Routing.RouteValues(" + route.NamesField + ", new string?[] { " + string.Join(", ", values) + " }))";
            w.Line("// " + route.Template.Text);
            if (checks.Count > 0)
            {
                w.Line("if (" + string.Join(" && ", checks) + ")");
                w.Open();
            }

            w.Line("match = " + matchCode + ";");
            w.Line("return true;");
            if (checks.Count > 0)
            {
                w.Close();
            }

            return checks.Count == 0;
        }

        /// <summary>Segments a template needs before its catch-all (or all of them).</summary>
        private static int FixedCount(RouteTemplate template) =>
            template.EndsWithCatchAll ? template.Segments.Count - 1 : template.Segments.Count;

        /// <summary>A route as it matches paths of one segment count.</summary>
        private sealed class Variant
        {
            public Variant(RouteGroup route, int count, bool optionalAbsent, int catchAllAt)
            {
                Route = route;
                Count = count;
                OptionalAbsent = optionalAbsent;
                CatchAllAt = catchAllAt;
            }

            public RouteGroup Route { get; }

            public int Count { get; }

            public bool OptionalAbsent { get; }

            public int CatchAllAt { get; }

            public List<int> Pending { get; } = new List<int>();

            /// <summary>Precedence where the path ends: exact end &gt; absent optional &gt; empty catch-all.</summary>
            public int TerminalRank =>
                CatchAllAt >= 0 ? RouteRanks.CatchAll
                : OptionalAbsent ? Route.Template.Segments[Route.Template.Segments.Count - 1].Rank
                : RouteRanks.End;

            public static void AddFor(RouteGroup route, int count, List<Variant> variants)
            {
                var template = route.Template;
                var n = template.Segments.Count;
                if (template.EndsWithCatchAll)
                {
                    if (count >= n - 1)
                    {
                        variants.Add(new Variant(route, count, false, n - 1));
                    }
                }
                else if (count == n)
                {
                    variants.Add(new Variant(route, count, false, -1));
                }
                else if (template.EndsWithOptional && count == n - 1)
                {
                    variants.Add(new Variant(route, count, true, -1));
                }
            }
        }
    }

    /// <summary>What the matcher's emission collects along the way: literal lookups and the methods split out.</summary>
    internal sealed class MatcherContext
    {
        public List<List<string>> Lookups { get; } = new List<List<string>>();

        public List<string> Methods { get; } = new List<string>();

        /// <summary>How many segment variables (<c>s0</c>, <c>s1</c>, ...) the current segment count's method declares.</summary>
        public int SegmentVariables { get; set; }
    }
}
