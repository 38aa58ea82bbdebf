using System;
using System.Collections.Generic;
using System.Globalization;

namespace AttrWs.Generators.Analyzers
{
    /// <summary>
    /// An over-approximation of the set of segment values a parameter's constraints accept, precise enough to tell
    /// whether two constrained parameters can accept a common value (ATTRWS013). Each constraint narrows three
    /// independent facets: the lexical kind, the numeric range (for integer kinds) and the length range.
    /// </summary>
    /// <remarks>
    /// Why over-approximate: a false "can overlap" only costs a spurious ambiguity warning on exotic constraint mixes,
    /// while a false "cannot overlap" would let two routes silently fight over a path at run time.
    /// </remarks>
    internal sealed class ValueDomain
    {
        private const int Unbounded = int.MaxValue;

        // Lengths Guid.TryParse accepts: N (32), D (36), B and P (38), X (68). Only N can be all letters.
        private static readonly int[] GuidLengths = { 32, 36, 38, 68 };
        private static readonly int[] LetterGuidLengths = { 32 };

        // Lengths of "true"/"false" (bool.TryParse ignores case).
        private static readonly int[] BoolLengths = { 4, 5 };

        private ValueDomain(ValueKind kinds, long minValue, long maxValue, int minLength, int maxLength)
        {
            Kinds = kinds;
            MinValue = minValue;
            MaxValue = maxValue;
            MinLength = minLength;
            MaxLength = maxLength;
        }

        /// <summary>Every non-empty segment value.</summary>
        public static ValueDomain Any { get; } = new ValueDomain(ValueKind.All, long.MinValue, long.MaxValue, 1, Unbounded);

        /// <summary>The lexical kinds still possible; a value is in the domain only if it is of one of them.</summary>
        public ValueKind Kinds { get; }

        /// <summary>Lowest integer value (meaningful when <see cref="ValueKind.Integer"/> is possible).</summary>
        public long MinValue { get; }

        /// <summary>Highest integer value (meaningful when <see cref="ValueKind.Integer"/> is possible).</summary>
        public long MaxValue { get; }

        /// <summary>Shortest accepted value, in characters.</summary>
        public int MinLength { get; }

        /// <summary>Longest accepted value, in characters.</summary>
        public int MaxLength { get; }

        /// <summary>
        /// The domain of one constraint, e.g. <c>int</c>, <c>length(3)</c>, <c>range(1,10)</c>. Unknown names give
        /// <see cref="Any"/> (an endpoint with an unknown constraint is already an ATTRWS002 error and skipped).
        /// </summary>
        public static ValueDomain FromConstraint(string name, IReadOnlyList<string> arguments)
        {
            switch (name.ToLowerInvariant())
            {
                case "int":
                    return new ValueDomain(ValueKind.Integer, int.MinValue, int.MaxValue, 1, Unbounded);
                case "long":
                    return new ValueDomain(ValueKind.Integer, long.MinValue, long.MaxValue, 1, Unbounded);
                case "guid":
                    return new ValueDomain(ValueKind.LetterGuid | ValueKind.OtherGuid, long.MinValue, long.MaxValue, 1, Unbounded);
                case "bool":
                    return new ValueDomain(ValueKind.BoolWord, long.MinValue, long.MaxValue, 1, Unbounded);
                case "alpha":
                    return new ValueDomain(ValueKind.Word | ValueKind.BoolWord | ValueKind.LetterGuid, long.MinValue, long.MaxValue, 1, Unbounded);
                case "min" when TryLong(arguments, 0, out var min):
                    return new ValueDomain(ValueKind.Integer, min, long.MaxValue, 1, Unbounded);
                case "max" when TryLong(arguments, 0, out var max):
                    return new ValueDomain(ValueKind.Integer, long.MinValue, max, 1, Unbounded);
                case "range" when TryLong(arguments, 0, out var low) && TryLong(arguments, 1, out var high):
                    return new ValueDomain(ValueKind.Integer, low, high, 1, Unbounded);
                case "length" when arguments.Count == 1 && TryInt(arguments, 0, out var exact):
                    return new ValueDomain(ValueKind.All, long.MinValue, long.MaxValue, exact, exact);
                case "length" when TryInt(arguments, 0, out var shortest) && TryInt(arguments, 1, out var longest):
                    return new ValueDomain(ValueKind.All, long.MinValue, long.MaxValue, shortest, longest);
                default:
                    return Any;
            }
        }

        /// <summary>The values both domains accept (a parameter's constraints all apply, so their domains intersect).</summary>
        public ValueDomain Intersect(ValueDomain other) => new ValueDomain(
            Kinds & other.Kinds,
            Math.Max(MinValue, other.MinValue),
            Math.Min(MaxValue, other.MaxValue),
            Math.Max(MinLength, other.MinLength),
            Math.Min(MaxLength, other.MaxLength));

        /// <summary>True when some value satisfies every facet at once.</summary>
        public bool IsEmpty
        {
            get
            {
                if (MinLength > MaxLength)
                {
                    return true;
                }

                // The kinds are alternatives: the domain is empty only when none of them has a value in range.
                return !(Has(ValueKind.Text) || Has(ValueKind.Word))
                    && !(Has(ValueKind.Integer) && IntegerFits())
                    && !(Has(ValueKind.LetterGuid) && AnyLengthFits(LetterGuidLengths))
                    && !(Has(ValueKind.OtherGuid) && AnyLengthFits(GuidLengths))
                    && !(Has(ValueKind.BoolWord) && AnyLengthFits(BoolLengths));
            }
        }

        /// <summary>True when some value is in both domains.</summary>
        public bool Overlaps(ValueDomain other) => !Intersect(other).IsEmpty;

        private bool Has(ValueKind kind) => (Kinds & kind) != 0;

        private bool AnyLengthFits(int[] lengths)
        {
            foreach (var length in lengths)
            {
                if (length >= MinLength && length <= MaxLength)
                {
                    return true;
                }
            }

            return false;
        }

        // Decimal spellings of the integers in [MinValue, MaxValue] take every length between the shortest and the
        // longest one (0..9 and the powers of ten fill the gaps), so comparing the two bounds is enough.
        private bool IntegerFits()
        {
            if (MinValue > MaxValue)
            {
                return false;
            }

            int shortest;
            if (MinValue <= 0 && MaxValue >= 0)
            {
                shortest = 1;
            }
            else
            {
                shortest = MinValue > 0 ? Spelling(MinValue) : Spelling(MaxValue);
            }

            var longest = Math.Max(Spelling(MinValue), Spelling(MaxValue));
            return shortest <= MaxLength && longest >= MinLength;
        }

        private static int Spelling(long value) => value.ToString(CultureInfo.InvariantCulture).Length;

        private static bool TryLong(IReadOnlyList<string> arguments, int index, out long value)
        {
            value = 0;
            return arguments.Count > index
                && long.TryParse(arguments[index].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
        }

        private static bool TryInt(IReadOnlyList<string> arguments, int index, out int value)
        {
            value = 0;
            return arguments.Count > index
                && int.TryParse(arguments[index].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
        }
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
