using System;
using System.Collections.Generic;

namespace AttrWs.Routing.Template
{
    /// <summary>
    /// Every route constraint of the template grammar, defined once. The parser reads the names and argument shapes, the
    /// runtime matcher the check, the generator the check's <c>RouteMatching</c> method name (it emits the call
    /// inline), ATTRWS009 the types that fit and ATTRWS013 the value domain. Adding a constraint is one entry here, its
    /// check method on <c>RouteMatching</c>, and tests (see docs/routing.md).
    /// </summary>
    /// <remarks>
    /// This file is compiled into the runtime and linked into the generator (netstandard2.0): the runtime delegate
    /// (<c>#if NET</c>) exists only in the runtime, where <c>RouteMatching</c> does; a test checks it calls the
    /// method the generator names.
    /// </remarks>
    internal static class RouteConstraintTable
    {
        private static readonly ValueRange Int32Values = new ValueRange(int.MinValue, int.MaxValue);

        /// <summary>The constraints, in the order the grammar lists them in error messages.</summary>
        public static IReadOnlyList<RouteConstraintDefinition> All { get; } = new[]
        {
            new RouteConstraintDefinition(
                "int", RouteConstraintArguments.None, "IsInt32", RouteValueTypes.Int32 | RouteValueTypes.Int64,
                ValueKind.Integer, static _ => Int32Values
#if NET
                , check: static (raw, _, _) => RouteMatching.IsInt32(raw)
#endif
                ),
            new RouteConstraintDefinition(
                "long", RouteConstraintArguments.None, "IsInt64", RouteValueTypes.Int64,
                ValueKind.Integer, static _ => ValueRange.All
#if NET
                , check: static (raw, _, _) => RouteMatching.IsInt64(raw)
#endif
                ),
            new RouteConstraintDefinition(
                "guid", RouteConstraintArguments.None, "IsGuid", RouteValueTypes.Guid,
                ValueKind.LetterGuid | ValueKind.OtherGuid
#if NET
                , check: static (raw, _, _) => RouteMatching.IsGuid(raw)
#endif
                ),
            new RouteConstraintDefinition(
                "bool", RouteConstraintArguments.None, "IsBoolean", RouteValueTypes.Boolean,
                ValueKind.BoolWord
#if NET
                , check: static (raw, _, _) => RouteMatching.IsBoolean(raw)
#endif
                ),
            new RouteConstraintDefinition(
                "alpha", RouteConstraintArguments.None, "IsAlpha", RouteValueTypes.Boolean,
                ValueKind.Word | ValueKind.BoolWord | ValueKind.LetterGuid
#if NET
                , check: static (raw, _, _) => RouteMatching.IsAlpha(raw)
#endif
                ),
            new RouteConstraintDefinition(
                "length", RouteConstraintArguments.OneOrTwoNonNegative, "HasLength", RouteValueTypes.All,
                ValueKind.All, lengths: static c => new ValueRange(c.First, c.Second)
#if NET
                , check: static (raw, min, max) => RouteMatching.HasLength(raw, min, max)
#endif
                ),
            new RouteConstraintDefinition(
                "min", RouteConstraintArguments.One, "IsAtLeast", RouteValueTypes.Int32 | RouteValueTypes.Int64,
                ValueKind.Integer, static c => new ValueRange(c.First, long.MaxValue)
#if NET
                , check: static (raw, min, _) => RouteMatching.IsAtLeast(raw, min)
#endif
                ),
            new RouteConstraintDefinition(
                "max", RouteConstraintArguments.One, "IsAtMost", RouteValueTypes.Int32 | RouteValueTypes.Int64,
                ValueKind.Integer, static c => new ValueRange(long.MinValue, c.First)
#if NET
                , check: static (raw, max, _) => RouteMatching.IsAtMost(raw, max)
#endif
                ),
            new RouteConstraintDefinition(
                "range", RouteConstraintArguments.Two, "IsInRange", RouteValueTypes.Int32 | RouteValueTypes.Int64,
                ValueKind.Integer, static c => new ValueRange(c.First, c.Second)
#if NET
                , check: static (raw, min, max) => RouteMatching.IsInRange(raw, min, max)
#endif
                ),
        };

        /// <summary>The constraint called <paramref name="name"/> (case-insensitive), or null.</summary>
        public static RouteConstraintDefinition? Find(string name)
        {
            foreach (var definition in All)
            {
                if (string.Equals(definition.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return definition;
                }
            }

            return null;
        }

        /// <summary>Every accepted spelling, for error messages: <c>int, ..., length(n), length(min,max), ...</c>.</summary>
        public static string Known
        {
            get
            {
                var forms = new List<string>();
                foreach (var definition in All)
                {
                    forms.AddRange(definition.Forms);
                }

                return string.Join(", ", forms);
            }
        }
    }

    /// <summary>What arguments a constraint takes; they fill <see cref="RouteConstraint.First"/>/<see cref="RouteConstraint.Second"/>.</summary>
    internal enum RouteConstraintArguments
    {
        /// <summary>None: <c>int</c>. The check takes the value only.</summary>
        None = 0,

        /// <summary>One integer <c>n</c> (First = Second = n). The check takes the value and First.</summary>
        One = 1,

        /// <summary>Two integers <c>min,max</c> with min &lt;= max. The check takes the value, First and Second.</summary>
        Two = 2,

        /// <summary><c>n</c> (as <c>n,n</c>) or <c>min,max</c> with 0 &lt;= min &lt;= max. The check takes the value, First and Second.</summary>
        OneOrTwoNonNegative = 3,
    }

    /// <summary>The typed route parameters a constraint can constrain (string and custom TryParse types always fit).</summary>
    [Flags]
    internal enum RouteValueTypes
    {
        /// <summary>No typed parameter.</summary>
        None = 0,

        /// <summary><c>int</c>.</summary>
        Int32 = 1,

        /// <summary><c>long</c>.</summary>
        Int64 = 2,

        /// <summary><c>Guid</c>.</summary>
        Guid = 4,

        /// <summary><c>bool</c>.</summary>
        Boolean = 8,

        /// <summary>Every typed parameter.</summary>
        All = Int32 | Int64 | Guid | Boolean,
    }

    /// <summary>An inclusive range of integers (values or lengths).</summary>
    internal readonly struct ValueRange
    {
        public ValueRange(long min, long max)
        {
            Min = min;
            Max = max;
        }

        /// <summary>Every 64-bit integer.</summary>
        public static ValueRange All => new ValueRange(long.MinValue, long.MaxValue);

        /// <summary>Lowest value.</summary>
        public long Min { get; }

        /// <summary>Highest value.</summary>
        public long Max { get; }

        /// <summary>True when some value is in both ranges.</summary>
        public bool Overlaps(ValueRange other) => Min <= other.Max && Max >= other.Min;
    }

    /// <summary>
    /// Disjoint classes of segment values. A constraint accepts a union of classes: <c>alpha</c> is
    /// <see cref="Word"/> | <see cref="BoolWord"/> | <see cref="LetterGuid"/> because <c>true</c> and
    /// <c>abcdefabcdefabcdefabcdefabcdefab</c> are letters too; keeping the classes disjoint makes intersection exact.
    /// </summary>
    [Flags]
    internal enum ValueKind
    {
        /// <summary>No class: the domain is empty.</summary>
        None = 0,

        /// <summary>Anything in none of the classes below (e.g. <c>a-b</c>).</summary>
        Text = 1,

        /// <summary>Letters only, but neither a bool nor a GUID.</summary>
        Word = 2,

        /// <summary><c>true</c> or <c>false</c> in any case: both <c>bool</c> and <c>alpha</c>.</summary>
        BoolWord = 4,

        /// <summary>A 32-character GUID made of the letters a-f only: both <c>guid</c> and <c>alpha</c>.</summary>
        LetterGuid = 8,

        /// <summary>Any other GUID spelling <c>Guid.TryParse</c> accepts.</summary>
        OtherGuid = 16,

        /// <summary>An optionally signed decimal integer (<c>int</c>, <c>long</c>, <c>min</c>, <c>max</c>, <c>range</c>).</summary>
        Integer = 32,

        /// <summary>Every class: an unconstrained parameter.</summary>
        All = Text | Word | BoolWord | LetterGuid | OtherGuid | Integer,
    }
}
