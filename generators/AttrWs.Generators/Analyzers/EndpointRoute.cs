using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace AttrWs.Generators.Analyzers
{
    /// <summary>What the compilation-end checks need of one valid endpoint: its route, its subprotocols, where to report.</summary>
    internal sealed class EndpointRoute
    {
        public EndpointRoute(string displayName, string template, RouteShape shape, IReadOnlyList<string> subProtocols, bool allowMissingSubProtocol, Location templateLocation)
        {
            DisplayName = displayName;
            Template = template;
            Shape = shape;
            SubProtocols = subProtocols;
            AllowMissingSubProtocol = allowMissingSubProtocol;
            TemplateLocation = templateLocation;
        }

        /// <summary><c>Namespace.Type.Method</c>, used to name the other endpoint in messages.</summary>
        public string DisplayName { get; }

        public string Template { get; }

        public RouteShape Shape { get; }

        /// <summary>The declared subprotocols; empty means the endpoint serves clients whatever they offer.</summary>
        public IReadOnlyList<string> SubProtocols { get; }

        /// <summary><c>AllowMissingSubProtocol</c>: the endpoint also serves a client that offers none of its subprotocols.</summary>
        public bool AllowMissingSubProtocol { get; }

        /// <summary>True when the endpoint serves a client that offers none of its subprotocols (it declares none, or allows that).</summary>
        public bool AcceptsMissingSubProtocol => SubProtocols.Count == 0 || AllowMissingSubProtocol;

        public Location TemplateLocation { get; }

        /// <summary>
        /// True when one client offer could be served by both endpoints: an endpoint without subprotocols takes any
        /// offer; two endpoints that both accept a client offering none of their subprotocols (<c>AllowMissingSubProtocol</c>)
        /// both serve that client; otherwise the sets must share a token (tokens compare ordinally: RFC 6455 subprotocols
        /// are case-sensitive).
        /// </summary>
        public bool SubProtocolsOverlap(EndpointRoute other) => DescribeSubProtocolOverlap(other) is not null;

        /// <summary>Why the subprotocol sets overlap, for the ATTRWS003 message; null when they are disjoint.</summary>
        public string? DescribeSubProtocolOverlap(EndpointRoute other)
        {
            if (SubProtocols.Count == 0 && other.SubProtocols.Count == 0)
            {
                return "neither declares SubProtocols";
            }

            if (SubProtocols.Count == 0 || other.SubProtocols.Count == 0)
            {
                return "an endpoint without SubProtocols serves every client";
            }

            if (AllowMissingSubProtocol && other.AllowMissingSubProtocol)
            {
                return "both set AllowMissingSubProtocol, so both serve a client that offers none of their subprotocols";
            }

            foreach (var mine in SubProtocols)
            {
                foreach (var theirs in other.SubProtocols)
                {
                    if (string.Equals(mine, theirs, System.StringComparison.Ordinal))
                    {
                        return "both speak '" + mine + "'";
                    }
                }
            }

            return null;
        }
    }
}
