using AttrWs.PerfHarness;
using AttrWs.PerfHarness.Report;
using AttrWs.PerfHarness.Scale;
using AttrWs.PerfHarness.Servers;

// dotnet run -c Release --project tests/AttrWs.PerfHarness -- run [--servers attrws,kestrel,...] [--scenarios handshake,echo,idle,large] [--duration S] [--idle-connections N] [--idle-warmup N] [--json F] [--markdown F] [--smoke]
// dotnet run -c Release --project tests/AttrWs.PerfHarness -- serve attrws|kestrel|httplistener|ceiling
// dotnet run -c Release --project tests/AttrWs.PerfHarness -- paired [--servers attrws,attrws-kestrel,kestrel] [--scenario handshake|echo] [--rounds N] [--window S]
//   (all servers up at once, short windows in rotating order; ratios per round against the last server)
// dotnet run -c Release --project tests/AttrWs.PerfHarness -- idle-rounds [--rounds N] [--connections N] [--markdown F] [--json F] [--smoke]
//   (issue 15 target 1: the idle scenario on fresh AttrWs and Node processes, order alternating per round; verdict on medians)
// dotnet run -c Release --project tests/AttrWs.PerfHarness -- probe attrws|attrws-kestrel|kestrel [--handshakes N] [--concurrency C] [--rounds R]
//   (per-handshake work items, bytes allocated, context switches and CPU of one server, over fixed counts of handshakes)
// dotnet run -c Release --project tests/AttrWs.PerfHarness -- scale [--layout 6x100000] [--idle S] [--json F] [--markdown F] [--smoke]
//   (starts its own scale-node / scale-client processes and a redis-server; see Scale/ScaleRun.cs)
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

if (args.Length >= 1 && args[0] == "paired")
{
    return await PairedRun.RunAsync(PairedOptions.Parse(args.AsSpan(1)));
}

if (args.Length >= 1 && args[0] == "idle-rounds")
{
    return await IdleRounds.RunAsync(IdleRoundsOptions.Parse(args.AsSpan(1)));
}

if (args.Length >= 2 && args[0] == "probe")
{
    return await AttrWs.PerfHarness.Scenarios.HandshakeProbe.RunAsync(args[1], LoadRun.RepositoryRoot(), args[2..]);
}

if (args.Length >= 1 && args[0] == "scale")
{
    return await ScaleRun.RunAsync(ScaleOptions.Parse(args.AsSpan(1)));
}

if (args.Length >= 1 && args[0] == "scale-node")
{
    return await ScaleNode.RunAsync(args[1..]);
}

if (args.Length >= 1 && args[0] == "scale-client")
{
    return await ScaleClient.RunAsync(args[1..]);
}

await Console.Error.WriteLineAsync("Usage: AttrWs.PerfHarness run [options] | paired [options] | idle-rounds [options] | probe KIND [options] | serve KIND | scale [options]");
return 2;
