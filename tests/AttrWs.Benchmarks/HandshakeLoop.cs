using System.Globalization;

namespace AttrWs.Benchmarks;

/// <summary>
/// Calls one handshake benchmark in a plain loop, for instruction counts that a loaded machine cannot disturb:
/// run it under <c>valgrind --tool=callgrind</c> with two call counts and divide the difference of the totals
/// (<c>I refs</c>) by the difference of the counts, with <c>DOTNET_TieredCompilation=0</c> so every call runs the
/// optimized code. Run: <c>dotnet AttrWs.Benchmarks.dll --loop Parse|Decide|Write101|EndToEnd|Sha1OneShot|Sha1Accept [calls]</c>.
/// </summary>
internal static class HandshakeLoop
{
    public static int Run(string[] args)
    {
        var name = args.Length > 1 ? args[1] : "EndToEnd";
        var calls = args.Length > 2 && int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 10_000;
        var benchmarks = new HandshakeBenchmarks();
        benchmarks.Setup();
        Func<int> call = name switch
        {
            "Parse" => () => benchmarks.Parse().Method.Length,
            "Decide" => benchmarks.Decide,
            "Write101" => benchmarks.Write101,
            "Sha1OneShot" => () => benchmarks.Sha1OneShot(),
            "Sha1Accept" => () => benchmarks.Sha1Accept(),
            "EndToEnd" => benchmarks.EndToEnd,
            _ => throw new ArgumentException("Unknown benchmark: " + name, nameof(args)),
        };
        long sum = 0;
        for (var i = 0; i < calls; i++)
        {
            sum += call();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {calls} calls ({sum})"));
        return 0;
    }
}
