using System.Collections.Generic;

namespace AttrWs.Routing.Template
{
    /// <summary>A parsed route template: its segments, left to right. The root template <c>/</c> has none.</summary>
    /// <remarks>
    /// Shared source: compiled into the runtime and (linked) into the netstandard2.0 generator, so it uses no newer BCL
    /// APIs and explicit usings only.
    /// </remarks>
    internal sealed class RouteTemplate
    {
        public RouteTemplate(string text, IReadOnlyList<RouteSegment> segments)
        {
            Text = text;
            Segments = segments;
        }

        /// <summary>The template as written.</summary>
        public string Text { get; }

        /// <summary>The segments, left to right.</summary>
        public IReadOnlyList<RouteSegment> Segments { get; }

        /// <summary>The parameter segments in template order (their index is the route value slot).</summary>
        public List<RouteSegment> GetParameters()
        {
            var parameters = new List<RouteSegment>();
            foreach (var segment in Segments)
            {
                if (segment.Kind != RouteSegmentKind.Literal)
                {
                    parameters.Add(segment);
                }
            }

            return parameters;
        }

        /// <summary>True when the last segment is an optional parameter.</summary>
        public bool EndsWithOptional => Segments.Count > 0 && Segments[Segments.Count - 1].IsOptional;

        /// <summary>True when the last segment is a catch-all parameter.</summary>
        public bool EndsWithCatchAll => Segments.Count > 0 && Segments[Segments.Count - 1].Kind == RouteSegmentKind.CatchAll;
    }
}
