extern alias generator;
using AttrWs.Generators.Analyzers;
using RouteConstraintParser = generator::AttrWs.Routing.Template.RouteConstraintParser;

namespace AttrWs.Generators.Tests.Diagnostics;

/// <summary>The constraint value domains behind ATTRWS013: can two constrained parameters accept one value?</summary>
public sealed class ValueDomainTests
{
    private static ValueDomain Domain(params string[] constraints)
    {
        var domain = ValueDomain.Any;
        foreach (var text in constraints)
        {
            var constraint = RouteConstraintParser.Parse(text, 0, text.Length, out var error);
            Assert.True(constraint is not null, error?.ToString());
            domain = domain.Intersect(ValueDomain.FromConstraint(constraint));
        }

        return domain;
    }

    [Theory]
    [InlineData("int", "min(1)")] // 5
    [InlineData("int", "long")] // 0
    [InlineData("alpha", "bool")] // true
    [InlineData("alpha", "guid")] // abcdefabcdefabcdefabcdefabcdefab
    [InlineData("length(3)", "int")] // 100
    [InlineData("length(11)", "int")] // -2147483648
    [InlineData("max(-10)", "length(3)")] // -10
    [InlineData("guid", "length(36)")]
    [InlineData("bool", "length(5)")] // false
    public void Constraints_with_a_common_value_overlap(string first, string second)
    {
        var common = Domain(first).Intersect(Domain(second));

        Assert.False(common.IsEmpty);

        // The sample (used in ATTRWS013's example path) really satisfies both constraints.
        var sample = common.Sample();
        Assert.NotNull(sample);
        Assert.True(Satisfies(first, sample), $"'{sample}' fails {first}");
        Assert.True(Satisfies(second, sample), $"'{sample}' fails {second}");
    }

    /// <summary>An independent reading of the constraints (ASP.NET Core semantics) to check samples against.</summary>
    private static bool Satisfies(string constraint, string value)
    {
        var open = constraint.IndexOf('(', StringComparison.Ordinal);
        var name = open < 0 ? constraint : constraint[..open];
        var arguments = open < 0 ? [] : constraint[(open + 1)..^1].Split(',').Select(long.Parse).ToArray();
        var isLong = long.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number);
        return name switch
        {
            "int" => int.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _),
            "long" => isLong,
            "min" => isLong && number >= arguments[0],
            "max" => isLong && number <= arguments[0],
            "range" => isLong && number >= arguments[0] && number <= arguments[1],
            "alpha" => value.All(char.IsAsciiLetter),
            "bool" => bool.TryParse(value, out _),
            "guid" => Guid.TryParse(value, out _),
            "length" => value.Length >= arguments[0] && value.Length <= arguments[^1],
            _ => throw new ArgumentException(constraint),
        };
    }

    [Theory]
    [InlineData("int", "alpha")]
    [InlineData("int", "guid")]
    [InlineData("int", "bool")]
    [InlineData("guid", "bool")]
    [InlineData("min(10)", "max(9)")]
    [InlineData("range(1,9)", "length(2)")]
    [InlineData("int", "length(12)")] // longest int is 11 characters
    [InlineData("range(100,999)", "length(1,2)")]
    [InlineData("bool", "length(6,10)")]
    [InlineData("guid", "length(40,60)")]
    [InlineData("alpha:length(36)", "guid")] // only the 32-letter form is alphabetic
    public void Constraints_without_a_common_value_do_not_overlap(string first, string second)
    {
        Assert.False(Domain(first.Split(':')).Overlaps(Domain(second.Split(':'))));
    }

    [Fact]
    public void Contradictory_constraints_on_one_parameter_give_an_empty_domain()
    {
        Assert.True(Domain("min(5)", "max(4)").IsEmpty);
        Assert.True(Domain("int", "alpha").IsEmpty);
        Assert.False(Domain("min(5)", "max(5)").IsEmpty);
        Assert.False(ValueDomain.Any.IsEmpty);
    }
}
