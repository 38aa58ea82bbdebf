using System.Globalization;
using System.Text;
using AttrWs.PerfHarness.Client;
using AttrWs.PerfHarness.Scenarios;

namespace AttrWs.PerfHarness;

/// <summary>
/// The <c>paired</c> command: every server runs for the whole measurement, and short windows of one scenario go to them
/// in turn (the order rotating each round), so each round compares the servers within seconds of each other. Between
/// separate <c>run</c> invocations the machine's state drifts (the same Kestrel server measured 148-252 µs of CPU per
/// handshake in seven runs of one afternoon); within a round it has no time to. The figure per round is each server's
/// CPU per operation over its window; the comparison is the per-round ratio against the last server named.
/// </summary>
internal static class PairedRun
{
    public static async Task<int> RunAsync(PairedOptions options)
    {
        var root = LoadRun.RepositoryRoot();
        var servers = new List<ServerProcess>();
        try
        {
            foreach (var name in options.Servers)
            {
                servers.Add(await ServerProcess.StartAsync(name, root).ConfigureAwait(false));
            }

            foreach (var server in servers)
            {
                // Warm-up: tiered JIT finishes before any measured window (the figure is discarded).
                await MeasureAsync(server, options, options.Warmup).ConfigureAwait(false);
            }

            var figures = new double[options.Rounds, servers.Count];
            long errors = 0;
            for (var round = 0; round < options.Rounds; round++)
            {
                var line = new StringBuilder(FormattableString.Invariant($"   round {round + 1,2}:"));
                for (var k = 0; k < servers.Count; k++)
                {
                    var index = (k + round) % servers.Count;
                    var m = await MeasureAsync(servers[index], options, TimeSpan.Zero).ConfigureAwait(false);
                    figures[round, index] = m.Operations > 0 ? m.CpuMicrosecondsPerOperation : double.NaN;
                    errors += m.Errors;
                    line.Append(CultureInfo.InvariantCulture, $"  {servers[index].Name} {figures[round, index]:N1}");
                }

                Console.WriteLine(line);
            }

            var markdown = Report(options, figures, errors);
            if (options.MarkdownPath is { } path)
            {
                await File.WriteAllTextAsync(path, markdown).ConfigureAwait(false);
            }

            Console.WriteLine(markdown);
            return errors > 0 || double.IsNaN(figures[0, 0]) ? 1 : 0;
        }
        finally
        {
            foreach (var server in servers)
            {
                server.Dispose();
            }
        }
    }

    private static Task<Measurement> MeasureAsync(ServerProcess server, PairedOptions options, TimeSpan warmup)
    {
        // A short lead-in before each window lets the clients reach a steady loop.
        var timing = options.Load.WithTiming(warmup + options.LeadIn, warmup > TimeSpan.Zero ? TimeSpan.FromSeconds(1) : options.Window);
        return options.Scenario == "echo"
            ? EchoScenario.RunAsync(server, timing, 64)
            : HandshakeScenario.RunAsync(server, timing);
    }

    private static string Report(PairedOptions options, double[,] figures, long errors)
    {
        var rounds = figures.GetLength(0);
        var names = options.Servers;
        var reference = names.Length - 1;
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture,
            $"Paired {options.Scenario} windows: {rounds} rounds of {options.Window.TotalSeconds:0.#} s per server (after a {options.LeadIn.TotalSeconds:0.#} s lead-in; order rotating each round), all servers running throughout, {options.Load.HandshakeConcurrency} concurrent clients; server CPU µs per operation; errors: {errors}.");
        md.AppendLine();
        md.Append("| round |");
        foreach (var name in names)
        {
            md.Append(CultureInfo.InvariantCulture, $" {name} |");
        }

        for (var s = 0; s < reference; s++)
        {
            md.Append(CultureInfo.InvariantCulture, $" {names[s]} / {names[reference]} |");
        }

        md.AppendLine();
        md.Append("|---|").Append(string.Concat(Enumerable.Repeat("---:|", names.Length + reference))).AppendLine();
        var ratios = new List<double>[reference];
        for (var s = 0; s < reference; s++)
        {
            ratios[s] = [];
        }

        for (var r = 0; r < rounds; r++)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {r + 1} |");
            for (var s = 0; s < names.Length; s++)
            {
                md.Append(CultureInfo.InvariantCulture, $" {figures[r, s]:N1} |");
            }

            for (var s = 0; s < reference; s++)
            {
                var ratio = figures[r, s] / figures[r, reference];
                ratios[s].Add(ratio);
                md.Append(CultureInfo.InvariantCulture, $" {ratio:0.00} |");
            }

            md.AppendLine();
        }

        md.Append("| **median** |");
        for (var s = 0; s < names.Length; s++)
        {
            md.Append(CultureInfo.InvariantCulture, $" {Quantile(Column(figures, s), 0.5):N1} |");
        }

        for (var s = 0; s < reference; s++)
        {
            md.Append(CultureInfo.InvariantCulture, $" **{Quantile(ratios[s], 0.5):0.00}** |");
        }

        md.AppendLine();
        md.AppendLine();
        for (var s = 0; s < reference; s++)
        {
            var r = ratios[s];
            var median = Quantile(r, 0.5);
            var mad = Quantile(r.ConvertAll(x => Math.Abs(x - median)), 0.5);
            md.AppendLine(CultureInfo.InvariantCulture,
                $"- {names[s]} / {names[reference]}: median {median:0.00}, quartiles {Quantile(r, 0.25):0.00}-{Quantile(r, 0.75):0.00}, range {r.Min():0.00}-{r.Max():0.00}, median absolute deviation {mad:0.00}; {r.Count(x => x < 1)} of {r.Count} rounds below 1, {r.Count(x => x <= 1.1)} at or below 1.1.");
        }

        Targets(md, options, ratios);
        for (var s = 0; s < names.Length; s++)
        {
            var column = Column(figures, s);
            var median = Quantile(column, 0.5);
            var mad = Quantile(column.ConvertAll(x => Math.Abs(x - median)), 0.5);
            md.AppendLine(CultureInfo.InvariantCulture,
                $"- {names[s]}: round-to-round noise (median absolute deviation / median) {mad / median:P0}.");
        }

        return md.ToString();
    }

    /// <summary>
    /// The verdicts this comparison decides (handshake, plain Kestrel last): issue 15's target 4 (the margin below Kestrel
    /// larger than the ratio's own round-to-round spread, and three rounds in four below Kestrel) and issue 12's goal
    /// (AttrWs on Kestrel within 1.1x of plain Kestrel, median of the rounds).
    /// </summary>
    private static void Targets(StringBuilder md, PairedOptions options, List<double>[] ratios)
    {
        var names = options.Servers;
        if (options.Scenario != "handshake" || names[^1] != "kestrel")
        {
            return;
        }

        md.AppendLine();
        md.AppendLine("| target | figure | verdict |");
        md.AppendLine("|---|---|---|");
        if (Array.IndexOf(names, "attrws") is var a and >= 0)
        {
            var r = ratios[a];
            var median = Quantile(r, 0.5);
            var spread = (Quantile(r, 0.75) - Quantile(r, 0.25)) / 2;
            var met = 1 - median > spread && Quantile(r, 0.75) < 1;
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| issue 15, target 4: server CPU per handshake below Kestrel's by more than the noise | median AttrWs / Kestrel {median:0.00}: margin {1 - median:0.00} against a spread (half the interquartile range) of {spread:0.00}; upper quartile {Quantile(r, 0.75):0.00}; {r.Count(x => x < 1)} of {r.Count} rounds below | {(met ? "**met**" : "not met")} |");
        }

        if (Array.IndexOf(names, "attrws-kestrel") is var k and >= 0)
        {
            var median = Quantile(ratios[k], 0.5);
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| issue 12: AttrWs on Kestrel, server CPU per handshake within 1.1x of plain Kestrel | median {median:0.00} ({ratios[k].Count(x => x <= 1.1)} of {ratios[k].Count} rounds at or below 1.1) | {(median <= 1.1 ? "**met**" : "not met")} |");
        }

        md.AppendLine();
    }

    private static List<double> Column(double[,] figures, int s)
    {
        var column = new List<double>();
        for (var r = 0; r < figures.GetLength(0); r++)
        {
            column.Add(figures[r, s]);
        }

        return column;
    }

    /// <summary>The <paramref name="q"/> quantile (linear between ranks) of the values that are not NaN; NaN if none is.</summary>
    internal static double Quantile(List<double> values, double q)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var position = q * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((sorted[upper] - sorted[lower]) * (position - lower));
    }
}

/// <summary>The <c>paired</c> command's options.</summary>
internal sealed class PairedOptions
{
    /// <summary>The servers; the last one is the reference of the ratios.</summary>
    public string[] Servers { get; private set; } = ["attrws", "attrws-kestrel", "kestrel"];

    /// <summary><c>handshake</c> or <c>echo</c> (64 B).</summary>
    public string Scenario { get; private set; } = "handshake";

    public int Rounds { get; private set; } = 15;

    public TimeSpan Window { get; private set; } = TimeSpan.FromSeconds(3);

    public TimeSpan LeadIn { get; private set; } = TimeSpan.FromSeconds(0.5);

    public TimeSpan Warmup { get; private set; } = TimeSpan.FromSeconds(5);

    public string? MarkdownPath { get; private set; }

    /// <summary>The load settings shared with the <c>run</c> command (concurrency, echo connections).</summary>
    public HarnessOptions Load { get; } = HarnessOptions.Parse([]);

    public static PairedOptions Parse(ReadOnlySpan<string> args)
    {
        var options = new PairedOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"Option {args[i]} needs a value.");
            switch (args[i])
            {
                case "--servers":
                    options.Servers = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    if (options.Servers.Length < 2)
                    {
                        throw new ArgumentException("--servers needs at least two servers; the last one is the reference.");
                    }

                    break;
                case "--scenario":
                    options.Scenario = value is "handshake" or "echo" ? value : throw new ArgumentException($"--scenario is handshake or echo, not '{value}'.");
                    break;
                case "--rounds":
                    options.Rounds = Positive(int.Parse(value, CultureInfo.InvariantCulture), "--rounds");
                    break;
                case "--window":
                    options.Window = TimeSpan.FromSeconds(Positive(double.Parse(value, CultureInfo.InvariantCulture), "--window"));
                    break;
                case "--warmup":
                    options.Warmup = TimeSpan.FromSeconds(Positive(double.Parse(value, CultureInfo.InvariantCulture), "--warmup"));
                    break;
                case "--markdown":
                    options.MarkdownPath = value;
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{args[i]}'. Options: --servers A,B,..,REFERENCE --scenario handshake|echo --rounds N --window S --warmup S --markdown FILE.");
            }

            i++;
        }

        return options;
    }

    private static T Positive<T>(T value, string option)
        where T : System.Numerics.INumber<T> =>
        value > T.Zero ? value : throw new ArgumentException($"{option} must be positive, not {value}.");
}
