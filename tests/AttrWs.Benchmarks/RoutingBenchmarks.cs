using AttrWs.Routing;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;

namespace AttrWs.Benchmarks;

/// <summary>
/// Route matching over tables of 10, 100 and 1,000 templated routes: the matcher the AttrWs generator emits, ASP.NET
/// Core's endpoint routing (DFA) over the same templates, and a case-insensitive dictionary for the literal-only path.
/// Each looks up the last route of its shape (see <see cref="RouteTableSet"/>).
/// </summary>
[MemoryDiagnoser]
public class RoutingBenchmarks
{
    private RouteTableSet _set = null!;
    private IWebSocketRouteTable _generated = null!;
    private AspNetCoreRouter _aspNet = null!;
    private Dictionary<string, int> _literals = null!;

    [Params(10, 100, 1000)]
    public int Routes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _set = RouteTableSet.For(Routes);
        _generated = _set.Generated;
        _aspNet = new AspNetCoreRouter(_set.Templates);
        _literals = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < _set.Templates.Length; i++)
        {
            if (!_set.Templates[i].Contains('{', StringComparison.Ordinal))
            {
                _literals[_set.Templates[i]] = i;
            }
        }

        // Fail the run rather than measure a matcher that does not match.
        Check(Generated_Literal() && Generated_OneValue() && Generated_TwoValues() && !Generated_Miss(), "generated matcher");
        Check(AspNetCore_Literal() is not null && AspNetCore_OneValue() is not null && AspNetCore_TwoValues() is not null && AspNetCore_Miss() is null, "ASP.NET Core routing");
        Check(Dictionary_Literal() >= 0, "dictionary");
    }

    [Benchmark(Description = "AttrWs generated: literal")]
    public bool Generated_Literal() => _generated.TryMatch(_set.LiteralPath, out _);

    [Benchmark(Description = "AttrWs generated: {id:int}")]
    public bool Generated_OneValue() => _generated.TryMatch(_set.OneValuePath, out _);

    [Benchmark(Description = "AttrWs generated: {user}/posts/{post:int}")]
    public bool Generated_TwoValues() => _generated.TryMatch(_set.TwoValuePath, out _);

    [Benchmark(Description = "AttrWs generated: miss")]
    public bool Generated_Miss() => _generated.TryMatch(_set.MissPath, out _);

    [Benchmark(Description = "ASP.NET Core DFA: literal")]
    public Endpoint? AspNetCore_Literal() => _aspNet.Match(_set.LiteralPath);

    [Benchmark(Description = "ASP.NET Core DFA: {id:int}")]
    public Endpoint? AspNetCore_OneValue() => _aspNet.Match(_set.OneValuePath);

    [Benchmark(Description = "ASP.NET Core DFA: {user}/posts/{post:int}")]
    public Endpoint? AspNetCore_TwoValues() => _aspNet.Match(_set.TwoValuePath);

    [Benchmark(Description = "ASP.NET Core DFA: miss")]
    public Endpoint? AspNetCore_Miss() => _aspNet.Match(_set.MissPath);

    [Benchmark(Description = "Dictionary (OrdinalIgnoreCase): literal")]
    public int Dictionary_Literal() => _literals.TryGetValue(_set.LiteralPath, out var index) ? index : -1;

    private static void Check(bool ok, string what)
    {
        if (!ok)
        {
            throw new InvalidOperationException(what + " did not give the expected matches on the benchmark paths.");
        }
    }
}
