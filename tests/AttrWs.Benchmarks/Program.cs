using System.Diagnostics;
using System.Globalization;
using AttrWs.Benchmarks;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/AttrWs.Benchmarks -- [BenchmarkDotNet arguments]   full measurement
// dotnet run -c Release --project tests/AttrWs.Benchmarks -- --smoke                        seconds: checks and rough times
// dotnet run -c Release --project tests/AttrWs.Benchmarks -- --alloc-count [iterations]     exact objects per handshake, by type
// dotnet run -c Release --project tests/AttrWs.Benchmarks -- --routing-smoke                rough routing times, both matchers
// dotnet run -c Release --project tests/AttrWs.Benchmarks -- --loop Parse [calls]            a plain loop, for valgrind instruction counts
if (args.Length > 0 && args[0] == "--loop")
{
    return HandshakeLoop.Run(args);
}

if (args.Length > 0 && args[0] == "--alloc-count")
{
    return HandshakeAllocationCount.Run(args);
}

if (args.Contains("--smoke"))
{
    return Smoke.Run();
}

if (args.Contains("--routing-smoke"))
{
    return Smoke.Routing();
}

BenchmarkSwitcher.FromAssembly(typeof(GeneratorBenchmarks).Assembly).Run(args.Length == 0 ? ["--filter", "*"] : args);
return 0;

/// <summary>
/// A short in-process run for CI and quick checks: proves each benchmark works on the real corpus (the generator
/// emits every endpoint, the analyzers stay silent) and prints rough timings. Not a measurement: use BenchmarkDotNet.
/// </summary>
internal static class Smoke
{
    public static int Run()
    {
        var benchmarks = new GeneratorBenchmarks { Endpoints = 1000 };
        benchmarks.Setup();

        var result = benchmarks.FullRun().GetRunResult();
        if (result.Diagnostics.Length > 0 || result.Results.Any(r => r.Exception is not null) || result.GeneratedTrees.IsEmpty)
        {
            Console.Error.WriteLine("The generator failed on the corpus: " + string.Join("; ", result.Diagnostics));
            return 1;
        }

        var diagnostics = benchmarks.Analyzers();
        if (!diagnostics.IsEmpty)
        {
            Console.Error.WriteLine("The analyzers reported on a valid corpus: " + diagnostics[0]);
            return 1;
        }

        Time("FullRun", 3, () => benchmarks.FullRun());
        Time("IncrementalBodyEdit", 20, () => benchmarks.IncrementalBodyEdit());
        Time("IncrementalSameLength", 20, () => benchmarks.IncrementalSameLengthBodyEdit());
        Time("IncrementalLineShift", 20, () => benchmarks.IncrementalLineShiftingBodyEdit());
        Time("Analyzers", 3, () => benchmarks.Analyzers());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"smoke OK: {benchmarks.Endpoints} endpoints, {result.GeneratedTrees.Length} generated file(s)"));

        // Routing and handshake benchmarks: their setups check every matcher matches the benchmark paths.
        foreach (var routes in new[] { 10, 100, 1000 })
        {
            var routing = new RoutingBenchmarks { Routes = routes };
            routing.Setup();
            TimeNs($"Generated literal {routes}", () => routing.Generated_Literal());
            TimeNs($"Generated {{id:int}} {routes}", () => routing.Generated_OneValue());
            TimeNs($"ASP.NET Core literal {routes}", () => routing.AspNetCore_Literal());
            TimeNs($"ASP.NET Core {{id:int}} {routes}", () => routing.AspNetCore_OneValue());
            TimeNs($"Dictionary literal {routes}", () => routing.Dictionary_Literal());
        }

        var handshake = new HandshakeBenchmarks();
        handshake.Setup();
        TimeNs("Handshake end to end", () => handshake.EndToEnd());
        TimeNs("Handshake parse", () => handshake.Parse());
        TimeNs("Handshake decide", () => handshake.Decide());
        TimeNs("Handshake write 101", () => handshake.Write101());
        Console.WriteLine("smoke OK: routing (10, 100, 1000 routes) and handshake benchmarks execute");
        return 0;
    }

    /// <summary>
    /// Every routing benchmark at every table size, for quick before/after checks on a busy machine: rounds of short
    /// batches interleaved across all benchmarks, the fastest batch of each kept, so each gets the same chance at the
    /// machine's quiet moments. Rough (no BenchmarkDotNet statistics), but the ratios within one run are comparable.
    /// </summary>
    public static int Routing()
    {
        const int Rounds = 400, PerBatch = 1_000;
        var cases = new List<(string Name, Func<bool> Run)>();
        foreach (var routes in new[] { 10, 100, 1000 })
        {
            var routing = new RoutingBenchmarks { Routes = routes };
            routing.Setup();
            cases.Add(($"Generated literal {routes}", () => routing.Generated_Literal()));
            cases.Add(($"Generated {{id:int}} {routes}", () => routing.Generated_OneValue()));
            cases.Add(($"Generated two values {routes}", () => routing.Generated_TwoValues()));
            cases.Add(($"Generated miss {routes}", () => !routing.Generated_Miss()));
            cases.Add(($"ASP.NET Core literal {routes}", () => routing.AspNetCore_Literal() is not null));
            cases.Add(($"ASP.NET Core {{id:int}} {routes}", () => routing.AspNetCore_OneValue() is not null));
            cases.Add(($"ASP.NET Core two values {routes}", () => routing.AspNetCore_TwoValues() is not null));
            cases.Add(($"ASP.NET Core miss {routes}", () => routing.AspNetCore_Miss() is null));
        }

        foreach (var (_, run) in cases)
        {
            for (var i = 0; i < 50_000; i++)
            {
                run(); // warm-up, long enough for tiered compilation to reach optimized code
            }
        }

        var best = new double[cases.Count];
        Array.Fill(best, double.MaxValue);
        for (var round = 0; round < Rounds; round++)
        {
            for (var c = 0; c < cases.Count; c++)
            {
                var run = cases[c].Run;
                var stopwatch = Stopwatch.StartNew();
                for (var i = 0; i < PerBatch; i++)
                {
                    run();
                }

                best[c] = Math.Min(best[c], stopwatch.Elapsed.TotalNanoseconds / PerBatch);
            }
        }

        for (var c = 0; c < cases.Count; c++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{cases[c].Name,-32} {best[c],8:F1} ns/op (fastest of {Rounds} interleaved batches)"));
        }

        return 0;
    }

    private static void TimeNs(string name, Action action)
    {
        // The fastest of many short batches: on a shared, busy machine the minimum is the figure least disturbed by
        // preemption. Still rough (no BenchmarkDotNet statistics): for quick before/after checks only.
        const int Batches = 40, PerBatch = 2_000;
        for (var i = 0; i < 50_000; i++)
        {
            action(); // warm-up, long enough for tiered compilation to reach optimized code
        }

        var best = double.MaxValue;
        for (var b = 0; b < Batches; b++)
        {
            var stopwatch = Stopwatch.StartNew();
            for (var i = 0; i < PerBatch; i++)
            {
                action();
            }

            best = Math.Min(best, stopwatch.Elapsed.TotalNanoseconds / PerBatch);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-32} {best,10:F1} ns/op (fastest of {Batches} batches)"));
    }

    private static void Time(string name, int runs, Action action)
    {
        action(); // warm-up
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++)
        {
            action();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-22} {stopwatch.Elapsed.TotalMilliseconds / runs,10:F2} ms/run (mean of {runs})"));
    }
}
