using System.Globalization;
using System.Text;
using AttrWs.PerfHarness.Scenarios;

namespace AttrWs.PerfHarness.Report;

/// <summary>Writes the load harness's figures, AttrWs's ratios to each peer and the issue's load targets as markdown.</summary>
internal static class MarkdownReport
{
    private const string Subject = "attrws";

    /// <summary>AttrWs's endpoints on Kestrel (MapWebSocketEndpoints), compared with plain Kestrel.</summary>
    private const string OnKestrel = "attrws-kestrel";
    private const string Ceiling = "ceiling";

    public static string Write(List<Measurement> results, HarnessOptions options)
    {
        var md = new StringBuilder();
        var scenarios = new List<string>();
        foreach (var r in results)
        {
            if (!scenarios.Contains(r.Scenario))
            {
                scenarios.Add(r.Scenario);
            }
        }

        Line(md, $"Window per figure: {options.Duration.TotalSeconds:0.#} s after {options.Warmup.TotalSeconds:0.#} s of warm-up; "
            + $"handshakes by {options.HandshakeConcurrency} concurrent clients; echo over {options.EchoConnections} connections, one message in flight each; "
            + $"idle memory at {options.IdleConnections:N0} connections (fresh server process, warmed by {options.IdleWarmup:N0} connections opened 64 at a time and closed, in two bursts 1 s apart, {options.Settle.TotalSeconds:0.#} s settle before each reading); "
            + $"large messages echoed one at a time over one connection, {options.LargeMessageRepeats} measured per size (a fresh server process per size, one untimed message first; p50 is the median round trip, "
            + "peak is the growth of the server's peak RSS, over all messages of the size, above its RSS with the connection open and quiet).");
        Line(md);
        Line(md, "| scenario | server | ops/s | server CPU µs/op | p50 µs | p99 µs | RSS B/connection | managed B/connection | peak RSS MiB/message | errors |");
        Line(md, "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var scenario in scenarios)
        {
            foreach (var r in results.FindAll(r => r.Scenario == scenario))
            {
                Line(md, $"| {scenario} | {r.Server} | {Format.Number(r.OperationsPerSecond)} | {Format.Number(r.CpuMicrosecondsPerOperation, "N1")} | "
                    + $"{Opt(r.P50Microseconds)} | {Opt(r.P99Microseconds)} | {Opt(r.BytesPerConnection)} | {Opt(r.ManagedBytesPerConnection)} | "
                    + $"{(r.PeakBytesPerMessage is { } peak ? Format.Number(peak / 1048576, "N1") : "–")} | {r.Errors} |");
            }
        }

        Line(md);
        Line(md, "AttrWs as a ratio to each peer and to the ceiling (throughput: higher is better; CPU per op, p99 and memory: lower is better):");
        Line(md);
        Line(md, "| scenario | vs | ops/s ratio | CPU/op ratio | p99 ratio | memory ratio |");
        Line(md, "|---|---|---:|---:|---:|---:|");
        foreach (var scenario in scenarios)
        {
            if (Find(results, Subject, scenario) is not { } a)
            {
                continue;
            }

            foreach (var peer in results.FindAll(r => r.Scenario == scenario && r.Server != Subject))
            {
                Line(md, $"| {scenario} | {peer.Server} | {Format.Ratio(a.OperationsPerSecond / peer.OperationsPerSecond)} | "
                    + $"{Format.Ratio(a.CpuMicrosecondsPerOperation / peer.CpuMicrosecondsPerOperation)} | {Ratio(a.P99Microseconds, peer.P99Microseconds)} | "
                    + $"{Ratio(a.BytesPerConnection, peer.BytesPerConnection)} |");
            }
        }

        Line(md);
        Line(md, "Load targets of the issue, judged on the figures above:");
        Line(md);
        Line(md, "| target | figure | verdict |");
        Line(md, "|---|---|---|");
        WriteTargets(md, results, scenarios);
        return md.ToString();
    }

    private static void WriteTargets(StringBuilder md, List<Measurement> results, List<string> scenarios)
    {
        var handshake = Find(results, Subject, "handshake");
        var kestrelHandshake = Find(results, "kestrel", "handshake");
        var ceilingHandshake = Find(results, Ceiling, "handshake");
        if (handshake is not null && kestrelHandshake is not null)
        {
            var ratio = handshake.CpuMicrosecondsPerOperation / kestrelHandshake.CpuMicrosecondsPerOperation;
            Target(md, "server CPU per handshake below Kestrel's (this one run: issue 15's target 4 is judged on the paired windows)", $"{Format.Ratio(ratio)} Kestrel's", ratio < 1);
        }

        if (handshake is not null && ceilingHandshake is not null)
        {
            var ratio = handshake.CpuMicrosecondsPerOperation / ceilingHandshake.CpuMicrosecondsPerOperation;
            Target(md, "server CPU per handshake within 1.15× of the ceiling", Format.Ratio(ratio), ratio <= 1.15);
        }

        // AttrWs on Kestrel against plain Kestrel + UseWebSockets: the same server, so the adapter should cost little.
        foreach (var scenario in scenarios)
        {
            if (!scenario.StartsWith("idle", StringComparison.Ordinal) && Find(results, OnKestrel, scenario) is { } adapted && Find(results, "kestrel", scenario) is { } plain)
            {
                var ratio = adapted.CpuMicrosecondsPerOperation / plain.CpuMicrosecondsPerOperation;
                Target(md, $"{scenario}: AttrWs on Kestrel, server CPU per operation within 1.1× of plain Kestrel" + (scenario == "handshake" ? " (this one run: judged on the paired windows)" : string.Empty), Format.Ratio(ratio), ratio <= 1.1);
            }
        }

        foreach (var scenario in scenarios)
        {
            if (!scenario.StartsWith("echo", StringComparison.Ordinal) || Find(results, Subject, scenario) is not { } echo)
            {
                continue;
            }

            if (Find(results, "kestrel", scenario) is { } kestrel)
            {
                var limit = scenario.EndsWith("KiB", StringComparison.Ordinal) ? 0.8 : 1.0;
                var ratio = echo.CpuMicrosecondsPerOperation / kestrel.CpuMicrosecondsPerOperation;
                Target(md, limit < 1 ? $"{scenario}: server CPU per message ≤ 0.8× Kestrel's" : $"{scenario}: server CPU per message below Kestrel's",
                    Format.Ratio(ratio), limit < 1 ? ratio <= limit : ratio < limit);
            }

            foreach (var peer in results.FindAll(r => r.Scenario == scenario && r.Server != Subject && r.Server != Ceiling && r.Server != OnKestrel))
            {
                var throughput = echo.OperationsPerSecond / peer.OperationsPerSecond;
                var p99 = (echo.P99Microseconds ?? double.NaN) / (peer.P99Microseconds ?? double.NaN);
                Target(md, $"{scenario}: messages/s and p99 no worse than {peer.Server}",
                    $"ops/s {Format.Ratio(throughput)}, p99 {Format.Ratio(p99)}", throughput >= 1 && p99 <= 1);
            }
        }

        foreach (var idle in results.FindAll(r => r.Server == Subject && r.BytesPerConnection is not null))
        {
            // Issue 15, target 1: at most 5 KiB and below Node's ws in the same run.
            var bytes = idle.BytesPerConnection!.Value;
            var node = Find(results, "node", idle.Scenario)?.BytesPerConnection;
            Target(md, "memory per idle connection ≤ 5 KiB and below Node ws (this one run: issue 15's target 1 is judged on the alternating idle rounds)",
                $"{Format.Number(bytes / 1024, "0.0")} KiB" + (node is { } n ? $" (Node ws {Format.Number(n / 1024, "0.0")} KiB)" : string.Empty),
                bytes <= 5 * 1024 && (node is null || bytes < node));
        }

        foreach (var large in results.FindAll(r => r.Server == Subject && r.PeakBytesPerMessage is not null))
        {
            // Issue 15, target 6: "a few times its size" is read as at most 4× the message.
            var size = int.Parse(large.Scenario.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture) * 1048576.0;
            var times = large.PeakBytesPerMessage!.Value / size;
            Target(md, $"{large.Scenario}: peak server memory ≤ 4× the message", $"{Format.Ratio(times)} the message", times <= 4);
        }
    }

    private static void Target(StringBuilder md, string target, string figure, bool met) =>
        Line(md, $"| {target} | {figure} | {(met ? "**met**" : "not met")} |");

    private static Measurement? Find(List<Measurement> results, string server, string scenario) =>
        results.Find(r => r.Server == server && r.Scenario == scenario);

    private static string Opt(double? value) => value is { } v ? Format.Number(v) : "–";

    private static string Ratio(double? a, double? b) => a is { } x && b is { } y ? Format.Ratio(x / y) : "–";

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');
}
