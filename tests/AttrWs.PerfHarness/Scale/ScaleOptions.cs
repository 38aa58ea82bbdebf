using System.Globalization;

namespace AttrWs.PerfHarness.Scale;

/// <summary>One configuration of the scale run: how many node processes hold how many connections in all.</summary>
/// <param name="Nodes">AttrWs server processes (joined by the Redis backplane).</param>
/// <param name="Connections">Connections in all, spread evenly over the nodes.</param>
internal sealed record ScaleLayout(int Nodes, int Connections)
{
    public static ScaleLayout Parse(string text)
    {
        var x = text.IndexOf('x', StringComparison.Ordinal);
        return x <= 0
            ? throw new ArgumentException($"A layout is NODESxCONNECTIONS (for example 6x100000), not '{text}'.")
            : new ScaleLayout(int.Parse(text.AsSpan(0, x), CultureInfo.InvariantCulture), int.Parse(text.AsSpan(x + 1), CultureInfo.InvariantCulture));
    }

    public override string ToString() => FormattableString.Invariant($"{Nodes} × {Connections:N0}");
}

/// <summary>The <c>scale</c> command's options.</summary>
internal sealed class ScaleOptions
{
    /// <summary>
    /// One node at what one process's open-file limit allows (the per-connection figures without multi-process effects),
    /// then issue 15's target: 100,000 connections over six nodes.
    /// </summary>
    public List<ScaleLayout> Layouts { get; private set; } = [new(1, 19_000), new(6, 100_000)];

    public TimeSpan Idle { get; private set; } = TimeSpan.FromSeconds(60);

    public TimeSpan Settle { get; private set; } = TimeSpan.FromSeconds(3);

    /// <summary>Connections per client process; 0: the open-file limit less a margin.</summary>
    public int PerClient { get; private set; }

    /// <summary>Connections per client source address (each address has the ephemeral port range to itself).</summary>
    public int PerAddress { get; private set; } = 1000;

    /// <summary>Connection attempts in flight per client process.</summary>
    public int Concurrency { get; private set; } = 64;

    /// <summary>Connections each client opens and closes before the baseline reading (the node's warm-up).</summary>
    public int Warmup { get; private set; } = 200;

    /// <summary>The nodes' pong timeout (<see cref="WebSocketServerLimits.KeepAliveTimeout"/>); null: the default (10 s).</summary>
    public TimeSpan? KeepAliveTimeout { get; private set; }

    public TimeSpan BroadcastTimeout { get; private set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long clients keep listening after their last copy (a duplicate would arrive then).</summary>
    public TimeSpan DuplicateWindow { get; private set; } = TimeSpan.FromSeconds(2);

    /// <summary>The whole run's bound: past it, every child process is stopped and the run fails.</summary>
    public TimeSpan Timeout { get; private set; } = TimeSpan.FromMinutes(30);

    public string? JsonPath { get; private set; }

    public string? MarkdownPath { get; private set; }

    public bool Smoke { get; private set; }

    public static ScaleOptions Parse(ReadOnlySpan<string> args)
    {
        var options = new ScaleOptions();
        var layouts = new List<ScaleLayout>();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--smoke":
                    // Proves the whole path (processes, Redis, broadcast, checks) works; the figures mean nothing.
                    options.Smoke = true;
                    options.Layouts = [new(2, 300)];
                    options.Idle = TimeSpan.FromSeconds(1);
                    options.Settle = TimeSpan.FromMilliseconds(300);
                    options.Warmup = 20;
                    options.DuplicateWindow = TimeSpan.FromMilliseconds(500);
                    options.BroadcastTimeout = TimeSpan.FromSeconds(30);
                    options.Timeout = TimeSpan.FromMinutes(3);
                    continue;
                case "--layout":
                    foreach (var layout in Required(value, args[i]).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        layouts.Add(ScaleLayout.Parse(layout));
                    }

                    break;
                case "--idle":
                    options.Idle = Seconds(value, args[i]);
                    break;
                case "--settle":
                    options.Settle = Seconds(value, args[i]);
                    break;
                case "--per-client":
                    options.PerClient = Int(value, args[i]);
                    break;
                case "--per-address":
                    options.PerAddress = Int(value, args[i]);
                    break;
                case "--concurrency":
                    options.Concurrency = Int(value, args[i]);
                    break;
                case "--warmup":
                    options.Warmup = Int(value, args[i]);
                    break;
                case "--broadcast-timeout":
                    options.BroadcastTimeout = Seconds(value, args[i]);
                    break;
                case "--keep-alive-timeout":
                    options.KeepAliveTimeout = Seconds(value, args[i]);
                    break;
                case "--timeout":
                    options.Timeout = Seconds(value, args[i]);
                    break;
                case "--json":
                    options.JsonPath = Required(value, args[i]);
                    break;
                case "--markdown":
                    options.MarkdownPath = Required(value, args[i]);
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{args[i]}'.");
            }

            i++;
        }

        if (layouts.Count > 0)
        {
            options.Layouts = layouts;
        }

        return options;
    }

    private static string Required(string? value, string option) =>
        value ?? throw new ArgumentException($"Option {option} needs a value.");

    private static int Int(string? value, string option) => int.Parse(Required(value, option), CultureInfo.InvariantCulture);

    private static TimeSpan Seconds(string? value, string option) =>
        TimeSpan.FromSeconds(double.Parse(Required(value, option), CultureInfo.InvariantCulture));
}
