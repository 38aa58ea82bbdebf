using System;
using System.Collections.Generic;
using System.Globalization;
using AttrWs.Routing.Template;

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

        /// <summary>The domain of one parsed constraint, e.g. <c>int</c>, <c>length(3)</c>, <c>range(1,10)</c>, as its table entry describes it.</summary>
        public static ValueDomain FromConstraint(RouteConstraint constraint)
        {
            var definition = constraint.Definition;
            var values = definition.Values(constraint);
            var lengths = definition.Lengths(constraint);
            return new ValueDomain(definition.Kinds, values.Min, values.Max, Clamp(lengths.Min), Clamp(lengths.Max));
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

        /// <summary>
        /// A value of the domain, for the example path of an ATTRWS013 message; null when none of the probes fits
        /// (only for domains <see cref="IsEmpty"/> calls empty, or for ones too exotic to be worth a search).
        /// </summary>
        public string? Sample()
        {
            if (MinLength > MaxLength)
            {
                return null;
            }

            // 'x' is neither a hex digit nor part of true/false, so a run of them is a plain word.
            if (Has(ValueKind.Word) || Has(ValueKind.Text))
            {
                return new string('x', Math.Min(MinLength, 64));
            }

            if (Has(ValueKind.Integer))
            {
                foreach (var candidate in IntegerProbes())
                {
                    var text = candidate.ToString(CultureInfo.InvariantCulture);
                    if (candidate >= MinValue && candidate <= MaxValue && text.Length >= MinLength && text.Length <= MaxLength)
                    {
                        return text;
                    }
                }
            }

            if (Has(ValueKind.BoolWord))
            {
                foreach (var word in new[] { "true", "false" })
                {
                    if (word.Length >= MinLength && word.Length <= MaxLength)
                    {
                        return word;
                    }
                }
            }

            if (Has(ValueKind.LetterGuid) && AnyLengthFits(LetterGuidLengths))
            {
                return "abcdefabcdefabcdefabcdefabcdefab";
            }

            if (Has(ValueKind.OtherGuid))
            {
                var guid = new Guid(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
                foreach (var format in new[] { "D", "N", "B", "X" })
                {
                    var text = guid.ToString(format, CultureInfo.InvariantCulture);
                    if (text.Length >= MinLength && text.Length <= MaxLength)
                    {
                        return text;
                    }
                }
            }

            return null;
        }

        // The bounds, zero and the shortest/longest integers of every length cover each length an integer range can
        // spell (see IntegerFits).
        private IEnumerable<long> IntegerProbes()
        {
            yield return MinValue;
            yield return MaxValue;
            yield return 0;
            long power = 1;
            for (var digits = 1; digits <= 18; digits++)
            {
                yield return power;
                yield return -power;
                yield return (power * 10) - 1;
                yield return -((power * 10) - 1);
                yield return Math.Max(MinValue, power);
                yield return Math.Min(MaxValue, -power);
                power *= 10;
            }
        }

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

        private static int Clamp(long length) => length > int.MaxValue ? int.MaxValue : (int)length;
    }
}
