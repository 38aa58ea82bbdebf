using System.Reflection;
using AttrWs.Routing;
using AttrWs.Routing.Template;

namespace AttrWs.Tests.Routing;

/// <summary>
/// The runtime's copy of <see cref="RouteConstraintTable"/>: each entry's delegate (what <see cref="RuntimeRouteTable"/>
/// runs) gives the same answers as the <see cref="RouteMatching"/> method the generator emits a call to.
/// </summary>
public sealed class RouteConstraintTableTests
{
    private static readonly string[] Probes =
    [
        "", "0", "3", "4", "5", "-4", "42", "2147483648", "99999999999999999999", "true", "False", "abc", "a-b", "%34%32",
        "caf%C3%A9", "6f9619ff-8b86-d011-b42d-00c04fc964ff", "abcdefabcdefabcdefabcdefabcdefab",
    ];

    public static TheoryData<string> Names => new(RouteConstraintTable.All.Select(d => d.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void The_runtime_check_calls_the_method_the_generator_names(string name)
    {
        var definition = RouteConstraintTable.Find(name)!;
        var method = typeof(RouteMatching).GetMethod(definition.CheckMethod, BindingFlags.Public | BindingFlags.Static);
        Assert.NotNull(method);
        Assert.Equal(typeof(bool), method.ReturnType);
        Assert.Equal(1 + definition.CheckArgumentCount, method.GetParameters().Length);
        Assert.All(method.GetParameters().Skip(1), p => Assert.Equal(typeof(long), p.ParameterType));

        var first = definition.CheckArgumentCount == 0 ? 0L : 2L;
        var second = definition.CheckArgumentCount switch { 0 => 0L, 1 => 2L, _ => 5L };
        foreach (var probe in Probes)
        {
            var expected = definition.CheckArgumentCount switch
            {
                0 => Invoke(method, probe),
                1 => Invoke(method, probe, first),
                _ => Invoke(method, probe, first, second),
            };
            Assert.True(expected == definition.Check(probe, first, second), $"{name} on '{probe}'");
        }
    }

    [Fact]
    public void Names_are_distinct_and_lower_case()
    {
        var names = RouteConstraintTable.All.Select(d => d.Name).ToArray();
        Assert.Equal(names.Length, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, n => Assert.Equal(n.ToLowerInvariant(), n));
    }

    // RouteMatching's checks take a span, which reflection cannot box: call them through a typed delegate.
    private delegate bool Check0(ReadOnlySpan<char> raw);

    private delegate bool Check1(ReadOnlySpan<char> raw, long a);

    private delegate bool Check2(ReadOnlySpan<char> raw, long a, long b);

    private static bool Invoke(MethodInfo method, string raw) => method.CreateDelegate<Check0>()(raw);

    private static bool Invoke(MethodInfo method, string raw, long a) => method.CreateDelegate<Check1>()(raw, a);

    private static bool Invoke(MethodInfo method, string raw, long a, long b) => method.CreateDelegate<Check2>()(raw, a, b);
}
