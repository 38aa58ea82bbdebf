extern alias generator;
using System.Text;
using AttrWs.Generators.Analyzers;
using AttrWs.Generators.Model;
using AttrWs.Generators.Tests.Infrastructure;
using AttrWs.Routing;
using RouteConstraint = generator::AttrWs.Routing.Template.RouteConstraint;
using RouteConstraintArguments = generator::AttrWs.Routing.Template.RouteConstraintArguments;
using RouteConstraintDefinition = generator::AttrWs.Routing.Template.RouteConstraintDefinition;
using RouteConstraintTable = generator::AttrWs.Routing.Template.RouteConstraintTable;
using RouteTemplate = generator::AttrWs.Routing.Template.RouteTemplate;
using RouteTemplateError = generator::AttrWs.Routing.Template.RouteTemplateError;
using RouteTemplateParser = generator::AttrWs.Routing.Template.RouteTemplateParser;

namespace AttrWs.Generators.Tests.Routing;

/// <summary>
/// Walks <see cref="RouteConstraintTable"/>: every entry parses, has a value domain and a fitting type, and the generated
/// matcher (inline calls) and <see cref="RuntimeRouteTable"/> (the entry's delegate) accept exactly the same values.
/// A new entry is covered here without editing this test.
/// </summary>
public sealed class ConstraintTableTests
{
    private static readonly string[] Probes =
    [
        "0", "3", "4", "5", "6", "-4", "+7", "42", "12345", "2147483648", "-2147483649", "99999999999999999999", "true", "FALSE",
        "abc", "ab", "abcdef", "a-b", "x1", "%34%32", "caf%C3%A9", "6f9619ff-8b86-d011-b42d-00c04fc964ff",
        "6f9619ff8b86d011b42d00c04fc964ff", "{6f9619ff-8b86-d011-b42d-00c04fc964ff}", "abcdefabcdefabcdefabcdefabcdefab",
    ];

    public static TheoryData<string> Names => new(RouteConstraintTable.All.Select(d => d.Name));

    /// <summary>An instance of the constraint as a template writes it: arguments chosen so a domain is non-trivial.</summary>
    private static string Example(RouteConstraintDefinition definition) => definition.Arguments switch
    {
        RouteConstraintArguments.None => definition.Name,
        RouteConstraintArguments.One => definition.Name + "(4)",
        _ => definition.Name + "(2,5)",
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_entry_parses_in_each_of_its_forms_and_round_trips_its_canonical_spelling(string name)
    {
        var definition = RouteConstraintTable.Find(name)!;
        Assert.Same(definition, RouteConstraintTable.Find(name.ToUpperInvariant()));
        foreach (var form in definition.Forms)
        {
            Assert.Contains(form, RouteConstraintTable.Known, StringComparison.Ordinal);
        }

        var constraint = Single("/{v:" + Example(definition).ToUpperInvariant() + "}");
        Assert.Same(definition, constraint.Definition);
        Assert.Same(definition, Single("/{v:" + constraint.Canonical + "}").Definition);
        Assert.Equal(constraint.Canonical, Single("/{v:" + constraint.Canonical + "}").Canonical);

        // Wrong argument shapes are grammar errors (ATTRWS002), never a silent default.
        var wrong = definition.Arguments == RouteConstraintArguments.None ? definition.Name + "(1)" : definition.Name;
        Assert.Null(RouteTemplateParser.Parse("/{v:" + wrong + "}", out var error));
        Assert.Equal(RouteTemplateError.ConstraintId, error!.Id);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_entry_has_a_non_empty_domain_and_a_parameter_type_that_fits(string name)
    {
        var definition = RouteConstraintTable.Find(name)!;
        var segment = Parse("/{v:" + Example(definition) + "}").Segments[0];
        var domain = ValueDomain.FromConstraint(segment.Constraints[0]);
        Assert.False(domain.IsEmpty);
        Assert.NotNull(domain.Sample());
        Assert.Equal(definition.Kinds, domain.Kinds);

        // string always fits; so does every type the entry names, and (ATTRWS009) no other one.
        Assert.Null(RouteTypeChecks.Check(RouteValueKind.String, segment));
        foreach (var kind in new[] { RouteValueKind.Int32, RouteValueKind.Int64, RouteValueKind.Guid, RouteValueKind.Boolean })
        {
            var named = (definition.FittingTypes & RouteTypeChecks.TypeOf(kind)) != 0;
            Assert.Equal(named, RouteTypeChecks.Check(kind, segment) is null);
        }
    }

    [Fact]
    public void Generated_and_runtime_matchers_accept_the_same_values_for_every_entry_and_the_domain_sample()
    {
        var definitions = RouteConstraintTable.All;
        var source = new StringBuilder("using AttrWs;\n\nnamespace App;\n\npublic static class Constraints\n{\n");
        for (var i = 0; i < definitions.Count; i++)
        {
            source.Append("    [WebSocketEndpoint(\"/c").Append(i).Append("/{v:").Append(Example(definitions[i])).Append("}\")] public static void E")
                .Append(i).Append("(string v) { }\n");
        }

        var run = GeneratorHarness.Run(source.Append("}\n").ToString());
        using var app = run.Load();
        var runtime = new RuntimeRouteTable();
        foreach (var endpoint in app.EndpointMap)
        {
            runtime.Add(new WebSocketEndpoint(endpoint.Template, endpoint.Handler) { Name = endpoint.Name });
        }

        for (var i = 0; i < definitions.Count; i++)
        {
            // The generated matcher calls the entry's check inline (no reflection, no delegate).
            Assert.Contains(AttrWs.Generators.Emitting.CodeText.Matching + "." + definitions[i].CheckMethod + "(", run.GeneratedSource, StringComparison.Ordinal);

            var refused = 0;
            var sample = ValueDomain.FromConstraint(Single("/{v:" + Example(definitions[i]) + "}")).Sample()!;
            foreach (var value in Probes.Append(sample))
            {
                var path = "/c" + i + "/" + value;
                var generated = app.RouteTable.TryMatch(path, out _);
                Assert.True(generated == runtime.TryMatch(path, out _), $"{definitions[i].Name}: the matchers disagree on {path}");
                refused += generated ? 0 : 1;
            }

            Assert.True(app.RouteTable.TryMatch("/c" + i + "/" + sample, out _), $"{definitions[i].Name}: its domain's sample '{sample}' is refused");
            Assert.True(refused > 0, $"{definitions[i].Name}: accepts every probe");
        }
    }

    private static RouteTemplate Parse(string template) =>
        RouteTemplateParser.Parse(template, out var error) ?? throw new InvalidOperationException(error!.Message);

    private static RouteConstraint Single(string template) => Assert.Single(Parse(template).Segments[0].Constraints);
}
