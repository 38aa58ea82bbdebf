using System.Globalization;
using System.Text;

namespace AttrWs.PerfHarness.Scale;

/// <summary>The scale run's figures as markdown (a paragraph on the set-up, then one row per layout).</summary>
internal static class ScaleReport
{
    public static string Write(List<ScaleResult> results, ScaleOptions options)
    {
        var md = new StringBuilder();
        var limits = results.Count > 0 ? results[0].OpenFileLimits : "?";
        Line(md, "Scale (issue 15, target 5): AttrWs standalone node processes (the idle scenario's `/echo` server, default limits but the "
            + "keep-alive column's) joined by the Redis backplane (redis-server on loopback, no persistence); client processes of raw sockets (Chromium's request "
            + $"head, a fresh key per connection, 101 and accept value checked, 512-byte buffers) bound to source addresses 127.(10 + client).x.y, "
            + $"at most {options.PerAddress:N0} connections per address. Open-file limit per process (soft/hard): {limits}; the hard limit cannot be raised "
            + "in this container (no CAP_SYS_RESOURCE), hence several processes. After the connections are open and a "
            + $"{options.Settle.TotalSeconds:0.#} s settle, they stay idle for {options.Idle.TotalSeconds:0.#} s; then node 0 calls `SendToAllAsync` once "
            + $"with a numbered {ScalePayload.Length}-byte payload (SHA-256 checksum) and every client checks that each connection got exactly one "
            + $"intact copy (listening {options.DuplicateWindow.TotalSeconds:0.#} s past its last one). Memory: growth of the nodes' RSS (and live managed heap "
            + "after a full collection) from the warmed-up baseline to all connections open, divided by the connections; the kernel's TCP buffer memory ("
            + "/proc/net/sockstat `mem`) and slab growth (/proc/meminfo `Slab`: socket structures of both ends, machine-wide, so an indication "
            + "while other work runs). Server CPU: the nodes' user + system time (/proc/PID/stat). Copy times: from the `SendToAllAsync` call to the "
            + "first and last copy read by any client (CLOCK_MONOTONIC, shared by the processes); \"remote\" are the nodes reached through Redis.");
        Line(md);
        Line(md, "| nodes × connections | keep-alive ping / pong timeout | held | connect s (server CPU µs/conn.) | RSS B/conn. | managed B/conn. | after idle RSS B/conn. | kernel TCP buffers B/conn. | kernel slab B/conn. (both ends) | client RSS B/conn. | idle: server CPU s (% of a core) | pings answered | broadcast: first / last copy ms | node 0 / remote last ms | broadcast server CPU ms | received | lost / corrupted / duplicated / dropped | failed connects |");
        Line(md, "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            Line(md, $"| {r.Nodes} × {N(r.Requested)} | {r.KeepAlive} | {N(r.Held)} | {N(r.ConnectSeconds, "N1")} ({N(r.ConnectCpuSeconds * 1e6 / Math.Max(1, r.Opened), "N0")}) | "
                + $"{N(r.RssBytesPerConnection)} | {N(r.ManagedBytesPerConnection)} | {N(r.RssBytesPerConnectionAfterIdle)} | {N(r.KernelTcpBytesPerConnection)} | {N(r.KernelSlabBytesPerConnection)} | "
                + $"{N(r.ClientRssBytesPerConnection)} | {N(r.IdleCpuSeconds, "N2")} ({N(r.IdleCpuSeconds * 100 / Math.Max(0.001, r.IdleSeconds), "N1")} %) | {N(r.PingsAnswered)} | "
                + $"{N(r.FirstCopyMilliseconds, "N1")} / {N(r.LastCopyMilliseconds, "N1")} | {N(r.LocalLastCopyMilliseconds, "N1")} / {N(r.RemoteLastCopyMilliseconds, "N1")} | "
                + $"{N(r.BroadcastCpuSeconds * 1000, "N0")} | {N(r.Received)} | {r.Lost} / {r.Corrupted} / {r.Duplicated} / {r.Dropped} | {r.FailedConnects} |");
        }

        return md.ToString();
    }

    private static string N(double? value, string format = "N0") =>
        value is { } v && !double.IsNaN(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "–";

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');
}
