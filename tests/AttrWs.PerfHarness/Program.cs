using AttrWs.PerfHarness;
using AttrWs.PerfHarness.Report;
using AttrWs.PerfHarness.Servers;

// dotnet run -c Release --project tests/AttrWs.PerfHarness -- run [--servers attrws,kestrel,...] [--duration S] [--json F] [--markdown F] [--smoke]
// dotnet run -c Release --project tests/AttrWs.PerfHarness -- serve attrws|kestrel|httplistener|ceiling
// bash tests/AttrWs.PerfHarness/run-all.sh    everything, into tests/AttrWs.Benchmarks/RESULTS.md
if (args.Length >= 2 && args[0] == "serve")
{
    return await ServerHost.RunAsync(args[1]);
}

if (args.Length >= 1 && args[0] == "run")
{
    var options = HarnessOptions.Parse(args.AsSpan(1));
    return await LoadRun.RunAsync(options);
}

await Console.Error.WriteLineAsync("Usage: AttrWs.PerfHarness run [options] | serve KIND");
return 2;
