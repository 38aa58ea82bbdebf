using System;
using System.Collections.Generic;
using System.Globalization;

namespace AttrWs.Routing.Template
{
    /// <summary>The runtime check of a constraint on a raw (still percent-encoded) segment value.</summary>
    /// <param name="raw">The segment value.</param>
    /// <param name="first">The constraint's first argument (0 when it takes none).</param>
    /// <param name="second">The constraint's second argument (equal to the first when it takes one).</param>
    internal delegate bool RouteConstraintCheck(ReadOnlySpan<char> raw, long first, long second);

    /// <summary>One entry of <see cref="RouteConstraintTable"/>: everything any part of AttrWs knows about a constraint.</summary>
    internal sealed class RouteConstraintDefinition
    {
        private static readonly ValueRange AnyLength = new ValueRange(1, int.MaxValue);

        private readonly Func<RouteConstraint, ValueRange>? _values;
        private readonly Func<RouteConstraint, ValueRange>? _lengths;
        private readonly RouteConstraintCheck? _check;

        /// <param name="name">The name as written in templates (lower case; matched case-insensitively).</param>
        /// <param name="arguments">The arguments it takes.</param>
        /// <param name="checkMethod">
        /// The <c>RouteMatching</c> method that checks a raw value; it takes the value then as many of First/Second
        /// as <paramref name="arguments"/> says (generated matchers call it inline).
        /// </param>
        /// <param name="fits">
        /// The typed parameters that can hold values it accepts; for integer constraints a type fits only when its range
        /// meets the constraint's (so <c>min(5000000000)</c> does not fit <c>int</c>).
        /// </param>
        /// <param name="kinds">The value classes it accepts (ATTRWS013's domain).</param>
        /// <param name="values">The integer values it accepts (for <see cref="ValueKind.Integer"/> domains); null: all.</param>
        /// <param name="lengths">The lengths it accepts; null: any non-empty value.</param>
        /// <param name="check">
        /// The runtime check; it calls <paramref name="checkMethod"/>. Given in the runtime build only (the generator emits
        /// the call instead).
        /// </param>
        public RouteConstraintDefinition(
            string name,
            RouteConstraintArguments arguments,
            string checkMethod,
            RouteValueTypes fits,
            ValueKind kinds,
            Func<RouteConstraint, ValueRange>? values = null,
            Func<RouteConstraint, ValueRange>? lengths = null,
            RouteConstraintCheck? check = null)
        {
            Name = name;
            Arguments = arguments;
            CheckMethod = checkMethod;
            FittingTypes = fits;
            Kinds = kinds;
            _values = values;
            _lengths = lengths;
            _check = check;
        }

        /// <summary>The name as written in templates.</summary>
        public string Name { get; }

        /// <summary>The arguments it takes.</summary>
        public RouteConstraintArguments Arguments { get; }

        /// <summary>The <c>RouteMatching</c> method generated matchers call.</summary>
        public string CheckMethod { get; }

        /// <summary>How many of First/Second the check takes after the value.</summary>
        public int CheckArgumentCount => Arguments switch
        {
            RouteConstraintArguments.None => 0,
            RouteConstraintArguments.One => 1,
            _ => 2,
        };

        /// <summary>The typed parameters it can constrain (before the integer-range test of <see cref="Fits"/>).</summary>
        public RouteValueTypes FittingTypes { get; }

        /// <summary>The value classes it accepts.</summary>
        public ValueKind Kinds { get; }

        /// <summary>True for constraints whose values are integers.</summary>
        public bool IsNumeric => Kinds == ValueKind.Integer;

        /// <summary>The runtime check (the runtime build's table gives every entry one).</summary>
        public RouteConstraintCheck Check => _check ?? throw new InvalidOperationException("The constraint '" + Name + "' has no runtime check in this build.");

        /// <summary>The spellings of the constraint for error messages (<c>length(n)</c>, <c>length(min,max)</c>).</summary>
        public IEnumerable<string> Forms
        {
            get
            {
                switch (Arguments)
                {
                    case RouteConstraintArguments.None:
                        yield return Name;
                        break;
                    case RouteConstraintArguments.One:
                        yield return Name + "(n)";
                        break;
                    case RouteConstraintArguments.Two:
                        yield return Name + "(min,max)";
                        break;
                    default:
                        yield return Name + "(n)";
                        yield return Name + "(min,max)";
                        break;
                }
            }
        }

        /// <summary>The canonical spelling of <paramref name="constraint"/> (lower-case name, normalized arguments).</summary>
        public string Canonical(RouteConstraint constraint) => CheckArgumentCount switch
        {
            0 => Name,
            1 => Name + "(" + constraint.First.ToString(CultureInfo.InvariantCulture) + ")",
            _ => Name + "(" + constraint.First.ToString(CultureInfo.InvariantCulture) + "," + constraint.Second.ToString(CultureInfo.InvariantCulture) + ")",
        };

        /// <summary>The integer values <paramref name="constraint"/> accepts (all, for non-integer constraints).</summary>
        public ValueRange Values(RouteConstraint constraint) => _values is null ? ValueRange.All : _values(constraint);

        /// <summary>The value lengths <paramref name="constraint"/> accepts.</summary>
        public ValueRange Lengths(RouteConstraint constraint) => _lengths is null ? AnyLength : _lengths(constraint);

        /// <summary>True when a parameter of <paramref name="type"/> can hold values <paramref name="constraint"/> accepts.</summary>
        public bool Fits(RouteConstraint constraint, RouteValueTypes type)
        {
            if ((FittingTypes & type) == 0)
            {
                return false;
            }

            if (!IsNumeric)
            {
                return true;
            }

            var typeRange = type == RouteValueTypes.Int32 ? new ValueRange(int.MinValue, int.MaxValue) : ValueRange.All;
            return Values(constraint).Overlaps(typeRange);
        }
    }
}
