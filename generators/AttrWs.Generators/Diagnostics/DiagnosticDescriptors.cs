using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace AttrWs.Generators.Diagnostics
{
    /// <summary>
    /// The diagnostics catalogue (DESIGN §7). IDs never renumber; every message says how to fix the problem and every
    /// descriptor links to its row of the README's diagnostics table (<c>#attrwsNNN</c>).
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        public const string RoutingCategory = "AttrWs.Routing";
        public const string UsageCategory = "AttrWs.Usage";
        public const string SecurityCategory = "AttrWs.Security";

        private const string HelpLinkBase = "https://github.com/attrws/attrws/blob/main/README.md#";

        public static readonly DiagnosticDescriptor InvalidRouteTemplate = Create(
            "ATTRWS001",
            "Route template syntax is invalid",
            "Invalid route template \"{0}\": {1}",
            RoutingCategory,
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidRouteConstraint = Create(
            "ATTRWS002",
            "Unknown route constraint or bad constraint argument",
            "Invalid route constraint in \"{0}\": {1}",
            RoutingCategory,
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor DuplicateRoute = Create(
            "ATTRWS003",
            "Duplicate route",
            "The route \"{0}\" of '{1}' duplicates that of '{2}' ({3}); give one a different template, or make their SubProtocols disjoint with AllowMissingSubProtocol on at most one of them",
            RoutingCategory,
            DiagnosticSeverity.Error,
            WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor InvalidSubProtocol = Create(
            "ATTRWS004",
            "Subprotocol is empty or not a token",
            "The subprotocol entry \"{0}\" is empty or not an RFC 7230 token; use letters, digits and !#$%&'*+-.^_`|~ only, separated by commas",
            UsageCategory,
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor DuplicateSubProtocol = Create(
            "ATTRWS005",
            "Subprotocol listed twice",
            "The subprotocol \"{0}\" is listed twice on this endpoint; remove the duplicate",
            UsageCategory,
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor UnsupportedMethodShape = Create(
            "ATTRWS006",
            "Unsupported endpoint method shape",
            "The endpoint method '{0}' is not supported: {1}",
            UsageCategory,
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor UnbindableParameter = Create(
            "ATTRWS007",
            "Endpoint parameter cannot be bound",
            "The parameter '{0}' of type '{1}' cannot be bound: it is not a route value, WebSocketSession, CancellationToken, WebSocketOpenRequestContext or a service (class or interface) type; add '{{{0}}}' to the template, or take a service instead",
            UsageCategory,
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor UnusedRouteParameter = Create(
            "ATTRWS008",
            "Route parameter has no method parameter",
            "The route parameter '{0}' has no method parameter; add a parameter named '{0}', or read it from session.RouteValues[\"{0}\"]",
            UsageCategory,
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor RouteParameterTypeMismatch = Create(
            "ATTRWS009",
            "Route parameter type does not fit its constraints",
            "The route parameter '{0}' of type '{1}' {2}",
            UsageCategory,
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InaccessibleEndpoint = Create(
            "ATTRWS010",
            "Endpoint method is not accessible to generated code",
            "The endpoint method '{0}' is not accessible to generated code: {1}; make it (and every containing type) public or internal",
            UsageCategory,
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor SuspiciousAuthorization = Create(
            "ATTRWS011",
            "Suspicious authorization attributes",
            "{0}",
            SecurityCategory,
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor AsyncVoidEndpoint = Create(
            "ATTRWS012",
            "async void endpoint",
            "The endpoint method '{0}' is async void: the connection closes at its first await and its exceptions crash the process; return Task or ValueTask",
            UsageCategory,
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor AmbiguousRoutes = Create(
            "ATTRWS013",
            "Ambiguous routes",
            "The routes \"{0}\" ('{1}') and \"{2}\" ('{3}') can match the same path with equal precedence (e.g. \"{4}\"); add a literal or a constraint to one of them",
            RoutingCategory,
            DiagnosticSeverity.Error,
            WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor CookieAuthWithoutOriginPolicy = Create(
            "ATTRWS014",
            "Ambient-credential authentication without an origin policy",
            "The endpoint '{0}' accepts the '{1}' scheme, whose credentials browsers attach on their own (cookies, cached Basic/Digest/Negotiate credentials, client certificates) to WebSocket handshakes from any site (cross-site WebSocket hijacking), but declares no AllowedOrigins; without a list only same-origin pages may open it. Fix: list the origins allowed to open it with [WebSocketEndpoint(..., AllowedOrigins = \"https://app.example.com\")] or server-wide with options.Security.Origins.Allow(...), or use a scheme the client sends explicitly (Bearer)",
            SecurityCategory,
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor InvalidEndpointClass = Create(
            "ATTRWS015",
            "Endpoint class cannot be instantiated",
            "The endpoint class '{0}' cannot be instantiated for each connection: {1}",
            UsageCategory,
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor NoUsableConstructor = Create(
            "ATTRWS016",
            "Endpoint class has no constructor the generator can call",
            "The endpoint class '{0}' has no constructor the generator can call: {1}",
            UsageCategory,
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor UnresolvableConstructorParameter = Create(
            "ATTRWS017",
            "Constructor parameter can never be a service",
            "The constructor parameter '{0}' of '{1}' can never be a service: {2}; take a service type by value, or mark another constructor [ActivatorUtilitiesConstructor]",
            UsageCategory,
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidRoutePrefix = Create(
            "ATTRWS018",
            "Route prefix is not a valid template",
            "Invalid route prefix \"{0}\" in [WebSocketRoute]: {1}",
            RoutingCategory,
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidPrefixCombination = Create(
            "ATTRWS019",
            "Route prefix and endpoint template do not combine",
            "The template \"{0}\" of '{1}' does not combine with the class prefix \"{2}\": {3}",
            RoutingCategory,
            DiagnosticSeverity.Error);

        private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = new Dictionary<string, DiagnosticDescriptor>
        {
            [InvalidRouteTemplate.Id] = InvalidRouteTemplate,
            [InvalidRouteConstraint.Id] = InvalidRouteConstraint,
            [DuplicateRoute.Id] = DuplicateRoute,
            [InvalidSubProtocol.Id] = InvalidSubProtocol,
            [DuplicateSubProtocol.Id] = DuplicateSubProtocol,
            [UnsupportedMethodShape.Id] = UnsupportedMethodShape,
            [UnbindableParameter.Id] = UnbindableParameter,
            [UnusedRouteParameter.Id] = UnusedRouteParameter,
            [RouteParameterTypeMismatch.Id] = RouteParameterTypeMismatch,
            [InaccessibleEndpoint.Id] = InaccessibleEndpoint,
            [SuspiciousAuthorization.Id] = SuspiciousAuthorization,
            [AsyncVoidEndpoint.Id] = AsyncVoidEndpoint,
            [AmbiguousRoutes.Id] = AmbiguousRoutes,
            [CookieAuthWithoutOriginPolicy.Id] = CookieAuthWithoutOriginPolicy,
            [InvalidEndpointClass.Id] = InvalidEndpointClass,
            [NoUsableConstructor.Id] = NoUsableConstructor,
            [UnresolvableConstructorParameter.Id] = UnresolvableConstructorParameter,
            [InvalidRoutePrefix.Id] = InvalidRoutePrefix,
            [InvalidPrefixCombination.Id] = InvalidPrefixCombination,
        };

        /// <summary>Every descriptor, in ID order.</summary>
        public static IReadOnlyList<DiagnosticDescriptor> All { get; } = new List<DiagnosticDescriptor>(s_byId.Values);

        public static DiagnosticDescriptor ById(string id) => s_byId[id];

        // ATTRWS003 and ATTRWS013 need every endpoint, so the analyzer reports them at compilation end; the tag tells the
        // IDE they only appear in full-solution analysis and builds.
        private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, params string[] customTags) =>
            new DiagnosticDescriptor(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id.ToLowerInvariant(), customTags: customTags);
    }
}
