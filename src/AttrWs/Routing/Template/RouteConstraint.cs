namespace AttrWs.Routing.Template
{
    /// <summary>One constraint of a parameter, with its arguments; what the constraint means is its <see cref="Definition"/>.</summary>
    internal sealed class RouteConstraint
    {
        public RouteConstraint(RouteConstraintDefinition definition, long first, long second, string text)
        {
            Definition = definition;
            First = first;
            Second = second;
            Text = text;
        }

        /// <summary>The constraint's entry in <see cref="RouteConstraintTable"/>.</summary>
        public RouteConstraintDefinition Definition { get; }

        /// <summary>
        /// First argument: <c>length</c>'s minimum (or exact length), <c>min</c>/<c>max</c>'s bound, <c>range</c>'s lower bound.
        /// </summary>
        public long First { get; }

        /// <summary>Second argument: <c>length</c>'s maximum (equal to <see cref="First"/> for <c>length(n)</c>), <c>range</c>'s upper bound.</summary>
        public long Second { get; }

        /// <summary>The constraint as written in the template (e.g. <c>range(1,10)</c>).</summary>
        public string Text { get; }

        /// <summary>The canonical spelling (lower-case name, normalized arguments), used to compare constraints.</summary>
        public string Canonical => Definition.Canonical(this);

        /// <summary>True for constraints whose values are integers (the parameter type must hold them).</summary>
        public bool IsNumeric => Definition.IsNumeric;
    }
}
