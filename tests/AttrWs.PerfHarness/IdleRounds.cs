using System.Globalization;
using System.Text;
using System.Text.Json;
using AttrWs.PerfHarness.Client;
using AttrWs.PerfHarness.Report;
using AttrWs.PerfHarness.Scenarios;

namespace AttrWs.PerfHarness;

/// <summary>
/// The <c>idle-rounds</c> command: issue 15's target 1 (memory per idle connection ≤ 5 KiB on the standalone host and
/// below Node <c>ws</c>) judged on several rounds instead of one reading. One reading is a coin toss: resident memory
/// moves with GC timing and heap growth, and over five <c>run</c> invocations AttrWs read 4,339-5,710 B per connection
/// and Node 4,898-5,149 B, on both sides of the 5 KiB line and of each other. Each round measures the idle scenario
/// (<see cref="IdleScenario"/>, unchanged) on a fresh AttrWs process and then a fresh Node process, or the other way
/// round: the order alternates, so neither server always runs on the machine state the other one left. The verdict is
/// on medians, as <see cref="PairedRun"/>'s is for target 4: met when AttrWs's median is at most 5 KiB and below Node's
/// median, and the median of the per-round ratios AttrWs / Node is below 1, with every connection opened.
/// </summary>
/// <remarks>
/// Why fresh processes one at a time and not all servers up at once (as <c>paired</c> does): the figure is the growth of
/// one process's resident memory, which a second server holding 10,000 connections at the same time would not change,
/// but a reused process would (its heap already grew for the previous round's connections).
/// </remarks>
internal static class IdleRounds
{
    /// <summary>The server judged by target 1 (the standalone host).</summary>
    private const string Subject = "attrws";

    /// <summary>The peer of target 1.</summary>
    private const string Peer = "node";

    /// <summary>Target 1's limit: 5 KiB per idle connection.</summary>
    private const double LimitBytes = 5 * 1024;

    public static async Task<int> RunAsync(IdleRoundsOptions options)
    {
        var root = LoadRun.RepositoryRoot();
        var rounds = new List<IdleRound>();
        for (var round = 1; round <= options.Rounds; round++)
        {
            // Odd rounds AttrWs first, even rounds Node first.
            string[] order = round % 2 == 1 ? [Subject, Peer] : [Peer, Subject];
            var measured = new Dictionary<string, Measurement>();
            foreach (var name in order)
            {
                // A fresh process per server and round: its growth is the connections', not what an earlier round left.
                using var server = await ServerProcess.StartAsync(name, root).ConfigureAwait(false);
                measured[name] = await IdleScenario.RunAsync(server, options.Load).ConfigureAwait(false);
            }

            var r = new IdleRound(round, order, measured[Subject], measured[Peer]);
            rounds.Add(r);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"   round {round,2} ({order[0]} first):  {Subject} {Format.Number(r.SubjectBytes)} B/connection (managed {Format.Number(r.SubjectManagedBytes)} B)  {Peer} {Format.Number(r.PeerBytes)} B/connection  ratio {Format.Number(r.Ratio, "0.00")}{(r.Errors > 0 ? $"  ERRORS {r.Subject.Errors} / {r.Peer.Errors}" : string.Empty)}"));
        }

        if (options.JsonPath is { } json)
        {
            await File.WriteAllTextAsync(json, JsonSerializer.Serialize(rounds, MeasurementJson.Default.ListIdleRound)).ConfigureAwait(false);
        }

        var markdown = Report(options, rounds);
        if (options.MarkdownPath is { } path)
        {
            await File.WriteAllTextAsync(path, markdown).ConfigureAwait(false);
        }

        Console.WriteLine(markdown);
        var failed = rounds.Exists(r => r.Errors > 0 || double.IsNaN(r.SubjectBytes) || double.IsNaN(r.PeerBytes));
        if (failed)
        {
            await Console.Error.WriteLineAsync("Some connections failed to open (or none did): see the table.").ConfigureAwait(false);
        }

        return failed ? 1 : 0;
    }

    private static string Report(IdleRoundsOptions options, List<IdleRound> rounds)
    {
        var load = options.Load;
        var errors = rounds.Sum(r => r.Errors);
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture,
            $"Idle memory at {load.IdleConnections:N0} connections, {rounds.Count} round{(rounds.Count == 1 ? string.Empty : "s")}: each round a fresh AttrWs (standalone host) and a fresh Node ws server process, measured one at a time, the order alternating (odd rounds AttrWs first); each warmed by {load.IdleWarmup:N0} connections opened 64 at a time and closed, in two bursts 1 s apart, {load.Settle.TotalSeconds:0.#} s settle before each reading; bytes per connection (growth of RSS, and of the live managed heap after a full collection); connections that failed to open: {errors}.");
        md.AppendLine();
        md.AppendLine($"| round | first | {Subject} RSS B/connection | {Subject} managed B/connection | {Peer} RSS B/connection | {Subject} / {Peer} | errors ({Subject} / {Peer}) |");
        md.AppendLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var r in rounds)
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Round} | {r.Order[0]} | {Format.Number(r.SubjectBytes)} | {Format.Number(r.SubjectManagedBytes)} | {Format.Number(r.PeerBytes)} | {Format.Number(r.Ratio, "0.00")} | {r.Subject.Errors} / {r.Peer.Errors} |");
        }

        var subject = rounds.ConvertAll(r => r.SubjectBytes);
        var peer = rounds.ConvertAll(r => r.PeerBytes);
        var ratios = rounds.ConvertAll(r => r.Ratio);
        var subjectMedian = PairedRun.Quantile(subject, 0.5);
        var peerMedian = PairedRun.Quantile(peer, 0.5);
        var ratioMedian = PairedRun.Quantile(ratios, 0.5);
        md.AppendLine(CultureInfo.InvariantCulture,
            $"| **median** | | **{Format.Number(subjectMedian)}** | {Format.Number(PairedRun.Quantile(rounds.ConvertAll(r => r.SubjectManagedBytes), 0.5))} | {Format.Number(peerMedian)} | **{Format.Number(ratioMedian, "0.00")}** | {errors} |");
        md.AppendLine();
        Spread(md, $"{Subject} RSS B/connection", subject, "N0");
        Spread(md, $"{Peer} RSS B/connection", peer, "N0");
        Spread(md, $"{Subject} / {Peer}", ratios, "0.00");

        // Issue 15, target 1, in MarkdownReport's target-row style.
        var below = ratios.Count(x => x < 1);
        var within = subject.Count(x => x <= LimitBytes);
        // Both medians must agree (AttrWs's figure below Node's, and the per-round ratio below 1), so the row never says
        // "met" under a figure where AttrWs reads higher than Node; a failed connection fails the round's reading.
        var met = errors == 0 && subjectMedian <= LimitBytes && subjectMedian < peerMedian && ratioMedian < 1;
        md.AppendLine();
        md.AppendLine("| target | figure | verdict |");
        md.AppendLine("|---|---|---|");
        var failures = errors > 0 ? string.Create(CultureInfo.InvariantCulture, $"; {errors} connections failed to open") : string.Empty;
        md.AppendLine(CultureInfo.InvariantCulture,
            $"| issue 15, target 1: memory per idle connection ≤ 5 KiB on the standalone host and below Node ws (medians of {rounds.Count} alternating fresh-process round{(rounds.Count == 1 ? string.Empty : "s")}) | {Format.Number(subjectMedian / 1024, "0.0")} KiB median (Node ws {Format.Number(peerMedian / 1024, "0.0")} KiB), median ratio {Format.Number(ratioMedian, "0.00")}; below Node in {below} of {rounds.Count} rounds, ≤ 5 KiB in {within} of {rounds.Count}{failures} | {(met ? "**met**" : "not met")} |");
        return md.ToString();
    }

    /// <summary>Quartiles, range and round-to-round noise of one column, so a reader sees how far one round may stray.</summary>
    private static void Spread(StringBuilder md, string label, List<double> values, string format)
    {
        var median = PairedRun.Quantile(values, 0.5);
        var mad = PairedRun.Quantile(values.ConvertAll(x => Math.Abs(x - median)), 0.5);
        var valid = values.FindAll(x => !double.IsNaN(x));
        var range = valid.Count > 0 ? Format.Number(valid.Min(), format) + "-" + Format.Number(valid.Max(), format) : "–";
        md.AppendLine(CultureInfo.InvariantCulture,
            $"- {label}: median {Format.Number(median, format)}, quartiles {Format.Number(PairedRun.Quantile(values, 0.25), format)}-{Format.Number(PairedRun.Quantile(values, 0.75), format)}, range {range}, round-to-round noise (median absolute deviation / median) {Format.Number(mad / median * 100, "0")} %.");
    }
}

/// <summary>One round of <c>idle-rounds</c>: both servers' idle measurements and the order they ran in.</summary>
internal sealed record IdleRound(int Round, string[] Order, Measurement Subject, Measurement Peer)
{
    /// <summary>AttrWs's RSS growth per connection (NaN when no connection opened).</summary>
    public double SubjectBytes => Subject.BytesPerConnection ?? double.NaN;

    /// <summary>AttrWs's live managed heap growth per connection (NaN when not read).</summary>
    public double SubjectManagedBytes => Subject.ManagedBytesPerConnection ?? double.NaN;

    /// <summary>Node's RSS growth per connection (NaN when no connection opened).</summary>
    public double PeerBytes => Peer.BytesPerConnection ?? double.NaN;

    /// <summary>AttrWs / Node, this round (below 1: AttrWs below Node).</summary>
    public double Ratio => SubjectBytes / PeerBytes;

    /// <summary>Connections that failed to open, both servers.</summary>
    public long Errors => Subject.Errors + Peer.Errors;
}

/// <summary>The <c>idle-rounds</c> command's options.</summary>
internal sealed class IdleRoundsOptions
{
    public int Rounds { get; private set; } = 5;

    public string? MarkdownPath { get; private set; }

    public string? JsonPath { get; private set; }

    /// <summary>
    /// The idle scenario's settings, shared with the <c>run</c> command: connections, warm-up and settle (with
    /// <c>--smoke</c>, the smoke run's 100 connections, 20 warm-up connections and 0.2 s settle).
    /// </summary>
    public HarnessOptions Load { get; private set; } = HarnessOptions.Parse([]);

    public static IdleRoundsOptions Parse(ReadOnlySpan<string> args)
    {
        var options = new IdleRoundsOptions();
        int? rounds = null;
        int? connections = null;
        var smoke = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--smoke")
            {
                // Proves the command runs (1 round unless --rounds says otherwise); the figures mean nothing.
                smoke = true;
                continue;
            }

            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"Option {args[i]} needs a value.");
            switch (args[i])
            {
                case "--rounds":
                    rounds = Positive(int.Parse(value, CultureInfo.InvariantCulture), "--rounds");
                    break;
                case "--connections":
                    connections = Positive(int.Parse(value, CultureInfo.InvariantCulture), "--connections");
                    break;
                case "--markdown":
                    options.MarkdownPath = value;
                    break;
                case "--json":
                    options.JsonPath = value;
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{args[i]}'. Options: --rounds N --connections N --markdown FILE --json FILE --smoke.");
            }

            i++;
        }

        // --smoke first, so an explicit --connections overrides its small count whatever the order on the command line.
        List<string> load = [];
        if (smoke)
        {
            load.Add("--smoke");
        }

        if (connections is { } n)
        {
            load.AddRange(["--idle-connections", n.ToString(CultureInfo.InvariantCulture)]);
        }

        options.Load = HarnessOptions.Parse(load.ToArray());
        options.Rounds = rounds ?? (smoke ? 1 : options.Rounds);
        return options;
    }

    private static int Positive(int value, string option) =>
        value > 0 ? value : throw new ArgumentException($"{option} must be positive, not {value}.");
}
