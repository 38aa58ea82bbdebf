using System.Diagnostics;
using System.Globalization;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;

namespace AttrWs.Benchmarks;

/// <summary>
/// Counts every object the handshake benchmarks allocate per call, by type: exact, not sampled.
/// </summary>
/// <remarks>
/// How: the runtime fires <c>GCSampledObjectAllocation</c> for every allocation when both its keywords (High 0x200000 and
/// Low 0x2000000) are on, but only if they were on at startup (the slow allocation helper is chosen then). So the command
/// re-runs itself as a child with an EventPipe file session enabling them at startup (<c>DOTNET_EnableEventPipe</c>, with
/// the Type keyword 0x80000 for type names), and reads the trace with TraceEvent (BenchmarkDotNet's dependency) afterwards.
/// The child marks each measured loop with a start and an end marker object; only the measuring thread's allocations
/// between them count. Tiered compilation is off in the child so the measured code is the fully optimized JIT output from
/// the first call (escape analysis included). Lost events are reported (the figures are then not exact).
/// Run: <c>dotnet run -c Release --project tests/AttrWs.Benchmarks -- --alloc-count [calls]</c>.
/// </remarks>
internal static class HandshakeAllocationCount
{
    private const string ChildVariable = "ATTRWS_ALLOC_COUNT_CHILD";

    private static readonly (string Name, Action<HandshakeBenchmarks> Call)[] Benchmarks =
    [
        // Results go to a static field: boxing an int result would be counted as the handshake's.
        ("EndToEnd", static b => Written = b.EndToEnd()),
        ("Parse", static b => Result = b.Parse()),
        ("Decide", static b => Written = b.Decide()),
        ("Write101", static b => Written = b.Write101()),
    ];

    private static int Written { get; set; }

    private static object? Result { get; set; }

    private static object? Marker { get; set; }

    public static int Run(string[] args)
    {
        var calls = args.Length > 1 && int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 100;
        return Environment.GetEnvironmentVariable(ChildVariable) == "1" ? RunChild(calls) : RunParent(calls);
    }

    private static int RunChild(int calls)
    {
        var benchmarks = new HandshakeBenchmarks();
        benchmarks.Setup();
        foreach (var (_, call) in Benchmarks)
        {
            for (var i = 0; i < 1_000; i++)
            {
                call(benchmarks); // warm-up: statics, lazily created tables
            }
        }

        foreach (var (_, call) in Benchmarks)
        {
            Marker = new StartMarker(); // stored: a marker the JIT could keep on the stack would leave no event
            for (var i = 0; i < calls; i++)
            {
                call(benchmarks);
                Thread.Sleep(1); // paced, so the session's buffers never fill
            }

            Marker = new EndMarker();
        }

        PrintTypeHandles();
        return 0;
    }

    /// <summary>
    /// Prints the handle and name of every type the handshake may allocate: the types of AttrWs and of this assembly,
    /// their arrays and lists, and common framework types. A type missing here is reported by its handle.
    /// </summary>
    private static void PrintTypeHandles()
    {
        var types = new HashSet<Type>
        {
            typeof(string), typeof(string[]), typeof(object), typeof(object[]), typeof(byte[]), typeof(char[]), typeof(int), typeof(int[]),
            typeof(List<string>), typeof(KeyValuePair<string, string>[]), typeof(List<KeyValuePair<string, string>>),
            typeof(Dictionary<string, string>), typeof(System.Collections.ObjectModel.ReadOnlyCollection<string>),
            typeof(System.Text.StringBuilder), typeof(Action), typeof(Func<object>),
        };
        foreach (var assembly in new[] { typeof(AttrWs.WebSocketEndpoint).Assembly, typeof(HandshakeAllocationCount).Assembly })
        {
            foreach (var type in assembly.GetTypes())
            {
                if (type.ContainsGenericParameters)
                {
                    continue;
                }

                types.Add(type);
                if (!type.IsByRefLike && !type.IsAbstract)
                {
                    types.Add(type.MakeArrayType());
                    types.Add(typeof(List<>).MakeGenericType(type));
                }
            }
        }

        foreach (var type in types)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(ulong)type.TypeHandle.Value:x}\t{type}"));
        }
    }

    private static int RunParent(int calls)
    {
        var trace = Path.Combine(Path.GetTempPath(), $"attrws-alloc-{Environment.ProcessId}.nettrace");
        var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(HandshakeAllocationCount).Assembly.Location);
        }

        start.ArgumentList.Add("--alloc-count");
        start.ArgumentList.Add(calls.ToString(CultureInfo.InvariantCulture));
        start.Environment[ChildVariable] = "1";
        start.Environment["DOTNET_EnableEventPipe"] = "1";
        start.Environment["DOTNET_EventPipeOutputPath"] = trace;
        start.Environment["DOTNET_EventPipeConfig"] = "Microsoft-Windows-DotNETRuntime:0x2280000:5";
        start.Environment["DOTNET_TieredCompilation"] = "0";
        start.RedirectStandardOutput = true;
        var names = new Dictionary<ulong, string>();
        try
        {
            using (var child = Process.Start(start)!)
            {
                // The child prints "type-handle<TAB>type-name" lines: the trace has handles, the child can name them.
                while (child.StandardOutput.ReadLine() is { } line)
                {
                    var tab = line.IndexOf('\t', StringComparison.Ordinal);
                    if (tab > 0 && ulong.TryParse(line.AsSpan(0, tab), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var id))
                    {
                        names[id] = line[(tab + 1)..];
                    }
                }

                if (!child.WaitForExit(TimeSpan.FromMinutes(5)))
                {
                    child.Kill();
                    Console.Error.WriteLine("The measuring process did not finish within 5 minutes.");
                    return 1;
                }

                if (child.ExitCode != 0)
                {
                    return child.ExitCode;
                }
            }

            return Report(trace, calls, names);
        }
        finally
        {
            File.Delete(trace);
        }
    }

    private static int Report(string trace, int calls, Dictionary<ulong, string> names)
    {
        var measured = new List<Dictionary<string, (long Count, long Bytes)>>();
        Dictionary<string, (long Count, long Bytes)>? current = null;
        var thread = -1;
        using var source = new EventPipeEventSource(trace);
        var clr = new ClrTraceEventParser(source);
        clr.GCSampledObjectAllocation += data =>
        {
            var type = names.TryGetValue(data.TypeID, out var name) ? name : $"0x{data.TypeID:x}";
            if (type.EndsWith(nameof(StartMarker), StringComparison.Ordinal))
            {
                thread = data.ThreadID;
                current = [];
                return;
            }

            if (current is null || data.ThreadID != thread)
            {
                return;
            }

            if (type.EndsWith(nameof(EndMarker), StringComparison.Ordinal))
            {
                measured.Add(current);
                current = null;
                return;
            }

            current[type] = current.TryGetValue(type, out var sum)
                ? (sum.Count + data.ObjectCountForTypeSample, sum.Bytes + data.TotalSizeForTypeSample)
                : (data.ObjectCountForTypeSample, data.TotalSizeForTypeSample);
        };
        source.Process();
        if (measured.Count != Benchmarks.Length)
        {
            Console.Error.WriteLine($"Expected {Benchmarks.Length} measured loops in the trace, found {measured.Count}.");
            return 1;
        }

        var exact = source.EventsLost == 0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Objects allocated per call ({calls} calls each; every allocation event, {(exact ? "none lost" : $"{source.EventsLost} LOST: not exact")}):"));
        for (var i = 0; i < measured.Count; i++)
        {
            long objects = 0, bytes = 0;
            foreach (var (count, size) in measured[i].Values)
            {
                objects += count;
                bytes += size;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Benchmarks[i].Name}: {objects / (double)calls:0.##} objects, {bytes / (double)calls:0.#} B"));
            foreach (var (type, (count, size)) in measured[i].OrderByDescending(e => e.Value.Bytes))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count / (double)calls,6:0.##} x {size / (double)count,5:0} B  {type}"));
            }
        }

        return exact ? 0 : 1;
    }

    private sealed class StartMarker;

    private sealed class EndMarker;
}
